import { createServer } from 'node:http';
import { createLogger, onShutdown } from '../../lib/log.js';
import { readGatewayConfig } from './config.js';
import { createHubGateway } from './gateway.js';
import { checkSubgraphs } from './readiness.js';
import { FileSupergraphSource, RegistrySupergraphSource, type SupergraphSource } from './supergraph-source.js';

const logger = createLogger('gateway');
const config = readGatewayConfig();
const source: SupergraphSource = config.registryUrl
  ? await RegistrySupergraphSource.start(config.registryUrl, config.supergraphCacheFile, logger)
  : new FileSupergraphSource(config.supergraphFile, logger);
const gateway = createHubGateway(config, source);
const stopWatching = source.watch(config.supergraphPollMs, () => gateway.invalidateUnifiedGraph());

const server = createServer((req, res) => {
  // Readiness means every subgraph answers, which the gateway runtime's own check does not test.
  if (req.url === '/readiness') {
    checkSubgraphs(source.endpoints, config.readinessTimeoutMs).then((subgraphs) => {
      const ready = subgraphs.every((subgraph) => subgraph.ok);
      res.statusCode = ready ? 200 : 503;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ status: ready ? 'ready' : 'not ready', subgraphs }));
    }, (error: unknown) => {
      res.statusCode = 500;
      res.end(JSON.stringify({ status: 'error', error: String(error) }));
    });
    return;
  }
  void gateway(req, res);
});

server.listen(config.port, config.host, () => {
  logger.info('gateway listening', {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql`,
    supergraph: config.registryUrl ?? config.supergraphFile,
    subgraphs: source.endpoints,
  });
});

// The gateway runtime keeps timers and sockets alive; without closing it the process outlives SIGTERM.
onShutdown(logger, async () => {
  stopWatching();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await gateway.dispose();
});
