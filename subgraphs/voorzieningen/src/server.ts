import { buildSchemaFromFile } from '../../../lib/run-subgraph.js';
import { resolvers } from './resolvers.js';

export const voorzieningenSchemaFile = new URL('../schema.graphql', import.meta.url);

/** Builds the subgraph schema; `main.ts` decides where it listens and which database it uses. */
export function createVoorzieningenSchema() {
  return buildSchemaFromFile(voorzieningenSchemaFile, resolvers);
}
