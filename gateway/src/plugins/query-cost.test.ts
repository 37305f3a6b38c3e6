import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryCost } from './query-cost.js';

const schema = buildSchema(`
  type Query { regios: [Regio!]! regio(code: ID!): Regio partners(first: Int, zoek: String): PartnerConnection! }
  type Regio { code: ID! naam: String! gemeenten(eerste: Int): [Gemeente!]! }
  type Gemeente { naam: String! }
  type PartnerConnection { totalCount: Int! nodes: [Partner!]! }
  type Partner { naam: String! regios: [Regio!]! }
`);

const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), undefined, variables, 10);

describe('queryCost', () => {
  it('counts each field once and what is below a list once per assumed item', () => {
    expect(cost('{ regio(code: "x") { naam } }')).toBe(2);
    expect(cost('{ regios { code naam } }')).toBe(1 + 10 * 2);
    expect(cost('{ regios { gemeenten { naam } } }')).toBe(1 + 10 * (1 + 10 * 1));
  });

  it('takes first/eerste as the number of items, from the query or its variables, and does not multiply a page\'s nodes again', () => {
    expect(cost('{ regios { gemeenten(eerste: 2) { naam } } }')).toBe(1 + 10 * (1 + 2 * 1));
    expect(cost('{ partners(first: 3) { totalCount nodes { naam } } }')).toBe(1 + 3 * (1 + 1 + 1));
    expect(cost('query($n: Int) { partners(first: $n) { nodes { naam } } }', { n: 50 })).toBe(1 + 50 * 2);
    expect(cost('query($n: Int) { partners(first: $n) { nodes { naam } } }')).toBe(1 + 1 * (1 + 10 * 1));
  });

  it('works out a fixed cost once per parsed document, and a cost that depends on variables each time', () => {
    const paged = parse('query($n: Int) { partners(first: $n) { nodes { naam } } }');
    expect([5, 50, 5].map((n) => queryCost(schema, paged, undefined, { n }, 10))).toEqual([1 + 5 * 2, 1 + 50 * 2, 1 + 5 * 2]);
    const fixed = parse('query A { regios { naam } } query B { regios { gemeenten { naam } } }');
    expect(queryCost(schema, fixed, 'A', {}, 10)).toBe(1 + 10 * 1);
    expect(queryCost(schema, fixed, 'B', {}, 10)).toBe(1 + 10 * (1 + 10));
    expect(queryCost(schema, fixed, 'B', {}, 3)).toBe(1 + 3 * (1 + 3));
    expect(queryCost(schema, fixed, 'A', {}, 10)).toBe(1 + 10 * 1);
  });

  it('follows fragments and leaves introspection out', () => {
    expect(cost('{ regios { ...R } __typename } fragment R on Regio { code gemeenten { naam } }')).toBe(1 + 10 * (1 + 1 + 10));
  });
});
