/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type SubsidieSoort =
  /** Begrotingssubsidie. */
  | 'BEGROTING'
  /** Verleend na een tender. */
  | 'TENDER';

export type RegiopaginaQueryVariables = Exact<{
  code: string;
}>;


export type RegiopaginaQuery = { regio: { code: string, naam: string, centrumgemeente: { naam: string } | null, gemeenten: Array<{ cbsCode: string, naam: string, provincie: string }>, partners: Array<{ id: string, naam: string, website: string | null, rollen: Array<{ rol: PartnerRol, toelichting: string | null }> }> | null, producten: Array<{ code: string, naam: string, situationeel: boolean, categorie: { code: string, naam: string } }> | null, subsidies: Array<{ id: string, omschrijving: string, soort: SubsidieSoort, bedragPerJaar: { euro: string } | null, ontvanger: { naam: string } | null }> | null, subsidietotalen: { aantalSubsidies: number, jaarlijks: { euro: string } } | null, bron: { documentTitel: string } } | null };

export type RegiosQueryVariables = Exact<{ [key: string]: never; }>;


export type RegiosQuery = { regios: Array<{ code: string, naam: string }> | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const RegiopaginaDocument = new TypedDocumentString(`
    query Regiopagina($code: ID!) {
  regio(code: $code) {
    code
    naam
    centrumgemeente {
      naam
    }
    gemeenten {
      cbsCode
      naam
      provincie
    }
    partners {
      id
      naam
      website
      rollen(regio: $code) {
        rol
        toelichting
      }
    }
    producten {
      code
      naam
      situationeel
      categorie {
        code
        naam
      }
    }
    subsidies {
      id
      omschrijving
      soort
      bedragPerJaar {
        euro
      }
      ontvanger {
        naam
      }
    }
    subsidietotalen {
      jaarlijks {
        euro
      }
      aantalSubsidies
    }
    bron {
      documentTitel
    }
  }
}
    `, {"hash":"sha256:211a31309b97692c8e406478e6e680ffcb1cb3417fe76a7740f7edc1f93997d1"}) as unknown as TypedDocumentString<RegiopaginaQuery, RegiopaginaQueryVariables>;
export const RegiosDocument = new TypedDocumentString(`
    query Regios {
  regios {
    code
    naam
  }
}
    `, {"hash":"sha256:087c0b0ae2df06ed018778a5625cecfd5ad6c478957e27608fd38ab930e06007"}) as unknown as TypedDocumentString<RegiosQuery, RegiosQueryVariables>;