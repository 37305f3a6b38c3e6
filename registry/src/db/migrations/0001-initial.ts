import type { Kysely } from 'kysely';
import { addSerialKey } from '../../../../lib/database.js';

// Frozen in time: later changes get a new migration, never an edit here.
export async function up(db: Kysely<any>): Promise<void> {
  await addSerialKey(db, db.schema.createTable('subgraph_versie'))
    .addColumn('naam', 'text', (col) => col.notNull())
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('sdl', 'text', (col) => col.notNull())
    .addColumn('uitgever', 'text', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull())
    .execute();
  await addSerialKey(db, db.schema.createTable('supergraph_versie'))
    .addColumn('sdl', 'text', (col) => col.notNull())
    .addColumn('samenstelling', 'text', (col) => col.notNull())
    .addColumn('oorzaak', 'text', (col) => col.notNull())
    .addColumn('door', 'text', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('operatie')
    .addColumn('naam', 'text', (col) => col.primaryKey())
    .addColumn('document', 'text', (col) => col.notNull())
    .addColumn('door', 'text', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull())
    .execute();
  await addSerialKey(db, db.schema.createTable('registerlog'))
    .addColumn('actie', 'text', (col) => col.notNull())
    .addColumn('subgraph', 'text')
    .addColumn('door', 'text', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull())
    .addColumn('ok', 'integer', (col) => col.notNull())
    .addColumn('redenen', 'text', (col) => col.notNull())
    .execute();
}
