import { migrateToLatest } from '../../../../lib/database.js';
import type { VoorzieningenDb } from './database.js';
import * as initial from './migrations/0001-initial.js';
import * as history from './migrations/0002-history.js';

export const voorzieningenMigrations = { '0001-initial': initial, '0002-history': history };

export async function migrateVoorzieningenDatabase(db: VoorzieningenDb): Promise<void> {
  await migrateToLatest(db, voorzieningenMigrations);
}
