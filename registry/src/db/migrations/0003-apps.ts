import type { Kysely } from 'kysely';
import { addSerialKey } from '../../../../lib/database.js';

// Frozen in time: later changes get a new migration, never an edit here.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per registered version of a front-end app; its documents never change after registration.
  await addSerialKey(db, db.schema.createTable('app_versie'))
    .addColumn('naam', 'text', (col) => col.notNull())
    .addColumn('versie', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('door', 'text', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull())
    .addColumn('ingetrokken_door', 'text')
    .addColumn('ingetrokken_op', 'text')
    .addUniqueConstraint('app_versie_naam_versie', ['naam', 'versie'])
    .execute();
  await db.schema.createIndex('app_versie_status').on('app_versie').columns(['status', 'id']).execute();
  await db.schema
    .createTable('app_document')
    .addColumn('app_versie_id', 'integer', (col) => col.notNull().references('app_versie.id'))
    .addColumn('hash', 'text', (col) => col.notNull())
    .addColumn('document', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('app_document_pk', ['app_versie_id', 'hash'])
    .execute();
}
