import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repositoryRoot } from '../../../lib/paths.js';
import { buildSchemaFromFile } from '../../../lib/run-subgraph.js';
import { resolvers } from './resolvers.js';

export const woonoptiesSchemaFile = pathToFileURL(join(repositoryRoot, 'subgraphs', 'woonopties', 'schema.graphql'));

/** Builds the subgraph schema; `main.ts` decides where it listens and which database it uses. */
export function createWoonoptiesSchema() {
  return buildSchemaFromFile(woonoptiesSchemaFile, resolvers);
}
