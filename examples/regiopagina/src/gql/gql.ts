/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Regiopagina($code: ID!) {\n  regio(code: $code) {\n    code\n    naam\n    centrumgemeente {\n      naam\n    }\n    gemeenten {\n      cbsCode\n      naam\n      provincie\n    }\n    partners {\n      id\n      naam\n      website\n      rollen(regio: $code) {\n        rol\n        toelichting\n      }\n    }\n    producten {\n      code\n      naam\n      situationeel\n      categorie {\n        code\n        naam\n      }\n    }\n    subsidies {\n      id\n      omschrijving\n      soort\n      bedragPerJaar {\n        euro\n      }\n      ontvanger {\n        naam\n      }\n    }\n    subsidietotalen {\n      jaarlijks {\n        euro\n      }\n      aantalSubsidies\n    }\n    bron {\n      documentTitel\n    }\n  }\n}": typeof types.RegiopaginaDocument,
    "query Regios {\n  regios {\n    code\n    naam\n  }\n}": typeof types.RegiosDocument,
};
const documents: Documents = {
    "query Regiopagina($code: ID!) {\n  regio(code: $code) {\n    code\n    naam\n    centrumgemeente {\n      naam\n    }\n    gemeenten {\n      cbsCode\n      naam\n      provincie\n    }\n    partners {\n      id\n      naam\n      website\n      rollen(regio: $code) {\n        rol\n        toelichting\n      }\n    }\n    producten {\n      code\n      naam\n      situationeel\n      categorie {\n        code\n        naam\n      }\n    }\n    subsidies {\n      id\n      omschrijving\n      soort\n      bedragPerJaar {\n        euro\n      }\n      ontvanger {\n        naam\n      }\n    }\n    subsidietotalen {\n      jaarlijks {\n        euro\n      }\n      aantalSubsidies\n    }\n    bron {\n      documentTitel\n    }\n  }\n}": types.RegiopaginaDocument,
    "query Regios {\n  regios {\n    code\n    naam\n  }\n}": types.RegiosDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Regiopagina($code: ID!) {\n  regio(code: $code) {\n    code\n    naam\n    centrumgemeente {\n      naam\n    }\n    gemeenten {\n      cbsCode\n      naam\n      provincie\n    }\n    partners {\n      id\n      naam\n      website\n      rollen(regio: $code) {\n        rol\n        toelichting\n      }\n    }\n    producten {\n      code\n      naam\n      situationeel\n      categorie {\n        code\n        naam\n      }\n    }\n    subsidies {\n      id\n      omschrijving\n      soort\n      bedragPerJaar {\n        euro\n      }\n      ontvanger {\n        naam\n      }\n    }\n    subsidietotalen {\n      jaarlijks {\n        euro\n      }\n      aantalSubsidies\n    }\n    bron {\n      documentTitel\n    }\n  }\n}"): typeof import('./graphql.js').RegiopaginaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Regios {\n  regios {\n    code\n    naam\n  }\n}"): typeof import('./graphql.js').RegiosDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
