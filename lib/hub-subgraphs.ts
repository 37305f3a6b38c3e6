/**
 * The manifest of the subgraphs the hub itself runs: composition, the service builder, codegen,
 * each subgraph's `main.ts`, the test harness and the gateway read it. Adding a hub subgraph is a
 * folder under `subgraphs/` and one line here (CONTRIBUTING.md). It imports nothing, so anything may
 * read it without loading the composition library or a database driver.
 *
 * `forwardsToken`: the gateway sends the user's Authorization header to this subgraph, which checks
 * it itself. A region's own subgraph (published through the registry) is never in this list, so it
 * never sees who is signed in.
 */
export const hubSubgraphs = [
  { name: 'regions', port: 4001, entry: 'subgraphs/regions/src/main.ts', schema: 'subgraphs/regions/schema.graphql', shared: ['bron', 'geldbedrag', 'directory', 'twijfel'], forwardsToken: true },
  { name: 'partners', port: 4002, entry: 'subgraphs/partners/src/main.ts', schema: 'subgraphs/partners/schema.graphql', shared: ['bron', 'paginering', 'directory', 'twijfel'], forwardsToken: true },
  { name: 'voorzieningen', port: 4003, entry: 'subgraphs/voorzieningen/src/main.ts', schema: 'subgraphs/voorzieningen/schema.graphql', shared: ['bron', 'geldbedrag', 'paginering', 'directory', 'twijfel'], forwardsToken: true },
  { name: 'woonopties', port: 4004, entry: 'subgraphs/woonopties/src/main.ts', schema: 'subgraphs/woonopties/schema.graphql', shared: ['bron', 'geldbedrag', 'paginering'], forwardsToken: true },
] as const satisfies readonly HubSubgraph[];

export interface HubSubgraph {
  /** The service's name: its folder, its process, its database schema and its name in the supergraph. */
  name: string;
  /** Its port unless PORT says otherwise. */
  port: number;
  /** Its `main.ts`, relative to the repository root. */
  entry: string;
  /** Its `schema.graphql`, relative to the repository root. */
  schema: string;
  /** The value types it shares with other subgraphs, from `subgraphs/shared/<name>.graphql`. */
  shared: readonly string[];
  forwardsToken: boolean;
}

export type HubSubgraphName = (typeof hubSubgraphs)[number]['name'];

export function hubSubgraph(name: HubSubgraphName): HubSubgraph {
  return hubSubgraphs.find((subgraph) => subgraph.name === name)!;
}

/** The files that make up a subgraph's schema: its own, then the shared value types it returns. */
export function schemaFilesOf(subgraph: HubSubgraph): string[] {
  return [subgraph.schema, ...subgraph.shared.map((name) => `subgraphs/shared/${name}.graphql`)];
}

export function defaultSubgraphUrl(subgraph: HubSubgraph): string {
  return `http://localhost:${subgraph.port}/graphql`;
}
