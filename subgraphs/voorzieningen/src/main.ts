import { exitOnStartFailure, runSubgraph } from '../../../lib/run-subgraph.js';
import { createVoorzieningenContext } from './context.js';
import { openVoorzieningenDatabase } from './db/database.js';
import { migrateVoorzieningenDatabase } from './db/migrate.js';
import { seedVoorzieningenDatabase } from './db/seed.js';
import { createVoorzieningenSchema } from './server.js';

await runSubgraph({
  name: 'voorzieningen',
  defaultPort: 4003,
  openDatabase: openVoorzieningenDatabase,
  async prepareDatabase(db) {
    await migrateVoorzieningenDatabase(db);
    return seedVoorzieningenDatabase(db);
  },
  createSchema: createVoorzieningenSchema,
  createContext: createVoorzieningenContext,
}).catch((error: unknown) => exitOnStartFailure('voorzieningen', error));
