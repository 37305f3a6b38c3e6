import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import { describeLocation, type DatabaseLocation, type StatementCounter } from './database.js';
import { createLogger, onShutdown } from './log.js';
import { readSubgraphConfig } from './subgraph-config.js';
import { startSubgraphService } from './subgraph-service.js';

export function buildSchemaFromFile(schemaFile: URL, resolvers: object): GraphQLSchema {
  return buildSubgraphSchema({
    typeDefs: parse(readFileSync(schemaFile, 'utf8')),
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}

export interface SubgraphDefinition<Db extends Kysely<any>, Context extends object> {
  name: string;
  defaultPort: number;
  openDatabase(location: DatabaseLocation, counter: StatementCounter): Db;
  /** Migrates and seeds; returns what the seed did, for the start-up log. */
  prepareDatabase(db: Db): Promise<string>;
  createSchema(): GraphQLSchema;
  createContext(db: Db, request: IncomingMessage): Context | Promise<Context>;
}

/** What every subgraph's `main.ts` does: read config, open and prepare its database, listen. */
export async function runSubgraph<Db extends Kysely<any>, Context extends object>(
  definition: SubgraphDefinition<Db, Context>,
): Promise<void> {
  const logger = createLogger(definition.name);
  const config = readSubgraphConfig(definition.name, definition.defaultPort);
  const counter: StatementCounter = { statements: 0 };
  const db = definition.openDatabase(config.database, counter);
  const seed = await definition.prepareDatabase(db);
  logger.info('database ready', { database: describeLocation(config.database), seed });

  const service = await startSubgraphService({
    name: definition.name,
    schema: definition.createSchema(),
    createContext: (request) => definition.createContext(db, request),
    host: config.host,
    port: config.port,
    logger,
    ...(config.exposeStatementCount ? { statementCounter: counter } : {}),
  });

  onShutdown(logger, async () => {
    await service.close();
    await db.destroy();
  });
}

/** A failed start says what went wrong in one line (port taken, bad configuration), not a stack trace. */
export function exitOnStartFailure(name: string, error: unknown): never {
  const code = (error as { code?: string }).code;
  const message = code === 'EADDRINUSE' ? `port already in use (${(error as Error).message}); is another hub still running?` : error instanceof Error ? error.message : String(error);
  createLogger(name).error('could not start', { error: message });
  process.exit(1);
}
