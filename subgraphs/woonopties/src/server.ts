import { buildSchemaFromFile } from '../../../lib/run-subgraph.js';
import { resolvers } from './resolvers.js';

export const woonoptiesSchemaFile = new URL('../schema.graphql', import.meta.url);

/** Builds the subgraph schema; `main.ts` decides where it listens and which database it uses. */
export function createWoonoptiesSchema() {
  return buildSchemaFromFile(woonoptiesSchemaFile, resolvers);
}
