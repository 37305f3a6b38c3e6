import { migrateToLatest } from '../../../../lib/database.js';
import type { RegionsDb } from './database.js';
import * as initial from './migrations/0001-initial.js';

export const regionsMigrations = { '0001-initial': initial };

export async function migrateRegionsDatabase(db: RegionsDb): Promise<void> {
  await migrateToLatest(db, regionsMigrations);
}
