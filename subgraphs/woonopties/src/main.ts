import { readAuthConfig } from '../../../lib/auth.js';
import { createLogger, exitOnStartFailure } from '../../../lib/log.js';
import { runSubgraph } from '../../../lib/run-subgraph.js';
import { createWoonoptiesContext } from './context.js';
import { openWoonoptiesDatabase } from './db/database.js';
import { migrateWoonoptiesDatabase } from './db/migrate.js';
import { seedWoonoptiesDatabase } from './db/seed.js';
import { createWoonoptiesSchema } from './server.js';

// Read before anything opens: in production mode a missing or development secret stops the start.
let auth: ReturnType<typeof readAuthConfig>;
try {
  auth = readAuthConfig();
} catch (error) {
  exitOnStartFailure(createLogger('woonopties'), error);
}

await runSubgraph({
  name: 'woonopties',
  openDatabase: openWoonoptiesDatabase,
  migrate: migrateWoonoptiesDatabase,
  seed: seedWoonoptiesDatabase,
  createSchema: createWoonoptiesSchema,
  createContext: (db, request) => createWoonoptiesContext(db, auth, request),
});
