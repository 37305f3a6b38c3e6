import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One entry per subgraph: resolvers are type-checked against that subgraph's schema, with
 * GraphQL object types mapped to the database row types the resolvers actually receive.
 */
const shared = {
  federation: true,
  useTypeImports: true,
  useIndexSignature: true,
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  strictScalars: true,
  scalars: { ID: 'string', _FieldSet: 'string' },
};

const config: CodegenConfig = {
  overwrite: true,
  hooks: {},
  generates: {
    'subgraphs/regions/src/__generated__/resolvers-types.ts': {
      schema: 'subgraphs/regions/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#RegionsContext',
        mappers: {
          Regio: '../db/database.js#RegioRow',
          Gemeente: '../db/database.js#GemeenteRow',
          Lidmaatschap: '../db/database.js#LidmaatschapRow',
          Beleidsdocument: '../db/database.js#BeleidsdocumentRow',
          Afspraak: '../db/database.js#AfspraakRow',
          Bronafwijking: '../db/database.js#BronafwijkingRow',
          Bestuursorgaan: '../db/database.js#BestuursorgaanRow',
          Partner: '../context.js#PartnerReference',
        },
      },
    },
    'subgraphs/partners/src/__generated__/resolvers-types.ts': {
      schema: 'subgraphs/partners/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#PartnersContext',
        mappers: {
          Partner: '../db/database.js#PartnerRow',
          PartnerRolInRegio: '../db/database.js#PartnerRolRow',
          PartnerConnection: '../db/partner-queries.js#PartnerPage',
          Regio: '../context.js#RegioReference',
          Gemeente: '../context.js#GemeenteReference',
        },
      },
    },
    'subgraphs/voorzieningen/src/__generated__/resolvers-types.ts': {
      schema: 'subgraphs/voorzieningen/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#VoorzieningenContext',
        mappers: {
          Productcategorie: '../db/database.js#ProductcategorieRow',
          Product: '../db/database.js#ProductRow',
          ProductConnection: '../db/product-queries.js#ProductPage',
          Subsidie: '../db/database.js#SubsidieRow',
          AanvullendBedrag: '../db/database.js#SubsidieBedragRow',
          Kengetal: '../db/database.js#KengetalRow',
          Regio: '../context.js#RegioReference',
          Partner: '../context.js#PartnerReference',
        },
      },
    },
    'subgraphs/woonopties/src/__generated__/resolvers-types.ts': {
      schema: 'subgraphs/woonopties/schema.graphql',
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.js#WoonoptiesContext',
        mappers: {
          Gebruiker: '../context.js#IngelogdeGebruiker',
          Matchingspunt: '../db/database.js#MatchingspuntRow',
          Woning: '../db/database.js#WoningRow',
          WoningConnection: '../context.js#Pagina<WoningRow>',
          Woonvraag: '../db/database.js#WoonvraagRow',
          WoonvraagConnection: '../context.js#Pagina<WoonvraagRow>',
          Verwijzing: '../db/database.js#VerwijzingRow',
          Verwijzingsstap: '../db/database.js#VerwijzingStapRow',
          Toegangsregel: '../db/database.js#ToegangslogRow',
          Regio: '../context.js#RegioReference',
          Gemeente: '../context.js#GemeenteReference',
          Partner: '../context.js#PartnerReference',
        },
      },
    },
  },
};

export default config;
