import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFilesOf, type HubSubgraph } from './hub-subgraphs.js';
import { repositoryRoot } from './paths.js';

/** A hub subgraph's whole SDL: its own schema.graphql and the shared value types it lists. */
export function readHubSubgraphSdl(subgraph: HubSubgraph): string {
  return schemaFilesOf(subgraph)
    .map((file) => readFileSync(join(repositoryRoot, file), 'utf8'))
    .join('\n');
}
