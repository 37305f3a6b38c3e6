import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CoordinateCache } from './usage-coordinates.js';
import { hourOf, UsageCounts } from './usage-report.js';
import { clientOf } from './usage.js';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Regio implements Node { id: ID! naam: String! partners(soort: Soort, filter: PartnerFilter, eerste: Int): [Partner!]! }
  type Partner implements Node { id: ID! naam: String! soort: Soort! }
  union Resultaat = Regio | Partner
  enum Soort { ZORG WONEN VEILIGHEID }
  input PartnerFilter { naam: String soorten: [Soort!] genest: PartnerFilter }
  type Query { node(id: ID!): Node zoek(tekst: String!): [Resultaat!]! regio(code: String!): Regio }
`);

const coordinatesOf = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  [...new CoordinateCache().coordinates(schema, parse(query), operationName, variables)].sort();

describe('usage coordinates', () => {
  it('counts a field selected on an interface as the interface\'s, and on a fragment type as that type\'s', () => {
    expect(coordinatesOf('{ node(id: "1") { id ... on Regio { naam } } }')).toEqual(['Query.node', 'Query.node(id:)', 'Node.id', 'Regio.naam'].sort());
  });

  it('reads fields through a union and named fragments, and leaves out __typename', () => {
    const query = 'query Z { zoek(tekst: "x") { __typename ...P ... on Regio { id } } } fragment P on Partner { naam soort }';
    expect(coordinatesOf(query)).toEqual(['Partner.naam', 'Partner.soort', 'Query.zoek', 'Query.zoek(tekst:)', 'Regio.id']);
  });

  it('names only the arguments given, enum values written in the document and input fields with nested ones', () => {
    const query = '{ regio(code: "a") { partners(soort: WONEN, filter: { soorten: [ZORG], genest: { naam: "x" } }) { naam } } }';
    expect(coordinatesOf(query)).toEqual(
      [
        'Query.regio',
        'Query.regio(code:)',
        'Regio.partners',
        'Regio.partners(soort:)',
        'Regio.partners(filter:)',
        'Partner.naam',
        'Soort.WONEN',
        'Soort.ZORG',
        'PartnerFilter.soorten',
        'PartnerFilter.genest',
        'PartnerFilter.naam',
      ].sort(),
    );
  });

  it('reads enum values and input fields from the variables of each request, with the document cached', () => {
    const cache = new CoordinateCache();
    const document = parse('query R($s: Soort, $f: PartnerFilter) { regio(code: "a") { partners(soort: $s, filter: $f) { id } } }');
    const first = [...cache.coordinates(schema, document, undefined, { s: 'VEILIGHEID', f: { soorten: ['WONEN'] } })];
    expect(first).toEqual(expect.arrayContaining(['Soort.VEILIGHEID', 'Soort.WONEN', 'PartnerFilter.soorten', 'Regio.partners(filter:)']));
    const second = [...cache.coordinates(schema, document, undefined, { s: 'ZORG' })];
    expect(second).toContain('Soort.ZORG');
    expect(second).not.toContain('Soort.VEILIGHEID');
    expect(second).not.toContain('PartnerFilter.soorten');
    expect(cache.operationUsage(schema, document, undefined)).toBe(cache.operationUsage(schema, document, undefined));
  });

  it('counts only the operation that runs, not the document\'s other operations', () => {
    const query = 'query A { regio(code: "a") { naam } } query B { node(id: "1") { id } }';
    expect(coordinatesOf(query, undefined, 'B')).toEqual(['Node.id', 'Query.node', 'Query.node(id:)']);
  });
});

describe('usage counts', () => {
  it('adds one per operation per coordinate under the client and hour, and takes rows out exactly once', () => {
    let now = Date.UTC(2026, 4, 1, 13, 59, 59);
    const counts = new UsageCounts(100, () => now);
    counts.record('app-a', '1.0', ['Query.regio', 'Regio.naam']);
    counts.record('app-a', '1.0', ['Query.regio']);
    now += 2_000;
    counts.record('app-a', '1.0', ['Query.regio']);
    const rows = counts.take(10);
    expect(rows).toEqual(
      expect.arrayContaining([
        { uur: '2026-05-01T13:00:00Z', client: 'app-a', versie: '1.0', coordinaat: 'Query.regio', aantal: 2 },
        { uur: '2026-05-01T13:00:00Z', client: 'app-a', versie: '1.0', coordinaat: 'Regio.naam', aantal: 1 },
        { uur: '2026-05-01T14:00:00Z', client: 'app-a', versie: '1.0', coordinaat: 'Query.regio', aantal: 1 },
      ]),
    );
    expect(rows).toHaveLength(3);
    expect(counts.take(10)).toEqual([]);
    expect(hourOf(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:00:00Z');
  });

  it('drops and counts new keys past its cap, and keeps counting the keys it holds', () => {
    const counts = new UsageCounts(2);
    counts.record('a', '', ['X.a', 'X.b', 'X.c']);
    counts.record('a', '', ['X.a', 'X.d']);
    expect(counts.dropped).toBe(2);
    expect(counts.take(10).map((row) => `${row.coordinaat}=${row.aantal}`).sort()).toEqual(['X.a=2', 'X.b=1']);
  });
});

describe('the client of a request', () => {
  const request = (headers: Record<string, string>) => new Request('http://gateway/graphql', { headers });
  it('comes from the Hive or Apollo headers, else an app deployment document id, else is unknown', () => {
    expect(clientOf(request({ 'graphql-client-name': 'app-a', 'graphql-client-version': '1.0' }), undefined)).toEqual({ name: 'app-a', version: '1.0' });
    expect(clientOf(request({ 'apollographql-client-name': 'ios', 'apollographql-client-version': '7' }), undefined)).toEqual({ name: 'ios', version: '7' });
    expect(clientOf(request({}), 'werkbak~2.1~abc123')).toEqual({ name: 'werkbak', version: '2.1' });
    expect(clientOf(request({}), 'abc123')).toEqual({ name: 'onbekend', version: '' });
  });
});
