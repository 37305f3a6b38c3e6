import { runSubgraph } from '../../../lib/run-subgraph.js';
import { createRegionsContext } from './context.js';
import { openRegionsDatabase } from './db/database.js';
import { migrateRegionsDatabase } from './db/migrate.js';
import { seedRegionsDatabase } from './db/seed.js';
import { createRegionsSchema } from './server.js';

await runSubgraph({
  name: 'regions',
  openDatabase: openRegionsDatabase,
  migrate: migrateRegionsDatabase,
  seed: seedRegionsDatabase,
  createSchema: createRegionsSchema,
  createContext: createRegionsContext,
});
