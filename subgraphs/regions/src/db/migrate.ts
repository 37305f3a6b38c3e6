import { migrateToLatest } from '../../../../lib/database.js';
import type { RegionsDb } from './database.js';
import * as initial from './migrations/0001-initial.js';
import * as history from './migrations/0002-history.js';
import * as twijfels from './migrations/0003-twijfels.js';

export const regionsMigrations = { '0001-initial': initial, '0002-history': history, '0003-twijfels': twijfels };

export async function migrateRegionsDatabase(db: RegionsDb): Promise<void> {
  await migrateToLatest(db, regionsMigrations);
}
