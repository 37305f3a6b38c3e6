import type { NewRegisterlog, RegisterlogRow, RegistryDb } from './database.js';

export async function insertLogEntry(db: RegistryDb, entry: NewRegisterlog): Promise<void> {
  await db.insertInto('registerlog').values(entry).execute();
}

/** The whole log, oldest first. */
export function findLogEntries(db: RegistryDb): Promise<RegisterlogRow[]> {
  return db.selectFrom('registerlog').selectAll().orderBy('id').execute();
}
