import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { databaseUnavailableMessage, isDatabaseUnavailable } from './database-errors.js';
import { currentFootprint, Footprint, footprintRequestHeader, instanceHeader, processInstance, readsHeader, writesHeader } from './data-footprint.js';
import type { StatementCounter } from './database.js';
import { keepsMessage, type ErrorCode } from './error-codes.js';
import { readBody, requestIdFrom, requestIdHeader, sendJson } from './http.js';
import type { Logger } from './log.js';

export interface SubgraphServiceOptions<Context extends object> {
  name: string;
  schema: GraphQLSchema;
  /** Called once per request: loaders live exactly as long as one request. */
  createContext: (request: IncomingMessage) => Context | Promise<Context>;
  host: string;
  port: number;
  logger: Logger;
  /** When given, `GET /debug/sql-statements` reports and `DELETE` resets the count (tests only). */
  statementCounter?: StatementCounter;
  maxBodyBytes?: number;
}

export interface RunningService {
  url: string;
  port: number;
  close(): Promise<void>;
}

const currentRequest = new AsyncLocalStorage<{ requestId: string }>();

function errorBody(code: ErrorCode, message: string): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * A subgraph is a plain Node HTTP server around Apollo Server: `/graphql` for the gateway,
 * `/healthcheck` for orchestration, and nothing else, so each subgraph can run on its own when a
 * region hosts it.
 */
export async function startSubgraphService<Context extends object>(
  options: SubgraphServiceOptions<Context>,
): Promise<RunningService> {
  const { logger, statementCounter } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Apollo's federated tracing is for GraphOS, which the hub does not use; it only costs time.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      if (keepsMessage(formatted.extensions?.code)) return formatted;
      if (isDatabaseUnavailable(unwrapResolverError(error))) {
        logger.error('database unavailable', { error: String(unwrapResolverError(error)), path: formatted.path });
        return { message: databaseUnavailableMessage, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'DATABASE_UNAVAILABLE' satisfies ErrorCode } };
      }
      logger.error('unexpected error', { requestId: currentRequest.getStore()?.requestId, error: String(unwrapResolverError(error)), path: formatted.path });
      return {
        message: 'Internal server error',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode },
      };
    },
  });
  await apollo.start();

  const server = createServer((req, res) => {
    const incoming = req.headers[requestIdHeader];
    const requestId = requestIdFrom(typeof incoming === 'string' ? incoming : undefined);
    const startedAt = performance.now();
    res.setHeader(requestIdHeader, requestId);
    res.setHeader(instanceHeader, processInstance);
    if (req.url?.startsWith('/graphql')) {
      res.once('finish', () => {
        logger.info('request', { requestId, method: req.method, status: res.statusCode, durationMs: Math.round((performance.now() - startedAt) * 10) / 10 });
      });
    }
    currentRequest.run({ requestId }, () => {
      handle(req, res).catch((error: unknown) => {
        logger.error('request failed', { requestId, error: String(error) });
        if (!res.headersSent) sendJson(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
        else res.end();
      });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    if (url.pathname === '/healthcheck') return sendJson(res, 200, { status: 'ok', subgraph: options.name });
    if (url.pathname === '/debug/sql-statements' && statementCounter) {
      if (req.method === 'DELETE') statementCounter.statements = 0;
      return sendJson(res, 200, { statements: statementCounter.statements });
    }
    if (url.pathname !== '/graphql') return sendJson(res, 404, { errors: [{ message: `Not found: ${url.pathname}; GraphQL is served at /graphql` }] });

    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, maxBodyBytes);
      if (text === 'too-large') return sendJson(res, 413, errorBody('BAD_REQUEST', `Request body is larger than ${maxBodyBytes} bytes`));
      const contentType = req.headers['content-type'] ?? '';
      if (!contentType.includes('application/json')) {
        return sendJson(res, 415, errorBody('BAD_REQUEST', 'Content-Type must be application/json'));
      }
      try {
        body = JSON.parse(text);
      } catch {
        return sendJson(res, 400, errorBody('BAD_REQUEST', 'Request body is not valid JSON'));
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const execute = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => options.createContext(req),
      });
    // A gateway with a response cache asks what the request read and wrote (lib/data-footprint.ts).
    const footprint = req.headers[footprintRequestHeader] === undefined ? undefined : new Footprint();
    const response = footprint ? await currentFootprint.run(footprint, execute) : await execute();
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (footprint) {
      // An answer that streams goes on reading after these headers are sent: it read everything.
      const complete = response.body.kind === 'complete';
      res.setHeader(readsHeader, Footprint.header(footprint.reads, footprint.everything || !complete));
      res.setHeader(writesHeader, Footprint.header(footprint.writes, footprint.everything || !complete));
    }
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  // The gateway keeps connections open between requests. If the server closed an idle connection
  // first, a request the gateway sends on it at that moment fails with "socket hang up"; so the
  // server waits longer than any client keeps an idle connection.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}/graphql`;
  logger.info('subgraph listening', { subgraph: options.name, url });

  return {
    url,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
