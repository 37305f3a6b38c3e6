import { readConfig } from '../../lib/config.js';
import { hubSubgraphs } from '../../lib/hub-subgraphs.js';
import { createLogger, exitOnStartFailure, onShutdown } from '../../lib/log.js';
import { readDatabaseLocation } from '../../lib/subgraph-config.js';
import { composeHubSupergraph, hubSubgraphServices } from '../../schema/subgraphs.js';
import { openRegistryDatabase } from './db/database.js';
import { createRegistryServer } from './server.js';
import { beginMetHubSubgraphs, werkHubSubgraphsBij } from './store.js';
import { registrySecret } from './tokens.js';
import { pruneUsage } from './usage.js';

const logger = createLogger('registry');

async function startRegistry(): Promise<void> {
  const config = readConfig((read) => {
    const usageDays = read.integer('REGISTRY_USAGE_DAYS', 30, { min: 1, max: 3_650 });
    // Older use is deleted every hour; the checks' window must fit inside it.
    const usageRetentionDays = read.integer('REGISTRY_USAGE_RETENTION_DAYS', 90, { min: 1, max: 3_650 });
    if (usageRetentionDays < usageDays) {
      read.problem(`REGISTRY_USAGE_RETENTION_DAYS (${usageRetentionDays}) must be at least REGISTRY_USAGE_DAYS (${usageDays}): the checks would judge by use already deleted`);
    }
    return {
      host: read.string('HOST', '127.0.0.1'),
      port: read.port('PORT', 4010),
      database: readDatabaseLocation(read, 'registry'),
      // A breaking change is judged by the use the gateways reported in this many days.
      usageDays,
      usageRetentionDays,
      // Where the gateway reaches the hub's own subgraphs, as JSON {"regions": "http://..."}; defaults to their ports.
      hubSubgraphUrls: JSON.parse(read.string('HUB_SUBGRAPH_URLS', '{}')) as Record<string, string>,
    };
  });
  const secret = registrySecret();
  const db = await openRegistryDatabase(config.database, { statements: 0 });
  const hubServices = hubSubgraphServices(config.hubSubgraphUrls).map((service) => ({ naam: service.name, url: service.url, sdl: service.sdl }));
  await beginMetHubSubgraphs(db, hubServices, composeHubSupergraph(config.hubSubgraphUrls));
  const upgrade = await werkHubSubgraphsBij(db, hubServices);
  if (upgrade && !upgrade.ok) logger.error('the hub\'s own subgraphs changed but do not compose with the published ones; serving the previous supergraph', { redenen: upgrade.redenen });
  else if (upgrade) logger.info('hub subgraphs updated in the registry', { versie: upgrade.versie });
  const server = createRegistryServer({ db, secret, hubSubgraphNamen: hubSubgraphs.map((subgraph) => subgraph.name), logger, usageDays: config.usageDays, usageRetentionDays: config.usageRetentionDays });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  logger.info('registry listening', { url: `http://${config.host}:${config.port}` });

  const prune = async () => {
    const deleted = await pruneUsage(db, config.usageRetentionDays);
    if (deleted.rows > 0 || deleted.batches > 0) logger.info('usage older than the retention deleted', { dagen: config.usageRetentionDays, rijen: deleted.rows, batches: deleted.batches });
  };
  const pruning = setInterval(() => prune().catch((error: unknown) => logger.error('deleting old usage failed', { error: String(error) })), 3_600_000);
  pruning.unref();
  await prune();

  onShutdown(logger, async () => {
    clearInterval(pruning);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await db.destroy();
  });
}

await startRegistry().catch((error: unknown) => exitOnStartFailure(logger, error));
