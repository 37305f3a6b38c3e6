import { createServer, type ServerResponse } from 'node:http';
import { createLogger, exitOnStartFailure, onShutdown } from '../../lib/log.js';
import { readGatewayConfig, type GatewayConfig } from './config.js';
import { createHubGateway } from './gateway.js';
import { createHitLane } from './hit-lane.js';
import { LoadShedder } from './load-shedding.js';
import { GatewayMetrics } from './metrics.js';
import { RateLimiter } from './rate-limit.js';
import { FileSupergraphSource, RegistrySupergraphSource, type SupergraphSource } from './supergraph-source.js';
import { loadTrustedDocuments } from './trusted-documents.js';
import { RegistryAppDocuments } from './app-documents.js';
import { createPages, type PageName } from './pages.js';
import { createPublicSchemaEndpoint } from './public-schema.js';

const logger = createLogger('gateway');

let config: Readonly<GatewayConfig>;
let trustedDocuments: Map<string, string> | null;
let source: SupergraphSource;
let appDocuments: RegistryAppDocuments | null;
try {
  config = readGatewayConfig();
  trustedDocuments = config.trustedDocumentsFile ? loadTrustedDocuments(config.trustedDocumentsFile) : null;
  source = config.registryUrl
    ? await RegistrySupergraphSource.start(config.registryUrl, config.supergraphCacheFile, logger)
    : new FileSupergraphSource(config.supergraphFile, logger);
  appDocuments = config.appDocuments && config.registryUrl ? await RegistryAppDocuments.start(config.registryUrl, config.appDocumentsCacheFile, logger) : null;
} catch (error) {
  exitOnStartFailure(logger, error);
}

const metrics = config.metrics ? new GatewayMetrics() : null;
const rateLimiter = config.rateLimitPerMinute > 0 ? new RateLimiter(config.rateLimitPerMinute, config.rateLimitBurst) : null;
let draining = false;

const gateway = createHubGateway(config, source, { logger, metrics, rateLimiter, trustedDocuments, appDocuments, isDraining: () => draining });
const pages = createPages({ pages: (['werkbak', 'beheer'] as const).filter((page): page is PageName => config[page]), mode: config.mode, loginUrl: config.loginUrl });
const publicSchema = createPublicSchemaEndpoint(source, config.introspection);
const stopWatching = source.watch(config.supergraphPollMs, () => gateway.invalidateUnifiedGraph());
const stopWatchingApps = appDocuments?.watch(config.supergraphPollMs);

// Cache hits answered before the WHATWG adapter (hit-lane.ts); with registered documents only, a
// query text must reach the runtime to be refused there.
const hitLane =
  config.responseCache && !config.trustedDocumentsOnly
    ? createHitLane({ answerFromCache: gateway.answerFromCache, maxBodyBytes: config.maxBodyBytes, rateLimiter, trustProxy: config.trustProxy, metrics, logger, logRequests: config.logRequests })
    : null;

const inFlight = new Set<ServerResponse>();
const shedder = new LoadShedder({ maxInFlight: config.maxInFlight, retryAfterSeconds: config.overloadRetryAfterSeconds, corsOrigins: config.corsOrigins, metrics });

const server = createServer((req, res) => {
  inFlight.add(res);
  res.once('close', () => inFlight.delete(res));
  // While draining, every answer tells the client to reconnect, so keep-alive connections end too.
  if (draining) res.setHeader('connection', 'close');
  // First of all, so a shed request costs no more than its headers: no body, parse or plan.
  if (!shedder.admit(req, res)) return;
  if (pages(req, res)) return;
  if (publicSchema(req, res)) return;
  if (hitLane) hitLane(req, res, () => void gateway(req, res));
  else void gateway(req, res);
});

// Node closes a kept-alive connection after 5 s idle; clients and proxies that keep a pool (and a
// client waiting out a Retry-After) then reconnect for nothing. A minute outlasts the common
// load-balancer idle timeout, so the balancer, not the gateway, decides when to close.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(config.port, config.host, () => {
  logger.info('gateway listening', {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql`,
    mode: config.mode,
    supergraph: config.registryUrl ?? config.supergraphFile,
    subgraphs: source.endpoints,
    ...(trustedDocuments ? { trustedDocuments: trustedDocuments.size } : {}),
    ...(appDocuments ? { appDocuments: appDocuments.size } : {}),
    ...(trustedDocuments || appDocuments ? { trustedDocumentsOnly: config.trustedDocumentsOnly } : {}),
  });
});
server.on('error', (error) => exitOnStartFailure(logger, error));

/**
 * Stops taking connections, lets the requests in flight finish (up to SHUTDOWN_TIMEOUT_MS), then
 * closes what is left. Idle keep-alive connections are closed at once, so they do not hold it up.
 */
async function drain(): Promise<void> {
  draining = true;
  for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), config.shutdownTimeoutMs);
  });
  if ((await Promise.race([closed, timedOut])) === 'timeout') {
    logger.warn('requests still running after the shutdown timeout; closing their connections', { shutdownTimeoutMs: config.shutdownTimeoutMs });
    server.closeAllConnections();
    await closed;
  }
  clearTimeout(timer);
}

onShutdown(logger, async () => {
  stopWatching();
  stopWatchingApps?.();
  await drain();
  rateLimiter?.dispose();
  await gateway.dispose();
});
