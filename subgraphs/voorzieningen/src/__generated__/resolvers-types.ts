import type { GraphQLResolveInfo } from 'graphql';
import type { ProductcategorieRow, ProductRow, SubsidieRow, SubsidieBedragRow, KengetalRow } from '../db/database.js';
import type { ProductPage } from '../db/product-queries.js';
import type { RegioReference, PartnerReference, VoorzieningenContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

/** Een bedrag naast het jaarbedrag: een incidentele subsidie of een vaste aanvulling. */
export type AanvullendBedrag = {
  __typename?: 'AanvullendBedrag';
  bedrag: Geldbedrag;
  /** Voor wie het bedrag bedoeld is, als dat een ander is dan de subsidieontvanger. */
  begunstigde: Maybe<Partner>;
  bron: Bron;
  /** Het jaar, bij een incidenteel bedrag. */
  jaar: Maybe<Scalars['Int']['output']>;
  omschrijving: Scalars['String']['output'];
  soort: AanvullendBedragSoort;
};

export type AanvullendBedragSoort =
  | 'INCIDENTEEL'
  | 'JAARLIJKS';

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

/** Een exact geldbedrag; nooit een float. */
export type Geldbedrag = {
  __typename?: 'Geldbedrag';
  /** Het bedrag in eurocenten, als geheel getal in een string. */
  centen: Scalars['String']['output'];
  /** Het bedrag in euro's met twee decimalen, bijvoorbeeld `"1234.50"`. */
  euro: Scalars['String']['output'];
};

/** Een getal dat een bron over een regio noemt. */
export type Kengetal = {
  __typename?: 'Kengetal';
  /** Het getal, als het geen geldbedrag is; null bij een bereik. */
  aantal: Maybe<Scalars['Int']['output']>;
  /** Het aantal aanbieders waarbij de plekken zijn ingekocht, waar de bron dat noemt. */
  aantalAanbieders: Maybe<Scalars['Int']['output']>;
  /** Het bedrag, als het getal een geldbedrag is. */
  bedrag: Maybe<Geldbedrag>;
  bron: Bron;
  eenheid: KengetalEenheid;
  eenheidAanbieders: Maybe<KengetalEenheid>;
  id: Scalars['ID']['output'];
  jaar: Maybe<Scalars['Int']['output']>;
  /** Bovengrens, bij een bereik. */
  maximaal: Maybe<Scalars['Int']['output']>;
  /** Ondergrens, bij een bereik of een 'meer dan'. */
  minimaal: Maybe<Scalars['Int']['output']>;
  omschrijving: Scalars['String']['output'];
  onderwerp: KengetalOnderwerp;
  regio: Maybe<Regio>;
  /** Noord-Limburg, Midden-Limburg, ... waar het getal een deel van de regio betreft. */
  subregio: Maybe<Scalars['String']['output']>;
  toelichting: Maybe<Scalars['String']['output']>;
};

export type KengetalEenheid =
  | 'CLIENT'
  | 'COMBINATIE'
  | 'EURO_CENT'
  | 'GEMEENTE'
  | 'MELDING'
  | 'PERSOON'
  | 'PLAATS'
  | 'PROCENT'
  | 'ZORGAANBIEDER'
  | 'ZORGORGANISATIE'
  | 'ZORGPRODUCT';

export type KengetalOnderwerp =
  | 'AANBIEDERS'
  | 'AANTAL_GEMEENTEN'
  | 'BEMOEIZORG_MELDINGEN'
  | 'BT_PLAATSEN_GEREALISEERD'
  | 'BT_PLAATSEN_GEREALISEERD_STIJGING'
  | 'BW_BT_PLAATSEN_GEREALISEERD'
  | 'BW_BT_PLAATSEN_INGEKOCHT'
  | 'BW_PLAATSEN_GEREALISEERD'
  | 'BW_PLAATSEN_GEREALISEERD_DALING'
  | 'BW_PLAATSEN_INGEKOCHT'
  | 'BW_PLAATSEN_NA_STIJGING'
  | 'BW_PLAATSEN_VOOR_STIJGING'
  | 'CLIENTEN_UIT_NIET_GECONTRACTEERD_AANBOD'
  | 'MO_AANBIEDERS'
  | 'PGB_PLAATSEN'
  | 'PLAATSEN_INGEKOCHT'
  | 'PLAATSEN_INKOOP_MINUS_REALISATIE'
  | 'PREVENTIE_CAPACITEIT_GERESERVEERD'
  | 'RIJKSMIDDELEN_DAK_EN_THUISLOZEN'
  | 'TRAJECTBED_MEDEBEWONERS'
  | 'UNIEKE_CLIENTEN'
  | 'WLZ_OVERSTAPPERS'
  | 'ZORGPRODUCTEN';

/** Waar een pagina in de lijst staat. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Een organisatie; de partners-subgraph levert naam en soort. */
export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
  /** De subsidies die deze organisatie ontvangt. */
  subsidies: Maybe<Array<Subsidie>>;
};

/** Een maatwerkproduct zoals een regio het inkoopt en in iWmo-berichten gebruikt. */
export type Product = {
  __typename?: 'Product';
  bron: Bron;
  categorie: Productcategorie;
  /** Productcode: categorie (twee cijfers) plus hoogstens vijf tekens, bijvoorbeeld `15G01`. */
  code: Scalars['ID']['output'];
  /** De code zoals de bron hem drukt, als die afwijkt. */
  codeInBron: Maybe<Scalars['String']['output']>;
  naam: Scalars['String']['output'];
  /** De regio die het product gebruikt. */
  regio: Maybe<Regio>;
  /**
   * Waar (`*` in de bron): de BW-code wordt gebruikt voor MO/BW-cliënten, de lokale Wmo-code voor
   * andere cliënten.
   */
  situationeel: Scalars['Boolean']['output'];
  /** Wat de bron verder bij het product vermeldt (letterlijk, niet geïnterpreteerd). */
  toelichting: Maybe<Scalars['String']['output']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  nodes: Array<Product>;
  pageInfo: PageInfo;
  /** Het totaal aantal producten dat aan de filters voldoet. */
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

/** Een iWmo-productcategorie (codelijst WMO020). */
export type Productcategorie = {
  __typename?: 'Productcategorie';
  /** Twee cijfers, bijvoorbeeld `15`. */
  code: Scalars['ID']['output'];
  naam: Scalars['String']['output'];
  /** De producten in deze categorie, optioneel van één regio. */
  producten: Array<Product>;
};


/** Een iWmo-productcategorie (codelijst WMO020). */
export type ProductcategorieProductenArgs = {
  regio?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type Query = {
  __typename?: 'Query';
  /** Kengetallen die de bronnen noemen, optioneel gefilterd. */
  kengetallen: Maybe<Array<Kengetal>>;
  /**
   * Het product met deze code: twee cijfers (de categorie) plus hoogstens vijf tekens, bijvoorbeeld
   * `15G01`. Null als geen regio het product gebruikt.
   */
  product: Maybe<Product>;
  /** De productcategorie met deze code (twee cijfers), of null. */
  productcategorie: Maybe<Productcategorie>;
  /** De iWmo-productcategorieën (codelijst WMO020), op code gesorteerd. */
  productcategorieen: Maybe<Array<Productcategorie>>;
  /** Producten op code gesorteerd, met filters en cursorpaginering. */
  producten: Maybe<ProductConnection>;
  /** De subsidie met dit id, of null. */
  subsidie: Maybe<Subsidie>;
  /** Subsidies voor algemene voorzieningen, optioneel gefilterd. */
  subsidies: Maybe<Array<Subsidie>>;
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QueryKengetallenArgs = {
  jaar?: InputMaybe<Scalars['Int']['input']>;
  onderwerp?: InputMaybe<KengetalOnderwerp>;
  regio?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QueryProductArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QueryProductcategorieArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QueryProductenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categorie?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  situationeel?: InputMaybe<Scalars['Boolean']['input']>;
  zoek?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QuerySubsidieArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Voorzieningen: iWmo-producten (maatwerk), algemene voorzieningen met hun subsidies, en de
 * kengetallen die regio's noemen (ingekochte en gerealiseerde plekken, cliënten, middelen, meldingen).
 */
export type QuerySubsidiesArgs = {
  doel?: InputMaybe<SubsidieDoel>;
  ontvanger?: InputMaybe<Scalars['ID']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  soort?: InputMaybe<SubsidieSoort>;
};

/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type Regio = {
  __typename?: 'Regio';
  code: Scalars['ID']['output'];
  kengetallen: Maybe<Array<Kengetal>>;
  /** De producten die de regio gebruikt, op code gesorteerd. */
  producten: Maybe<Array<Product>>;
  /** De subsidies van de regio voor algemene voorzieningen. */
  subsidies: Maybe<Array<Subsidie>>;
  subsidietotalen: Maybe<Subsidietotalen>;
};


/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type RegioKengetallenArgs = {
  jaar?: InputMaybe<Scalars['Int']['input']>;
  onderwerp?: InputMaybe<KengetalOnderwerp>;
};


/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type RegioProductenArgs = {
  categorie?: InputMaybe<Scalars['ID']['input']>;
  situationeel?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type RegioSubsidiesArgs = {
  doel?: InputMaybe<SubsidieDoel>;
  soort?: InputMaybe<SubsidieSoort>;
};

/** Een subsidie voor een algemene voorziening. */
export type Subsidie = {
  __typename?: 'Subsidie';
  /** Incidentele en aanvullende bedragen bij deze subsidie. */
  aanvullendeBedragen: Array<AanvullendBedrag>;
  /** Het bedrag per jaar; null als de bron geen bedrag noemt. */
  bedragPerJaar: Maybe<Geldbedrag>;
  bron: Bron;
  doel: SubsidieDoel;
  id: Scalars['ID']['output'];
  /** De looptijd zoals de bron hem beschrijft. */
  looptijdInBron: Maybe<Scalars['String']['output']>;
  /** ISO 8601-datum tot en met wanneer de subsidie loopt, waar de bron een einde noemt. */
  looptijdTot: Maybe<Scalars['String']['output']>;
  /** De voorziening zoals de bron haar noemt. */
  omschrijving: Scalars['String']['output'];
  ontvanger: Maybe<Partner>;
  regio: Maybe<Regio>;
  soort: SubsidieSoort;
  /** Hoe de rij is gelezen, waar de bron (scan) dat niet eenduidig maakt. */
  toelichting: Maybe<Scalars['String']['output']>;
};

export type SubsidieDoel =
  | 'BESCHERMD_WONEN'
  | 'DAGBESTEDING'
  | 'HERSTEL'
  | 'INLOOP'
  | 'MAATSCHAPPELIJKE_OPVANG'
  | 'MANTELZORGONDERSTEUNING'
  | 'OVERIG'
  | 'VERSLAVINGSZORG'
  | 'VRIJWILLIGERSONDERSTEUNING';

export type SubsidieSoort =
  /** Begrotingssubsidie. */
  | 'BEGROTING'
  /** Verleend na een tender. */
  | 'TENDER';

/** De subsidietotalen van een regio: berekend uit de rijen, en naast elk totaal dat de bron vermeldt. */
export type Subsidietotalen = {
  __typename?: 'Subsidietotalen';
  aantalSubsidies: Scalars['Int']['output'];
  /** Subsidies waarvoor de bron geen bedrag noemt (niet in de som). */
  aantalZonderBedrag: Scalars['Int']['output'];
  /** Jaarlijks plus incidenteel. */
  berekend: Geldbedrag;
  /** Som van de incidentele bedragen. */
  incidenteel: Geldbedrag;
  /** Som van de jaarbedragen en jaarlijkse aanvullingen. */
  jaarlijks: Geldbedrag;
  /** Totalen zoals de bron ze vermeldt, elk met het verschil met de berekende som. */
  vermeld: Array<VermeldTotaal>;
};

export type VermeldTotaal = {
  __typename?: 'VermeldTotaal';
  bedrag: Geldbedrag;
  berekend: Geldbedrag;
  bron: Bron;
  klopt: Scalars['Boolean']['output'];
  omschrijving: Scalars['String']['output'];
  /** Wat het vermelde totaal volgens de bron omvat. */
  omvat: Maybe<Scalars['String']['output']>;
  /** Vermeld min berekend; nul als ze overeenkomen. */
  verschil: Geldbedrag;
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
  Partner: Partner;
  Product: Product;
  Regio: Regio;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"code":true}> );
  Regio:
    ( { __typename: 'Regio' }
    & GraphQLRecursivePick<FederationTypes['Regio'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AanvullendBedrag: ResolverTypeWrapper<SubsidieBedragRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AanvullendBedragSoort: AanvullendBedragSoort;
  Bron: ResolverTypeWrapper<Bron>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Geldbedrag: ResolverTypeWrapper<Geldbedrag>;
  Kengetal: ResolverTypeWrapper<KengetalRow>;
  KengetalEenheid: KengetalEenheid;
  KengetalOnderwerp: KengetalOnderwerp;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Partner: ResolverTypeWrapper<PartnerReference>;
  Product: ResolverTypeWrapper<ProductRow>;
  ProductConnection: ResolverTypeWrapper<ProductPage>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  Productcategorie: ResolverTypeWrapper<ProductcategorieRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regio: ResolverTypeWrapper<RegioReference>;
  Subsidie: ResolverTypeWrapper<SubsidieRow>;
  SubsidieDoel: SubsidieDoel;
  SubsidieSoort: SubsidieSoort;
  Subsidietotalen: ResolverTypeWrapper<Subsidietotalen>;
  VermeldTotaal: ResolverTypeWrapper<VermeldTotaal>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AanvullendBedrag: SubsidieBedragRow;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Bron: Bron;
  ID: Scalars['ID']['output'];
  Geldbedrag: Geldbedrag;
  Kengetal: KengetalRow;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Partner: PartnerReference;
  Product: ProductRow;
  ProductConnection: ProductPage;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  Productcategorie: ProductcategorieRow;
  Query: Record<PropertyKey, never>;
  Regio: RegioReference;
  Subsidie: SubsidieRow;
  Subsidietotalen: Subsidietotalen;
  VermeldTotaal: VermeldTotaal;
}>;

export type AanvullendBedragResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['AanvullendBedrag'] = ResolversParentTypes['AanvullendBedrag']> = ResolversObject<{
  bedrag?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  begunstigde?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  jaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['AanvullendBedragSoort'], ParentType, ContextType>;
}>;

export type BronResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = ResolversObject<{
  citaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentTitel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GeldbedragResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Geldbedrag'] = ResolversParentTypes['Geldbedrag']> = ResolversObject<{
  centen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  euro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KengetalResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Kengetal'] = ResolversParentTypes['Kengetal']> = ResolversObject<{
  aantal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  aantalAanbieders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bedrag?: Resolver<Maybe<ResolversTypes['Geldbedrag']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  eenheid?: Resolver<ResolversTypes['KengetalEenheid'], ParentType, ContextType>;
  eenheidAanbieders?: Resolver<Maybe<ResolversTypes['KengetalEenheid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jaar?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maximaal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minimaal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onderwerp?: Resolver<ResolversTypes['KengetalOnderwerp'], ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  subregio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subsidies?: Resolver<Maybe<Array<ResolversTypes['Subsidie']>>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  categorie?: Resolver<ResolversTypes['Productcategorie'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  codeInBron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  situationeel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductcategorieResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Productcategorie'] = ResolversParentTypes['Productcategorie']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producten?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType, Partial<ProductcategorieProductenArgs>>;
}>;

export type QueryResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  kengetallen?: Resolver<Maybe<Array<ResolversTypes['Kengetal']>>, ParentType, ContextType, Partial<QueryKengetallenArgs>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'code'>>;
  productcategorie?: Resolver<Maybe<ResolversTypes['Productcategorie']>, ParentType, ContextType, RequireFields<QueryProductcategorieArgs, 'code'>>;
  productcategorieen?: Resolver<Maybe<Array<ResolversTypes['Productcategorie']>>, ParentType, ContextType>;
  producten?: Resolver<Maybe<ResolversTypes['ProductConnection']>, ParentType, ContextType, Partial<QueryProductenArgs>>;
  subsidie?: Resolver<Maybe<ResolversTypes['Subsidie']>, ParentType, ContextType, RequireFields<QuerySubsidieArgs, 'id'>>;
  subsidies?: Resolver<Maybe<Array<ResolversTypes['Subsidie']>>, ParentType, ContextType, Partial<QuerySubsidiesArgs>>;
}>;

export type RegioResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Regio'] = ResolversParentTypes['Regio'], FederationReferenceType extends FederationReferenceTypes['Regio'] = FederationReferenceTypes['Regio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Regio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kengetallen?: Resolver<Maybe<Array<ResolversTypes['Kengetal']>>, ParentType, ContextType, Partial<RegioKengetallenArgs>>;
  producten?: Resolver<Maybe<Array<ResolversTypes['Product']>>, ParentType, ContextType, Partial<RegioProductenArgs>>;
  subsidies?: Resolver<Maybe<Array<ResolversTypes['Subsidie']>>, ParentType, ContextType, Partial<RegioSubsidiesArgs>>;
  subsidietotalen?: Resolver<Maybe<ResolversTypes['Subsidietotalen']>, ParentType, ContextType>;
}>;

export type SubsidieResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Subsidie'] = ResolversParentTypes['Subsidie']> = ResolversObject<{
  aanvullendeBedragen?: Resolver<Array<ResolversTypes['AanvullendBedrag']>, ParentType, ContextType>;
  bedragPerJaar?: Resolver<Maybe<ResolversTypes['Geldbedrag']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  doel?: Resolver<ResolversTypes['SubsidieDoel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  looptijdInBron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  looptijdTot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ontvanger?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['SubsidieSoort'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SubsidietotalenResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['Subsidietotalen'] = ResolversParentTypes['Subsidietotalen']> = ResolversObject<{
  aantalSubsidies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aantalZonderBedrag?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  berekend?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  incidenteel?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  jaarlijks?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  vermeld?: Resolver<Array<ResolversTypes['VermeldTotaal']>, ParentType, ContextType>;
}>;

export type VermeldTotaalResolvers<ContextType = VoorzieningenContext, ParentType extends ResolversParentTypes['VermeldTotaal'] = ResolversParentTypes['VermeldTotaal']> = ResolversObject<{
  bedrag?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  berekend?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  klopt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  omvat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verschil?: Resolver<ResolversTypes['Geldbedrag'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = VoorzieningenContext> = ResolversObject<{
  AanvullendBedrag?: AanvullendBedragResolvers<ContextType>;
  Bron?: BronResolvers<ContextType>;
  Geldbedrag?: GeldbedragResolvers<ContextType>;
  Kengetal?: KengetalResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Productcategorie?: ProductcategorieResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regio?: RegioResolvers<ContextType>;
  Subsidie?: SubsidieResolvers<ContextType>;
  Subsidietotalen?: SubsidietotalenResolvers<ContextType>;
  VermeldTotaal?: VermeldTotaalResolvers<ContextType>;
}>;

