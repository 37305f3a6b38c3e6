import type { Kysely } from 'kysely';

// Frozen in time: later changes get a new migration, never an edit here.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per hour, client, client version and schema coordinate: the gateway's counts merged.
  await db.schema
    .createTable('gebruik')
    .addColumn('uur', 'text', (col) => col.notNull())
    .addColumn('client_naam', 'text', (col) => col.notNull())
    .addColumn('client_versie', 'text', (col) => col.notNull())
    .addColumn('coordinaat', 'text', (col) => col.notNull())
    .addColumn('aantal', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('gebruik_pk', ['uur', 'client_naam', 'client_versie', 'coordinaat'])
    .execute();
  await db.schema.createIndex('gebruik_coordinaat_uur').on('gebruik').columns(['coordinaat', 'uur']).execute();
  // The ids of merged batches: a batch sent again after a lost answer is recognised, not counted twice.
  await db.schema
    .createTable('gebruik_batch')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('ontvangen', 'text', (col) => col.notNull())
    .addColumn('rijen', 'integer', (col) => col.notNull())
    .execute();
}
