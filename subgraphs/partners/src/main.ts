import { exitOnStartFailure, runSubgraph } from '../../../lib/run-subgraph.js';
import { createPartnersContext } from './context.js';
import { openPartnersDatabase } from './db/database.js';
import { migratePartnersDatabase } from './db/migrate.js';
import { seedPartnersDatabase } from './db/seed.js';
import { createPartnersSchema } from './server.js';

await runSubgraph({
  name: 'partners',
  defaultPort: 4002,
  openDatabase: openPartnersDatabase,
  async prepareDatabase(db) {
    await migratePartnersDatabase(db);
    return seedPartnersDatabase(db);
  },
  createSchema: createPartnersSchema,
  createContext: createPartnersContext,
}).catch((error: unknown) => exitOnStartFailure('partners', error));
