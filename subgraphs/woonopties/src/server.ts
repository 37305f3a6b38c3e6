import { buildHubSubgraphSchema } from '../../../lib/run-subgraph.js';
import { resolvers } from './resolvers.js';

/** Builds the subgraph schema; `main.ts` decides where it listens and which database it uses. */
export function createWoonoptiesSchema() {
  return buildHubSubgraphSchema('woonopties', resolvers);
}
