import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { composeSupergraph } from '../../schema/subgraphs.js';

/*
 * Small subgraphs in the hub's shape, for the gateway's in-memory tests: the public contract's
 * names and list fields (so depth, aliases and cost come out as on the real graph), fixed data, and
 * no database. `woonopties` is the one subgraph the manifest has the gateway forward tokens to.
 */

const federation = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

const regios = [
  { code: 'noord-veluwe', naam: 'Noord-Veluwe', gemeenten: ['GM0243'] },
  { code: 'oost-veluwe', naam: 'Oost-Veluwe', gemeenten: ['GM0200', 'GM0213'] },
  { code: 'asten', naam: 'Asten', gemeenten: ['GM0743'] },
  { code: 'noord-en-oost-gelderland', naam: 'Noord- en Oost-Gelderland', gemeenten: ['GM0200'] },
  { code: 'noord-en-midden-limburg', naam: 'Noord- en Midden-Limburg', gemeenten: ['GM0983'] },
];
const gemeenten = new Map([
  ['GM0243', 'Harderwijk'],
  ['GM0200', 'Apeldoorn'],
  ['GM0213', 'Brummen'],
  ['GM0743', 'Asten'],
  ['GM0983', 'Venlo'],
]);
const partners = [
  { id: 'iriszorg', naam: 'IrisZorg', regios: ['oost-veluwe', 'noord-veluwe'] },
  { id: 'leger-des-heils', naam: 'Leger des Heils', regios: ['oost-veluwe', 'noord-en-midden-limburg'] },
  { id: 'lunetzorg', naam: 'Lunetzorg', regios: ['asten'] },
];

const regioByCode = (code: string) => regios.find((regio) => regio.code === code) ?? null;
const lidmaatschappenVan = (cbsCode: string) => regios.filter((regio) => regio.gemeenten.includes(cbsCode)).map((regio) => ({ regio, cbsCode }));
const gemeente = (cbsCode: string) => ({ cbsCode, naam: gemeenten.get(cbsCode) ?? cbsCode });

const regionsSdl = `${federation}
type Query {
  regios: [Regio!]
  regio(code: ID!): Regio
  "Faalt met een melding die niet voor de client is, zoals een subgraph met een fout."
  kapot: String
}
type Regio @key(fields: "code") {
  code: ID!
  naam: String!
  gemeenten: [Gemeente!]!
  lidmaatschappen: [Lidmaatschap!]!
}
type Gemeente @key(fields: "cbsCode") {
  cbsCode: ID!
  naam: String!
  lidmaatschappen: [Lidmaatschap!]!
}
type Lidmaatschap {
  regio: Regio!
  gemeente: Gemeente!
}
`;

type Regio = (typeof regios)[number];

const regionsResolvers = {
  Query: {
    regios: () => regios,
    regio: (_: unknown, { code }: { code: string }) => regioByCode(code),
    // As a subgraph of the hub reports what it did not expect: with a code, and a message for the log.
    kapot: () => {
      throw Object.assign(new Error('SQLITE_CORRUPT: database disk image is malformed at /var/lib/vangnet/regions.sqlite'), { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    },
  },
  Regio: {
    __resolveReference: ({ code }: { code: string }) => regioByCode(code),
    gemeenten: (regio: Regio) => regio.gemeenten.map(gemeente),
    lidmaatschappen: (regio: Regio) => regio.gemeenten.map((cbsCode) => ({ regio, cbsCode })),
  },
  Gemeente: {
    __resolveReference: ({ cbsCode }: { cbsCode: string }) => gemeente(cbsCode),
    lidmaatschappen: ({ cbsCode }: { cbsCode: string }) => lidmaatschappenVan(cbsCode),
  },
  Lidmaatschap: {
    gemeente: ({ cbsCode }: { cbsCode: string }) => gemeente(cbsCode),
  },
};

const partnersSdl = `${federation}
type Query {
  partners(first: Int, zoek: String): PartnerConnection
}
type PartnerConnection {
  totalCount: Int!
  nodes: [Partner!]!
}
type Partner @key(fields: "id") {
  id: ID!
  naam: String!
  regios: [Regio!]
  rollen: [PartnerRolInRegio!]!
}
type PartnerRolInRegio {
  regio: Regio
  rol: PartnerRol!
}
enum PartnerRol {
  KETENPARTNER
  INTENTIEPARTNER
  SLEUTELPARTNER
}
type Regio @key(fields: "code") {
  code: ID!
  partners: [Partner!]
}
`;

type Partner = (typeof partners)[number];

const partnersResolvers = {
  Query: {
    partners: (_: unknown, { first }: { first?: number | null }) => ({ totalCount: partners.length, nodes: partners.slice(0, first ?? 20) }),
  },
  Partner: {
    regios: (partner: Partner) => partner.regios.map((code) => ({ code })),
    rollen: (partner: Partner) => partner.regios.map((code) => ({ regio: { code }, rol: 'KETENPARTNER' })),
  },
  Regio: {
    partners: ({ code }: { code: string }) => partners.filter((partner) => partner.regios.includes(code)),
  },
};

const woonoptiesSdl = `${federation}
type Query {
  "De Authorization-header die de gateway meestuurde, of null."
  ontvangenAutorisatie: String
}
`;

interface StubContext {
  request: Request;
}

const woonoptiesResolvers = {
  Query: {
    ontvangenAutorisatie: (_: unknown, __: unknown, { request }: StubContext) => request.headers.get('authorization'),
  },
};

const traagSdl = `${federation}
type Query {
  "Antwoordt na \`ms\` milliseconden met \\"klaar\\", of niet als de gateway eerder ophangt."
  wachtEven(ms: Int!): String
}
`;

const traagResolvers = {
  Query: {
    wachtEven: (_: unknown, { ms }: { ms: number }, { request }: StubContext) =>
      new Promise<string | null>((resolve) => {
        const timer = setTimeout(() => resolve('klaar'), ms);
        request.signal.addEventListener('abort', () => (clearTimeout(timer), resolve(null)), { once: true });
      }),
  },
};

const stubs = [
  { name: 'regions', sdl: regionsSdl, resolvers: regionsResolvers },
  { name: 'partners', sdl: partnersSdl, resolvers: partnersResolvers },
  { name: 'woonopties', sdl: woonoptiesSdl, resolvers: woonoptiesResolvers },
  { name: 'traag', sdl: traagSdl, resolvers: traagResolvers },
] as const;

export type StubSubgraphName = (typeof stubs)[number]['name'];

/** Where the gateway reaches a stub subgraph; nothing listens there, `stubSubgraphFetch` answers. */
export const stubSubgraphUrl = (name: string) => `http://${name}.stub/graphql`;

export const stubSupergraphSdl = composeSupergraph(stubs.map(({ name, sdl }) => ({ name, url: stubSubgraphUrl(name), sdl })));

export interface SubgraphCall {
  subgraph: string;
  headers: Headers;
  body: string;
}

/**
 * A fetch that answers the stub subgraphs' URLs from Yoga servers in this process, records every
 * call, and fails a call to a subgraph in `down` as a stopped process would (connection refused).
 */
export function stubSubgraphFetch(calls: SubgraphCall[], down: ReadonlySet<string>): typeof fetch {
  const servers = new Map(
    stubs.map(({ name, sdl, resolvers }) => [
      name as string,
      createYoga<StubContext>({ schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }), logging: false, maskedErrors: false, graphiql: false }),
    ]),
  );
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const subgraph = url.hostname.replace(/\.stub$/, '');
    const server = servers.get(subgraph);
    if (!server || down.has(subgraph)) {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ECONNREFUSED ${url.host}`), { code: 'ECONNREFUSED' }) });
    }
    calls.push({ subgraph, headers: new Headers(init?.headers), body: String(init?.body ?? '') });
    return server.fetch(url, init ?? {});
  }) as typeof fetch;
}
