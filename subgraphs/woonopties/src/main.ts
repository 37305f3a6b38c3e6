import { runSubgraph } from '../../../lib/run-subgraph.js';
import { createWoonoptiesContext } from './context.js';
import { openWoonoptiesDatabase } from './db/database.js';
import { migrateWoonoptiesDatabase } from './db/migrate.js';
import { seedWoonoptiesDatabase } from './db/seed.js';
import { createWoonoptiesSchema } from './server.js';

await runSubgraph({
  name: 'woonopties',
  openDatabase: openWoonoptiesDatabase,
  migrate: migrateWoonoptiesDatabase,
  seed: seedWoonoptiesDatabase,
  createSchema: createWoonoptiesSchema,
  createContext: createWoonoptiesContext,
});
