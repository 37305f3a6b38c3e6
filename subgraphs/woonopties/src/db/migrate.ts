import { migrateToLatest } from '../../../../lib/database.js';
import type { WoonoptiesDb } from './database.js';
import * as initial from './migrations/0001-initial.js';
import * as woningAdres from './migrations/0002-woning-adres.js';

export const woonoptiesMigrations = { '0001-initial': initial, '0002-woning-adres': woningAdres };

export async function migrateWoonoptiesDatabase(db: WoonoptiesDb): Promise<void> {
  await migrateToLatest(db, woonoptiesMigrations);
}
