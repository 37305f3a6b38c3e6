import { migrateToLatest } from '../../../../lib/database.js';
import type { PartnersDb } from './database.js';
import * as initial from './migrations/0001-initial.js';

export const partnersMigrations = { '0001-initial': initial };

export async function migratePartnersDatabase(db: PartnersDb): Promise<void> {
  await migrateToLatest(db, partnersMigrations);
}
