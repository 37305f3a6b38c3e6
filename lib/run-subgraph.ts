import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import { readAuthConfig, type AuthConfig } from './auth.js';
import { describeLocation, type DatabaseLocation, type StatementCounter } from './database.js';
import { hubSubgraph, type HubSubgraphName } from './hub-subgraphs.js';
import { createLogger, exitOnStartFailure, onShutdown, type Logger } from './log.js';
import { readSubgraphConfig } from './subgraph-config.js';
import { readHubSubgraphSdl } from './subgraph-sdl.js';
import { startSubgraphService } from './subgraph-service.js';

export function buildSchemaFromSdl(sdl: string, resolvers: object): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as GraphQLResolverMap<unknown> });
}

export function buildSchemaFromFile(schemaFile: URL | string, resolvers: object): GraphQLSchema {
  return buildSchemaFromSdl(readFileSync(schemaFile, 'utf8'), resolvers);
}

/** A hub subgraph's schema: its SDL from the manifest (its own file and the shared types), with its resolvers. */
export function buildHubSubgraphSchema(name: HubSubgraphName, resolvers: object): GraphQLSchema {
  return buildSchemaFromSdl(readHubSubgraphSdl(hubSubgraph(name)), resolvers);
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
