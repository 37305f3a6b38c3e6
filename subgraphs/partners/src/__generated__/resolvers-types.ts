import type { GraphQLResolveInfo } from 'graphql';
import type { PartnerRow, PartnerRolRow } from '../db/database.js';
import type { PartnerPage } from '../db/partner-queries.js';
import type { RegioReference, GemeenteReference, PartnersContext } from '../context.js';
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

/** Een gemeente; de regions-subgraph levert de gegevens. */
export type Gemeente = {
  __typename?: 'Gemeente';
  cbsCode: Scalars['ID']['output'];
};

/** Waar een pagina in de lijst staat. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Een organisatie (zorgaanbieder, welzijnsorganisatie, woningcorporatie, gemeente, politie, ...). */
export type Partner = {
  __typename?: 'Partner';
  bron: Bron;
  /** Voor een gemeente als partner: de gemeente zelf. */
  gemeente: Maybe<Gemeente>;
  /** Stabiel id, afgeleid van de naam (bijvoorbeeld `iriszorg`). */
  id: Scalars['ID']['output'];
  naam: Scalars['String']['output'];
  /** De spelling in het brondocument als die afwijkt (scanfouten zoals `lrisZorg`). */
  naamInBron: Maybe<Scalars['String']['output']>;
  /** De regio's waarin deze organisatie een rol heeft. */
  regios: Maybe<Array<Regio>>;
  /** De rollen van deze organisatie, optioneel in één regio. */
  rollen: Array<PartnerRolInRegio>;
  soort: PartnerSoort;
};


/** Een organisatie (zorgaanbieder, welzijnsorganisatie, woningcorporatie, gemeente, politie, ...). */
export type PartnerRollenArgs = {
  regio?: InputMaybe<Scalars['ID']['input']>;
};

/** Een pagina organisaties. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  nodes: Array<Partner>;
  pageInfo: PageInfo;
  /** Het totaal aantal organisaties dat aan de filters voldoet. */
  totalCount: Scalars['Int']['output'];
};

export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerRol =
  | 'BUDGETHOUDER'
  | 'CENTRUMGEMEENTE'
  | 'CONVENANTPARTIJ'
  | 'DEELNEMENDE_GEMEENTE'
  | 'FLEXIBELE_SCHIL'
  | 'INTENTIEPARTNER'
  | 'KERNTEAM'
  | 'KETENPARTNER'
  | 'MONITOR'
  | 'NETWERKPARTNER'
  | 'OPDRACHTGEVER'
  | 'SLEUTELPARTNER'
  | 'ZORGAANBIEDER';

/** De rol die een organisatie in een regio heeft. */
export type PartnerRolInRegio = {
  __typename?: 'PartnerRolInRegio';
  bron: Bron;
  regio: Maybe<Regio>;
  rol: PartnerRol;
  /** Voorwaarde of nuance bij de rol, zoals de bron die noemt. */
  toelichting: Maybe<Scalars['String']['output']>;
};

export type PartnerSoort =
  | 'BELANGENORGANISATIE'
  | 'BESCHERMD_WONEN'
  | 'BURGERINITIATIEF'
  | 'CLIENTONDERSTEUNING'
  | 'GEHANDICAPTENZORG'
  | 'GEMEENTE'
  | 'GGD'
  | 'GGZ'
  | 'HUISARTSEN'
  | 'JUSTITIE'
  | 'MAATSCHAPPELIJKE_OPVANG'
  | 'OUDERENZORG'
  | 'OVERIG'
  | 'POLITIE'
  | 'SAMENWERKINGSVERBAND'
  | 'THUISZORG'
  | 'VEILIGHEIDSHUIS'
  | 'VERSLAVINGSZORG'
  | 'VRIJWILLIGERSORGANISATIE'
  | 'WELZIJN'
  | 'WERK_EN_INKOMEN'
  | 'WONINGCORPORATIE'
  | 'ZORGAANBIEDER'
  | 'ZORGVERZEKERAAR';

/**
 * Organisaties in het sociaal domein en hun rollen per regio (ketenpartner, intentiepartner,
 * sleutelpartner, flexibele schil, kernteam, ...), zoals de brondocumenten ze noemen.
 */
export type Query = {
  __typename?: 'Query';
  /** De organisatie met dit id, of null als die niet bestaat. */
  partner: Maybe<Partner>;
  /**
   * Organisaties, gesorteerd op naam, met cursorpaginering.
   * `zoek` negeert hoofdletters, accenten en leestekens: `heerenloo` vindt `'s Heerenloo`.
   * De filters `regio` en `rol` gelden samen: een organisatie met die rol in die regio.
   */
  partners: Maybe<PartnerConnection>;
};


/**
 * Organisaties in het sociaal domein en hun rollen per regio (ketenpartner, intentiepartner,
 * sleutelpartner, flexibele schil, kernteam, ...), zoals de brondocumenten ze noemen.
 */
export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Organisaties in het sociaal domein en hun rollen per regio (ketenpartner, intentiepartner,
 * sleutelpartner, flexibele schil, kernteam, ...), zoals de brondocumenten ze noemen.
 */
export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regio?: InputMaybe<Scalars['ID']['input']>;
  rol?: InputMaybe<PartnerRol>;
  soort?: InputMaybe<PartnerSoort>;
  zoek?: InputMaybe<Scalars['String']['input']>;
};

/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type Regio = {
  __typename?: 'Regio';
  code: Scalars['ID']['output'];
  /** De organisaties met een rol in deze regio, gesorteerd op naam; optioneel gefilterd. */
  partners: Maybe<Array<Partner>>;
};


/** Een regio; de regions-subgraph levert naam en gemeenten. */
export type RegioPartnersArgs = {
  rol?: InputMaybe<PartnerRol>;
  soort?: InputMaybe<PartnerSoort>;
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
  Regio: Regio;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  Regio:
    ( { __typename: 'Regio' }
    & GraphQLRecursivePick<FederationTypes['Regio'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Bron: ResolverTypeWrapper<Bron>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Gemeente: ResolverTypeWrapper<GemeenteReference>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PartnerConnection: ResolverTypeWrapper<PartnerPage>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>;
  PartnerRol: PartnerRol;
  PartnerRolInRegio: ResolverTypeWrapper<PartnerRolRow>;
  PartnerSoort: PartnerSoort;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regio: ResolverTypeWrapper<RegioReference>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Bron: Bron;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Gemeente: GemeenteReference;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Partner: PartnerRow;
  PartnerConnection: PartnerPage;
  Int: Scalars['Int']['output'];
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] };
  PartnerRolInRegio: PartnerRolRow;
  Query: Record<PropertyKey, never>;
  Regio: RegioReference;
}>;

export type BronResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = ResolversObject<{
  citaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentTitel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectie?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GemeenteResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Gemeente'] = ResolversParentTypes['Gemeente']> = ResolversObject<{
  cbsCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  gemeente?: Resolver<Maybe<ResolversTypes['Gemeente']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naamInBron?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regios?: Resolver<Maybe<Array<ResolversTypes['Regio']>>, ParentType, ContextType>;
  rollen?: Resolver<Array<ResolversTypes['PartnerRolInRegio']>, ParentType, ContextType, Partial<PartnerRollenArgs>>;
  soort?: Resolver<ResolversTypes['PartnerSoort'], ParentType, ContextType>;
}>;

export type PartnerConnectionResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerEdgeResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type PartnerRolInRegioResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['PartnerRolInRegio'] = ResolversParentTypes['PartnerRolInRegio']> = ResolversObject<{
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  regio?: Resolver<Maybe<ResolversTypes['Regio']>, ParentType, ContextType>;
  rol?: Resolver<ResolversTypes['PartnerRol'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<Maybe<ResolversTypes['PartnerConnection']>, ParentType, ContextType, Partial<QueryPartnersArgs>>;
}>;

export type RegioResolvers<ContextType = PartnersContext, ParentType extends ResolversParentTypes['Regio'] = ResolversParentTypes['Regio'], FederationReferenceType extends FederationReferenceTypes['Regio'] = FederationReferenceTypes['Regio']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Regio']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partners?: Resolver<Maybe<Array<ResolversTypes['Partner']>>, ParentType, ContextType, Partial<RegioPartnersArgs>>;
}>;

export type Resolvers<ContextType = PartnersContext> = ResolversObject<{
  Bron?: BronResolvers<ContextType>;
  Gemeente?: GemeenteResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PartnerRolInRegio?: PartnerRolInRegioResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regio?: RegioResolvers<ContextType>;
}>;

