import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfig } from '../../lib/config.js';
import { createLogger, onShutdown } from '../../lib/log.js';
import { startSubgraphService } from '../../lib/subgraph-service.js';
import { createRegiomonitorSchema, regiomonitorSchemaFile } from './server.js';

const logger = createLogger('regiomonitor');
const config = readConfig((read) => ({
  host: read.string('HOST', '127.0.0.1'),
  port: read.port('PORT', 4101),
  /** Serves another schema file (relative to the working directory), e.g. a changed copy in a test. */
  schemaFile: read.optionalString('SCHEMA_FILE'),
}));

const schemaFile = config.schemaFile === undefined ? regiomonitorSchemaFile : pathToFileURL(resolve(config.schemaFile));

const service = await startSubgraphService({
  name: 'regiomonitor',
  schema: createRegiomonitorSchema(schemaFile),
  createContext: () => ({}),
  host: config.host,
  port: config.port,
  logger,
});

onShutdown(logger, () => service.close());
