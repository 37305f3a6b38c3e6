import { migrateToLatest } from '../../../../lib/database.js';
import type { RegionsDb } from './database.js';
import * as initial from './migrations/0001-initial.js';
import * as history from './migrations/0002-history.js';

export const regionsMigrations = { '0001-initial': initial, '0002-history': history };

export async function migrateRegionsDatabase(db: RegionsDb): Promise<void> {
  await migrateToLatest(db, regionsMigrations);
}
