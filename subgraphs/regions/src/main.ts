import { exitOnStartFailure, runSubgraph } from '../../../lib/run-subgraph.js';
import { createRegionsContext } from './context.js';
import { openRegionsDatabase } from './db/database.js';
import { migrateRegionsDatabase } from './db/migrate.js';
import { seedRegionsDatabase } from './db/seed.js';
import { createRegionsSchema } from './server.js';

await runSubgraph({
  name: 'regions',
  defaultPort: 4001,
  openDatabase: openRegionsDatabase,
  async prepareDatabase(db) {
    await migrateRegionsDatabase(db);
    return seedRegionsDatabase(db);
  },
  createSchema: createRegionsSchema,
  createContext: createRegionsContext,
}).catch((error: unknown) => exitOnStartFailure('regions', error));
