import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

import { repositoryRoot } from '../lib/paths.js';

export { repositoryRoot };
export const supergraphFile = join(repositoryRoot, 'schema', 'supergraph.graphql');

export interface HubSubgraph {
  name: 'regions' | 'partners' | 'voorzieningen' | 'woonopties';
  schemaFile: string;
  defaultPort: number;
}

/** The subgraphs the hub itself runs; regions publish theirs through the registry instead. */
export const hubSubgraphs: readonly HubSubgraph[] = (
  [
    { name: 'regions', defaultPort: 4001 },
    { name: 'partners', defaultPort: 4002 },
    { name: 'voorzieningen', defaultPort: 4003 },
    { name: 'woonopties', defaultPort: 4004 },
  ] as const
).map(({ name, defaultPort }) => ({
  name,
  defaultPort,
  schemaFile: join(repositoryRoot, 'subgraphs', name, 'schema.graphql'),
}));

export function defaultSubgraphUrl(subgraph: HubSubgraph): string {
  return `http://localhost:${subgraph.defaultPort}/graphql`;
}

export class CompositionError extends Error {
  constructor(readonly reasons: string[]) {
    super(`The subgraphs do not compose:\n${reasons.map((reason) => `  - ${reason}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

export interface SubgraphService {
  name: string;
  url: string;
  sdl: string;
}

export function composeSupergraph(services: SubgraphService[]): string {
  const result = composeServices(services.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return `${result.supergraphSdl.trim()}\n`;
}

export function hubSubgraphServices(urls: Partial<Record<string, string>> = {}): SubgraphService[] {
  return hubSubgraphs.map((subgraph) => ({
    name: subgraph.name,
    url: urls[subgraph.name] ?? defaultSubgraphUrl(subgraph),
    sdl: readFileSync(subgraph.schemaFile, 'utf8'),
  }));
}

/**
 * Composes the hub's subgraph schemas into a Federation v2 supergraph. `urls` overrides where the
 * gateway reaches each subgraph (tests run them on free ports); the committed file uses the defaults.
 */
export function composeHubSupergraph(urls: Partial<Record<string, string>> = {}): string {
  return composeSupergraph(hubSubgraphServices(urls));
}
