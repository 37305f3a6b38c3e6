import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import { readAuthConfig, type AuthConfig } from './auth.js';
import { describeLocation, type DatabaseLocation, type StatementCounter } from './database.js';
import { hubSubgraph, type HubSubgraphName } from './hub-subgraphs.js';
import { repositoryRoot } from './paths.js';
import { createLogger, exitOnStartFailure, onShutdown, type Logger } from './log.js';
import { readSubgraphConfig } from './subgraph-config.js';
import { startSubgraphService } from './subgraph-service.js';

export function buildSchemaFromFile(schemaFile: URL | string, resolvers: object): GraphQLSchema {
  return buildSubgraphSchema({
    typeDefs: parse(readFileSync(schemaFile, 'utf8')),
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}

/** A hub subgraph's schema: its `schema.graphql` from the manifest, with its resolvers. */
export function buildHubSubgraphSchema(name: HubSubgraphName, resolvers: object): GraphQLSchema {
  return buildSchemaFromFile(join(repositoryRoot, hubSubgraph(name).schema), resolvers);
}

export interface SubgraphDefinition<Db extends Kysely<any>, Context extends object> {
  /** Its name in the manifest (lib/hub-subgraphs.ts), which also gives its default port. */
  name: HubSubgraphName;
  openDatabase(location: DatabaseLocation, counter: StatementCounter): Db;
  migrate(db: Db): Promise<void>;
  /** Loads the seed files into an empty database; returns what it did, for the start-up log. */
  seed(db: Db): Promise<string>;
  createSchema(): GraphQLSchema;
  /** Every hub subgraph checks the forwarded token itself: reads are public, changes are not. */
  createContext(db: Db, request: IncomingMessage, auth: AuthConfig): Context | Promise<Context>;
}

/**
 * What every subgraph's `main.ts` does: read config, open and prepare its database, listen. A start
 * that fails (bad configuration, port taken, database unusable) exits with one log line.
 */
export async function runSubgraph<Db extends Kysely<any>, Context extends object>(definition: SubgraphDefinition<Db, Context>): Promise<void> {
  const logger = createLogger(definition.name);
  await startSubgraph(definition, logger).catch((error: unknown) => exitOnStartFailure(logger, error));
}

async function startSubgraph<Db extends Kysely<any>, Context extends object>(definition: SubgraphDefinition<Db, Context>, logger: Logger): Promise<void> {
  const config = readSubgraphConfig(definition.name, hubSubgraph(definition.name).port);
  // Read before anything opens: in production mode a missing or development secret stops the start.
  const auth = readAuthConfig();
  const counter: StatementCounter = { statements: 0 };
  const db = definition.openDatabase(config.database, counter);
  await definition.migrate(db);
  const seed = await definition.seed(db);
  logger.info('database ready', { database: describeLocation(config.database), seed });

  const service = await startSubgraphService({
    name: definition.name,
    schema: definition.createSchema(),
    createContext: (request) => definition.createContext(db, request, auth),
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
