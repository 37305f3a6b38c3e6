import type { NewOperatie, OperatieRow, RegistryDb } from './database.js';

export function findOperations(db: RegistryDb): Promise<Array<Pick<OperatieRow, 'naam' | 'document'>>> {
  return db.selectFrom('operatie').select(['naam', 'document']).orderBy('naam').execute();
}

/** Registering a name again replaces its document. */
export async function upsertOperation(db: RegistryDb, operatie: NewOperatie): Promise<void> {
  const { document, door, op } = operatie;
  await db
    .insertInto('operatie')
    .values(operatie)
    .onConflict((conflict) => conflict.column('naam').doUpdateSet({ document, door, op }))
    .execute();
}
