import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { parse, print } from 'graphql';

/**
 * The graph as clients see it: the supergraph without the join__/link__ machinery, without
 * `@inaccessible` elements and without the federation types. It keeps the composition's order
 * (Query first), so the committed file and what the gateway serves differ only when the graph does.
 */
export function publicSchemaOf(supergraphSdl: string): string {
  return `${print(transformSupergraphToPublicSchema(parse(supergraphSdl))).trim()}\n`;
}
