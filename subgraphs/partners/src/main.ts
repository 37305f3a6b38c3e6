import { runSubgraph } from '../../../lib/run-subgraph.js';
import { createPartnersContext } from './context.js';
import { openPartnersDatabase } from './db/database.js';
import { migratePartnersDatabase } from './db/migrate.js';
import { seedPartnersDatabase } from './db/seed.js';
import { createPartnersSchema } from './server.js';

await runSubgraph({
  name: 'partners',
  openDatabase: openPartnersDatabase,
  migrate: migratePartnersDatabase,
  seed: seedPartnersDatabase,
  createSchema: createPartnersSchema,
  createContext: createPartnersContext,
});
