import type { GraphQLResolveInfo } from 'graphql';
import type { RegioRow, GemeenteRow, LidmaatschapRow, BeleidsdocumentRow, AfspraakRow, BronafwijkingRow, BestuursorgaanRow } from '../db/database.js';
import type { PartnerReference, RegionsContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: string; output: string; }
};

/** Eén concrete afspraak uit een document, met de getallen als gegevens. */
export type Afspraak = {
  __typename?: 'Afspraak';
  aantal: Maybe<Scalars['Int']['output']>;
  bedrag: Maybe<Geldbedrag>;
  bron: Bron;
  /** ISO 8601-datum waar de afspraak een datum noemt. */
  datum: Maybe<Scalars['String']['output']>;
  eenheid: Maybe<Eenheid>;
  /** De gemeente waar de afspraak over gaat, als het om één gemeente gaat. */
  gemeente: Maybe<Gemeente>;
  id: Scalars['ID']['output'];
  /** Eén zin die de afspraak samenvat; `bron.citaat` bewijst haar. */
  omschrijving: Scalars['String']['output'];
  /** Percentage als decimale string (`"85"`), nooit een float. */
  percentage: Maybe<Scalars['String']['output']>;
  soort: AfspraakSoort;
};

export type AfspraakSoort =
  | 'BUDGETINBRENG'
  | 'DOELSTELLING'
  | 'EVALUATIE'
  | 'FINANCIERING'
  | 'GEGEVENSUITWISSELING'
  | 'GESCHILLEN'
  | 'INKOOP'
  | 'KLACHTEN'
  | 'LOOPTIJD'
  | 'MONITORING'
  | 'OPZEGGING_UITGESLOTEN'
  | 'OPZEGTERMIJN'
  | 'OVERIG'
  | 'ROLVERDELING'
  | 'STEMVERHOUDING'
  | 'TOETREDING'
  | 'VERDEELMODEL'
  | 'VEREVENING'
  | 'WERKWIJZE'
  | 'WIJZIGING';

/** Een convenant, regiovisie of ander document met afspraken. */
export type Beleidsdocument = {
  __typename?: 'Beleidsdocument';
  /** De concrete afspraken als gegevens; optioneel alleen die van één soort. */
  afspraken: Array<Afspraak>;
  /** Plaatsen waar de bron zichzelf tegenspreekt, met welke waarde is aangehouden. */
  afwijkingen: Array<Bronafwijking>;
  bron: Bron;
  /** ISO 8601-datum tot en met wanneer de afspraken gelden, zoals de tekst die noemt (niet de titel). */
  geldigTot: Maybe<Scalars['String']['output']>;
  /** ISO 8601-datum waarop de afspraken ingaan, zoals de tekst die noemt. */
  geldigVan: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** De partijen die het document ondertekenen of noemt als partij. */
  partijen: Maybe<Array<Partner>>;
  regio: Regio;
  soort: DocumentSoort;
  /** CONCEPT als het document zelf zegt dat het een concept is. */
  status: Maybe<DocumentStatus>;
  titel: Scalars['String']['output'];
};


/** Een convenant, regiovisie of ander document met afspraken. */
export type BeleidsdocumentAfsprakenArgs = {
  soort?: InputMaybe<AfspraakSoort>;
};

/** Een overleg- of besluitorgaan van een regio. */
export type Bestuursorgaan = {
  __typename?: 'Bestuursorgaan';
  /** Het document dat het orgaan beschrijft. */
  beleidsdocument: Maybe<Beleidsdocument>;
  bron: Bron;
  id: Scalars['ID']['output'];
  /** Organisaties die de bron als deelnemer noemt. */
  leden: Maybe<Array<Partner>>;
  /** Het minimum aantal bijeenkomsten per jaar, waar de bron een getal noemt. */
  minimaalPerJaar: Maybe<Scalars['Int']['output']>;
  naam: Scalars['String']['output'];
  regio: Regio;
  soort: OrgaanSoort;
  /** Wat het orgaan besluit of doet. */
  taken: Array<Scalars['String']['output']>;
  /** Hoe vaak het orgaan bijeenkomt, zoals de bron het zegt. */
  vergaderfrequentie: Maybe<Scalars['String']['output']>;
  /** Wie voorzit, zoals de bron het zegt. */
  voorzitter: Maybe<Scalars['String']['output']>;
};

/** Waar een feit vandaan komt: document, sectie en een letterlijk citaat. */
export type Bron = {
  __typename?: 'Bron';
  /** Letterlijk citaat uit het document (witruimte samengevoegd). */
  citaat: Maybe<Scalars['String']['output']>;
  /** Id van het brondocument (bestandsnaam in `bronnen/documenten/`). */
  document: Scalars['ID']['output'];
  documentTitel: Scalars['String']['output'];
  sectie: Maybe<Scalars['String']['output']>;
};

/** Een plek waar een bron zichzelf tegenspreekt; de data houdt de waarde aan die `gehanteerd` noemt. */
export type Bronafwijking = {
  __typename?: 'Bronafwijking';
  bronA: Bron;
  bronB: Bron;
  /** Welke waarde de gegevens aanhouden: `A` of `B`; null als geen van beide. */
  gehanteerd: Maybe<Scalars['String']['output']>;
  onderwerp: Scalars['String']['output'];
  toelichting: Scalars['String']['output'];
  waardeA: Scalars['String']['output'];
  waardeB: Scalars['String']['output'];
};

export type DocumentSoort =
  | 'CONVENANT'
  | 'DIENSTVERLENINGSOVEREENKOMST'
  | 'KADERDOCUMENT'
  /** Een norm, zoals de Norm voor Opdrachtgeverschap MO & BW. */
  | 'NORM'
  | 'ONTWERP'
  | 'OVERIG'
  /** Een bijlage met een overzicht (voorzieningen, producten, rijksvergoedingen). */
  | 'OVERZICHT'
  | 'REGIOVISIE'
  | 'VISIE';

export type DocumentStatus =
  | 'CONCEPT'
  | 'VASTGESTELD';

/** De eenheid van `Afspraak.aantal`. */
export type Eenheid =
  | 'AMBITIE'
  /** Combinaties van aanbieders. */
  | 'COMBINATIE'
  | 'GEMEENTE'
  | 'JAAR'
  | 'KEER_PER_JAAR'
  | 'MAAND'
  | 'MEDEWERKER'
  /** Onderdelen (bijvoorbeeld van een basispakket). */
  | 'ONDERDEEL'
  | 'PLAATS'
  | 'STEM'
  | 'UITGANGSPUNT'
  | 'WEEK'
  | 'ZORGPRODUCT';

/** Een exact geldbedrag; nooit een float. */
export type Geldbedrag = {
  __typename?: 'Geldbedrag';
  /** Het bedrag in eurocenten, als geheel getal in een string. */
  centen: Scalars['String']['output'];
  /** Het bedrag in euro's met twee decimalen, bijvoorbeeld `"1234.50"`. */
  euro: Scalars['String']['output'];
};

/** Een gemeente, geïdentificeerd door haar CBS-code. */
export type Gemeente = {
  __typename?: 'Gemeente';
  /** CBS-gemeentecode, bijvoorbeeld `GM0243`. */
  cbsCode: Scalars['ID']['output'];
  /** De regio's waarin deze gemeente samenwerkt, met de status daarvan. */
  lidmaatschappen: Array<Lidmaatschap>;
  naam: Scalars['String']['output'];
  provincie: Scalars['String']['output'];
};

/** Het lidmaatschap van een gemeente in een regio. */
export type Lidmaatschap = {
  __typename?: 'Lidmaatschap';
  bron: Bron;
  /** Bij DEELNEMER_VOOR_DOMEIN: het domein (BW, MO, ...). */
  domein: Maybe<Scalars['String']['output']>;
  gemeente: Gemeente;
  regio: Regio;
  status: LidmaatschapStatus;
  toelichting: Maybe<Scalars['String']['output']>;
  /** ISO 8601-datum vanaf wanneer het lidmaatschap geldt, waar de bron die noemt. */
  vanaf: Maybe<Scalars['String']['output']>;
};

export type LidmaatschapStatus =
  /** Gewone deelnemer. */
  | 'DEELNEMER'
  /** Deelnemer voor één domein (zie `domein`). */
  | 'DEELNEMER_VOOR_DOMEIN'
  /** Sluit aan na een besluit dat nog genomen moet worden. */
  | 'TOETREDEND';

export type OrgaanSoort =
  | 'ADVIES_EN_IMPLEMENTATIEOVERLEG'
  | 'AMBTELIJK_OVERLEG'
  | 'BESTUURLIJK_OVERLEG'
  | 'KERNTEAM'
  | 'OVERIG'
  | 'REGIEGROEP'
  | 'REGIEGROEP_GEDWONGEN_ZORG'
  | 'STAMTAFEL'
  | 'STUURGROEP'
  | 'WERKGROEP';

/** Een organisatie; de partners-subgraph levert de gegevens. */
export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
};

/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type Query = {
  __typename?: 'Query';
  /** Het convenant of de visie met dit id, of null. */
  beleidsdocument: Maybe<Beleidsdocument>;
  /** Convenanten en visies, optioneel gefilterd op regio en soort. */
  beleidsdocumenten: Maybe<Array<Beleidsdocument>>;
  /** Bestuursorganen (regiegroep, stuurgroep, Stamtafel, kernteam, ...), optioneel gefilterd. */
  bestuursorganen: Maybe<Array<Bestuursorgaan>>;
  /** De gemeente met deze CBS-code (`GM` plus vier cijfers), of null als die niet bekend is. */
  gemeente: Maybe<Gemeente>;
  /** Alle bekende gemeenten, gesorteerd op naam; optioneel alleen die van één provincie. */
  gemeenten: Maybe<Array<Gemeente>>;
  /** De regio met deze code (bijvoorbeeld `oost-veluwe`), of null als die niet bestaat. */
  regio: Maybe<Regio>;
  /** Alle regio's, gesorteerd op naam. */
  regios: Maybe<Array<Regio>>;
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryBeleidsdocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryBeleidsdocumentenArgs = {
  regio?: InputMaybe<Scalars['ID']['input']>;
  soort?: InputMaybe<DocumentSoort>;
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryBestuursorganenArgs = {
  regio?: InputMaybe<Scalars['ID']['input']>;
  soort?: InputMaybe<OrgaanSoort>;
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryGemeenteArgs = {
  cbsCode: Scalars['ID']['input'];
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryGemeentenArgs = {
  provincie?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Regio's in het sociaal domein (Wmo 2015: maatschappelijke opvang, beschermd wonen, bemoeizorg,
 * zorg en veiligheid), hun gemeenten, convenanten en visies, en hun bestuursorganen.
 * Alle feiten komen uit de brondocumenten; wat een bron niet noemt is null.
 */
export type QueryRegioArgs = {
  code: Scalars['ID']['input'];
};

/** Een regionaal samenwerkingsverband van gemeenten en partners. */
export type Regio = {
  __typename?: 'Regio';
  /**
   * Het aantal gemeenten dat de bron noemt als dat afwijkt van de gemeenten die zij bij naam noemt
   * (Noord- en Oost-Gelderland: 22). Null als de bron alle gemeenten noemt.
   */
  aantalGemeentenVolgensBron: Maybe<Scalars['Int']['output']>;
  beleidsdocumenten: Array<Beleidsdocument>;
  bestuursorganen: Array<Bestuursorgaan>;
  bron: Bron;
  /** De budgethouder, waar de bron die noemt. */
  budgethouder: Maybe<Gemeente>;
  /** De centrumgemeente, waar de bron die noemt. */
  centrumgemeente: Maybe<Gemeente>;
  /** Stabiele code, bijvoorbeeld `noord-veluwe`. */
  code: Scalars['ID']['output'];
  /** De gemeenten van de regio; met `status` alleen die met dat lidmaatschap. */
  gemeenten: Array<Gemeente>;
  /** Het lidmaatschap van elke gemeente, met status, domein en ingangsdatum waar niet vanzelfsprekend. */
  lidmaatschappen: Array<Lidmaatschap>;
  naam: Scalars['String']['output'];
};


/** Een regionaal samenwerkingsverband van gemeenten en partners. */
export type RegioBeleidsdocumentenArgs = {
  soort?: InputMaybe<DocumentSoort>;
};


/** Een regionaal samenwerkingsverband van gemeenten en partners. */
export type RegioBestuursorganenArgs = {
  soort?: InputMaybe<OrgaanSoort>;
};


/** Een regionaal samenwerkingsverband van gemeenten en partners. */
export type RegioGemeentenArgs = {
  status?: InputMaybe<LidmaatschapStatus>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Gemeente: Gemeente;
  Regio: Regio;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Gemeente:
    ( { __typename: 'Gemeente' }
    & GraphQLRecursivePick<FederationTypes['Gemeente'], {"cbsCode":true}> );
  Regio:
    ( { __typename: 'Regio' }
    & GraphQLRecursivePick<FederationTypes['Regio'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Afspraak: ResolverTypeWrapper<AfspraakRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AfspraakSoort: AfspraakSoort;
  Beleidsdocument: ResolverTypeWrapper<BeleidsdocumentRow>;
  Bestuursorgaan: ResolverTypeWrapper<BestuursorgaanRow>;
  Bron: ResolverTypeWrapper<Bron>;
  Bronafwijking: ResolverTypeWrapper<BronafwijkingRow>;
  DocumentSoort: DocumentSoort;
  DocumentStatus: DocumentStatus;
  Eenheid: Eenheid;
  Geldbedrag: ResolverTypeWrapper<Geldbedrag>;
  Gemeente: ResolverTypeWrapper<GemeenteRow>;
  Lidmaatschap: ResolverTypeWrapper<LidmaatschapRow>;
  LidmaatschapStatus: LidmaatschapStatus;
  OrgaanSoort: OrgaanSoort;
  Partner: ResolverTypeWrapper<PartnerReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regio: ResolverTypeWrapper<RegioRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Afspraak: AfspraakRow;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Beleidsdocument: BeleidsdocumentRow;
  Bestuursorgaan: BestuursorgaanRow;
  Bron: Bron;
  Bronafwijking: BronafwijkingRow;
  Geldbedrag: Geldbedrag;
  Gemeente: GemeenteRow;
  Lidmaatschap: LidmaatschapRow;
  Partner: PartnerReference;
  Query: Record<PropertyKey, never>;
  Regio: RegioRow;
  Boolean: Scalars['Boolean']['output'];
}>;

export type AfspraakResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Afspraak'] = ResolversParentTypes['Afspraak']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bedrag?: Resolver<Maybe<ResolversTypes['Geldbedrag']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  datum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eenheid?: Resolver<Maybe<ResolversTypes['Eenheid']>, ParentType, ContextType>;
  gemeente?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['AfspraakSoort'], ParentType, ContextType>;
}>;

export type BeleidsdocumentResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Beleidsdocument'] = ResolversParentTypes['Beleidsdocument']> = ResolversObject<{
  afspraken?: Resolver<Array<ResolversTypes['Afspraak']>, ParentType, ContextType, Partial<BeleidsdocumentAfsprakenArgs>>;
  afwijkingen?: Resolver<Array<ResolversTypes['Bronafwijking']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  geldigTot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  geldigVan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partijen?: Resolver<Maybe<Array<ResolversTypes['Partner']>>, ParentType, ContextType>;
  regio?: Resolver<ResolversTypes['Regio'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['DocumentSoort'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DocumentStatus']>, ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BestuursorgaanResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Bestuursorgaan'] = ResolversParentTypes['Bestuursorgaan']> = ResolversObject<{
  beleidsdocument?: Resolver<Maybe<ResolversTypes['Beleidsdocument']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leden?: Resolver<Maybe<Array<ResolversTypes['Partner']>>, ParentType, ContextType>;
  minimaalPerJaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regio?: Resolver<ResolversTypes['Regio'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['OrgaanSoort'], ParentType, ContextType>;
  taken?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  vergaderfrequentie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  voorzitter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BronResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = ResolversObject<{
  citaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentTitel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BronafwijkingResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Bronafwijking'] = ResolversParentTypes['Bronafwijking']> = ResolversObject<{
  bronA?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  bronB?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  gehanteerd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onderwerp?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waardeA?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waardeB?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GeldbedragResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Geldbedrag'] = ResolversParentTypes['Geldbedrag']> = ResolversObject<{
  centen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  euro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GemeenteResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Gemeente'] = ResolversParentTypes['Gemeente'], FederationReferenceType extends FederationReferenceTypes['Gemeente'] = FederationReferenceTypes['Gemeente']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Gemeente']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cbsCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lidmaatschappen?: Resolver<Array<ResolversTypes['Lidmaatschap']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provincie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LidmaatschapResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Lidmaatschap'] = ResolversParentTypes['Lidmaatschap']> = ResolversObject<{
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  domein?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gemeente?: Resolver<ResolversTypes['Gemeente'], ParentType, ContextType>;
  regio?: Resolver<ResolversTypes['Regio'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LidmaatschapStatus'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vanaf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  beleidsdocument?: Resolver<Maybe<ResolversTypes['Beleidsdocument']>, ParentType, ContextType, RequireFields<QueryBeleidsdocumentArgs, 'id'>>;
  beleidsdocumenten?: Resolver<Maybe<Array<ResolversTypes['Beleidsdocument']>>, ParentType, ContextType, Partial<QueryBeleidsdocumentenArgs>>;
  bestuursorganen?: Resolver<Maybe<Array<ResolversTypes['Bestuursorgaan']>>, ParentType, ContextType, Partial<QueryBestuursorganenArgs>>;
  gemeente?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType, RequireFields<QueryGemeenteArgs, 'cbsCode'>>;
  gemeenten?: Resolver<Maybe<Array<ResolversTypes['Gemeente']>>, ParentType, ContextType, Partial<QueryGemeentenArgs>>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType, RequireFields<QueryRegioArgs, 'code'>>;
  regios?: Resolver<Maybe<Array<ResolversTypes['Regio']>>, ParentType, ContextType>;
}>;

export type RegioResolvers<ContextType = RegionsContext, ParentType extends ResolversParentTypes['Regio'] = ResolversParentTypes['Regio'], FederationReferenceType extends FederationReferenceTypes['Regio'] = FederationReferenceTypes['Regio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Regio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aantalGemeentenVolgensBron?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  beleidsdocumenten?: Resolver<Array<ResolversTypes['Beleidsdocument']>, ParentType, ContextType, Partial<RegioBeleidsdocumentenArgs>>;
  bestuursorganen?: Resolver<Array<ResolversTypes['Bestuursorgaan']>, ParentType, ContextType, Partial<RegioBestuursorganenArgs>>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  budgethouder?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType>;
  centrumgemeente?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  gemeenten?: Resolver<Array<ResolversTypes['Gemeente']>, ParentType, ContextType, Partial<RegioGemeentenArgs>>;
  lidmaatschappen?: Resolver<Array<ResolversTypes['Lidmaatschap']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RegionsContext> = ResolversObject<{
  Afspraak?: AfspraakResolvers<ContextType>;
  Beleidsdocument?: BeleidsdocumentResolvers<ContextType>;
  Bestuursorgaan?: BestuursorgaanResolvers<ContextType>;
  Bron?: BronResolvers<ContextType>;
  Bronafwijking?: BronafwijkingResolvers<ContextType>;
  Geldbedrag?: GeldbedragResolvers<ContextType>;
  Gemeente?: GemeenteResolvers<ContextType>;
  Lidmaatschap?: LidmaatschapResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regio?: RegioResolvers<ContextType>;
}>;

