import { join } from 'node:path';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { defaultSubgraphUrl, hubSubgraphs } from '../lib/hub-subgraphs.js';
import { repositoryRoot } from '../lib/paths.js';
import { publicSchemaOf } from '../lib/public-schema.js';
import { readHubSubgraphSdl } from '../lib/subgraph-sdl.js';

export const supergraphFile = join(repositoryRoot, 'schema', 'supergraph.graphql');
/** The public schema of the committed supergraph: what client teams generate their types from. */
export const publicSchemaFile = join(repositoryRoot, 'schema', 'schema.graphql');

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

/** The hub's subgraphs from the manifest, with their schemas; `urls` overrides where each one listens. */
export function hubSubgraphServices(urls: Partial<Record<string, string>> = {}): SubgraphService[] {
  return hubSubgraphs.map((subgraph) => ({
    name: subgraph.name,
    url: urls[subgraph.name] ?? defaultSubgraphUrl(subgraph),
    sdl: readHubSubgraphSdl(subgraph),
  }));
}

/**
 * Composes the hub's subgraph schemas into a Federation v2 supergraph. `urls` overrides where the
 * gateway reaches each subgraph (tests run them on free ports); the committed file uses the defaults.
 */
export function composeHubSupergraph(urls: Partial<Record<string, string>> = {}): string {
  return composeSupergraph(hubSubgraphServices(urls));
}

/** The hub's supergraph and the public schema clients see, both as committed. */
export function composeHubSchemas(): { supergraph: string; publicSchema: string } {
  const supergraph = composeHubSupergraph();
  return { supergraph, publicSchema: publicSchemaOf(supergraph) };
}
