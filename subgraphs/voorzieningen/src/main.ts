import { runSubgraph } from '../../../lib/run-subgraph.js';
import { createVoorzieningenContext } from './context.js';
import { openVoorzieningenDatabase } from './db/database.js';
import { migrateVoorzieningenDatabase } from './db/migrate.js';
import { seedVoorzieningenDatabase } from './db/seed.js';
import { createVoorzieningenSchema } from './server.js';

await runSubgraph({
  name: 'voorzieningen',
  openDatabase: openVoorzieningenDatabase,
  migrate: migrateVoorzieningenDatabase,
  seed: seedVoorzieningenDatabase,
  createSchema: createVoorzieningenSchema,
  createContext: createVoorzieningenContext,
});
