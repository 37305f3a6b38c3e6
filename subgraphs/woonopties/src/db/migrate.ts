import { migrateToLatest } from '../../../../lib/database.js';
import type { WoonoptiesDb } from './database.js';
import * as initial from './migrations/0001-initial.js';

export const woonoptiesMigrations = { '0001-initial': initial };

export async function migrateWoonoptiesDatabase(db: WoonoptiesDb): Promise<void> {
  await migrateToLatest(db, woonoptiesMigrations);
}
