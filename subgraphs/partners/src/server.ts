import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repositoryRoot } from '../../../lib/paths.js';
import { buildSchemaFromFile } from '../../../lib/run-subgraph.js';
import { resolvers } from './resolvers.js';

export const partnersSchemaFile = pathToFileURL(join(repositoryRoot, 'subgraphs', 'partners', 'schema.graphql'));

/** Builds the subgraph schema; `main.ts` decides where it listens and which database it uses. */
export function createPartnersSchema() {
  return buildSchemaFromFile(partnersSchemaFile, resolvers);
}
