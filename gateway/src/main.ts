import { createServer, type ServerResponse } from 'node:http';
import { ConfigError } from '../../lib/config.js';
import { createLogger, onShutdown } from '../../lib/log.js';
import { readGatewayConfig, type GatewayConfig } from './config.js';
import { createHubGateway } from './gateway.js';
import { GatewayMetrics } from './observability.js';
import { RateLimiter } from './rate-limit.js';
import { checkSubgraphs } from './readiness.js';
import { FileSupergraphSource, RegistrySupergraphSource, type SupergraphSource } from './supergraph-source.js';
import { loadTrustedDocuments } from './trusted-documents.js';
import { createWerkbak } from './werkbak.js';

const logger = createLogger('gateway');

/** A start that cannot work says everything that is wrong on one log line, not as a stack trace. */
function exitOnStartFailure(error: unknown): never {
  if (error instanceof ConfigError) logger.error('could not start: invalid configuration', { problems: error.problems });
  else logger.error('could not start', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

let config: Readonly<GatewayConfig>;
let trustedDocuments: Map<string, string> | null;
let source: SupergraphSource;
try {
  config = readGatewayConfig();
  trustedDocuments = config.trustedDocumentsFile ? loadTrustedDocuments(config.trustedDocumentsFile) : null;
  source = config.registryUrl
    ? await RegistrySupergraphSource.start(config.registryUrl, config.supergraphCacheFile, logger)
    : new FileSupergraphSource(config.supergraphFile, logger);
} catch (error) {
  exitOnStartFailure(error);
}

const metrics = config.metrics ? new GatewayMetrics() : null;
const rateLimiter = config.rateLimitPerMinute > 0 ? new RateLimiter(config.rateLimitPerMinute, config.rateLimitBurst) : null;

// The runtime disposes itself on SIGTERM, which would cut off the requests still running; the
// hub's own shutdown below drains them first and disposes the runtime after.
const signalListenersBefore = new Map((['SIGTERM', 'SIGINT'] as const).map((signal) => [signal, process.listeners(signal)]));
const gateway = createHubGateway(config, source, { logger, metrics, rateLimiter, trustedDocuments });
for (const [signal, before] of signalListenersBefore) {
  for (const listener of process.listeners(signal)) if (!before.includes(listener)) process.removeListener(signal, listener);
}
const werkbak = config.werkbak ? createWerkbak({ mode: config.mode, loginUrl: config.werkbakLoginUrl }) : null;
const stopWatching = source.watch(config.supergraphPollMs, () => gateway.invalidateUnifiedGraph());

let draining = false;
const inFlight = new Set<ServerResponse>();

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  inFlight.add(res);
  res.once('close', () => inFlight.delete(res));
  // While draining, every answer tells the client to reconnect, so keep-alive connections end too.
  if (draining) res.setHeader('connection', 'close');
  // Readiness means every subgraph answers, which the gateway runtime's own check does not test.
  if (req.url === '/readiness') {
    if (draining) return sendJson(res, 503, { status: 'shutting down', subgraphs: [] });
    checkSubgraphs(source.endpoints, config.readinessTimeoutMs).then(
      (subgraphs) => {
        const ready = subgraphs.every((subgraph) => subgraph.ok);
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraphs });
      },
      (error: unknown) => sendJson(res, 500, { status: 'error', error: String(error) }),
    );
    return;
  }
  if (werkbak?.(req, res)) return;
  if (req.url === '/metrics' && metrics) {
    metrics.registry.metrics().then(
      (text) => {
        res.setHeader('content-type', metrics.registry.contentType);
        res.end(text);
      },
      (error: unknown) => sendJson(res, 500, { status: 'error', error: String(error) }),
    );
    return;
  }
  void gateway(req, res);
});

server.listen(config.port, config.host, () => {
  logger.info('gateway listening', {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql`,
    mode: config.mode,
    supergraph: config.registryUrl ?? config.supergraphFile,
    subgraphs: source.endpoints,
    ...(trustedDocuments ? { trustedDocuments: trustedDocuments.size, trustedDocumentsOnly: config.trustedDocumentsOnly } : {}),
  });
});
server.on('error', (error) => exitOnStartFailure(error));

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
  await drain();
  rateLimiter?.dispose();
  await gateway.dispose();
});
