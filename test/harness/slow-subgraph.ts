import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Logger } from '../../lib/log.js';
import { startSubgraphService, type RunningService } from '../../lib/subgraph-service.js';
import { composeSupergraph, hubSubgraphServices } from '../../schema/subgraphs.js';

/** A subgraph that answers when it is told to, for tests of time limits and of draining on shutdown. */
export const slowSubgraphSdl = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@shareable"])

type Query {
  "Antwoordt na \`ms\` milliseconden met \\"klaar\\" (alleen in tests)."
  wachtEven(ms: Int!): String
  "Faalt na \`ms\` milliseconden (alleen in tests)."
  faalEven(ms: Int!): String
}

type Mutation {
  "Telt na \`ms\` milliseconden één op en geeft de stand (alleen in tests)."
  telEven(ms: Int!): Int
}
`;

export interface SlowSubgraph extends RunningService {
  /** Every line the subgraph logged, parsed. */
  logLines: Array<Record<string, unknown>>;
  /** Every field the subgraph resolved, in order, with the `ms` it was given. */
  calls: Array<{ field: string; ms: number }>;
}

export async function startSlowSubgraph(): Promise<SlowSubgraph> {
  const logLines: Array<Record<string, unknown>> = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) => void logLines.push({ level, message, ...fields });
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  const calls: SlowSubgraph['calls'] = [];
  const after = <T>(field: string, ms: number, answer: () => T) => {
    calls.push({ field, ms });
    return new Promise<void>((resolve) => setTimeout(resolve, ms)).then(answer);
  };
  let count = 0;
  const schema = buildSubgraphSchema({
    typeDefs: parse(slowSubgraphSdl),
    resolvers: {
      Query: {
        wachtEven: (_: unknown, { ms }: { ms: number }) => after('wachtEven', ms, () => 'klaar'),
        faalEven: (_: unknown, { ms }: { ms: number }) => after('faalEven', ms, () => Promise.reject(new Error('mislukt, zoals gevraagd'))),
      },
      Mutation: { telEven: (_: unknown, { ms }: { ms: number }) => after('telEven', ms, () => ++count) },
    },
  });
  const service = await startSubgraphService({ name: 'traag', schema, createContext: () => ({}), host: '127.0.0.1', port: 0, logger });
  return { ...service, logLines, calls };
}

/** Writes a supergraph of the hub's subgraphs (at these base URLs) plus the slow one, and returns its file. */
export function supergraphWithSlowSubgraph(subgraphBaseUrls: Record<string, string>, slowUrl: string): string {
  const urls = Object.fromEntries(Object.entries(subgraphBaseUrls).map(([name, base]) => [name, `${base}/graphql`]));
  const file = join(mkdtempSync(join(tmpdir(), 'vangnet-slow-')), 'supergraph.graphql');
  writeFileSync(file, composeSupergraph([...hubSubgraphServices(urls), { name: 'traag', url: slowUrl, sdl: slowSubgraphSdl }]));
  return file;
}
