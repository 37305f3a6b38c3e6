import type { Kysely } from 'kysely';
import { createLatestVersionView, createWijzigingTable, withVersieColumns } from '../../../../../lib/history.js';

// Frozen in time: later changes get a new migration, never an edit here.
//
// Organisations and roles become versioned records (see lib/history.ts): the tables hold every
// version, views of the old names show the latest. The old tables held only seed rows (nothing
// could edit them), so they are dropped and the seed loads again as the first versions.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partner_rol').execute();
  await db.schema.dropTable('partner').execute();
  // The seed's own bookkeeping (lib/seed.ts) may not exist yet on a new database.
  await db.schema.createTable('seed_state').ifNotExists().addColumn('id', 'integer', (col) => col.primaryKey()).addColumn('hash', 'text', (col) => col.notNull()).execute();
  await db.deleteFrom('seed_state').execute();

  await withVersieColumns(
    db.schema
      .createTable('partner_versie')
      .addColumn('id', 'text', (col) => col.notNull())
      .addColumn('naam', 'text', (col) => col.notNull())
      .addColumn('naam_in_bron', 'text')
      .addColumn('soort', 'text', (col) => col.notNull())
      .addColumn('gemeente_cbs', 'text')
      .addColumn('website', 'text')
      .addColumn('email', 'text')
      .addColumn('telefoon', 'text')
      .addColumn('kvk_nummer', 'text')
      .addColumn('agb_code', 'text')
      .addColumn('samengevoegd_in', 'text')
      .addColumn('samengevoegd_op', 'text')
      .addColumn('zoeksleutel', 'text', (col) => col.notNull())
      .addColumn('sorteersleutel', 'text', (col) => col.notNull())
      .addColumn('naamsleutel', 'text', (col) => col.notNull())
      .addColumn('bron_document', 'text', (col) => col.notNull())
      .addColumn('bron_sectie', 'text')
      .addColumn('bron_citaat', 'text')
      .addColumn('twijfels', 'text', (col) => col.notNull().defaultTo('[]')),
  )
    .addPrimaryKeyConstraint('partner_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('partner_versie_sortering').on('partner_versie').columns(['sorteersleutel']).execute();
  await db.schema.createIndex('partner_versie_kvk').on('partner_versie').columns(['kvk_nummer']).execute();
  await db.schema.createIndex('partner_versie_naamsleutel').on('partner_versie').columns(['naamsleutel']).execute();

  await withVersieColumns(
    db.schema
      .createTable('partner_rol_versie')
      .addColumn('id', 'text', (col) => col.notNull())
      .addColumn('partner_id', 'text', (col) => col.notNull())
      .addColumn('regio_code', 'text', (col) => col.notNull())
      .addColumn('rol', 'text', (col) => col.notNull())
      .addColumn('toelichting', 'text')
      .addColumn('vanaf', 'text')
      .addColumn('tot', 'text')
      .addColumn('volgorde', 'integer', (col) => col.notNull())
      .addColumn('bron_document', 'text', (col) => col.notNull())
      .addColumn('bron_sectie', 'text')
      .addColumn('bron_citaat', 'text')
      .addColumn('twijfels', 'text', (col) => col.notNull().defaultTo('[]')),
  )
    .addPrimaryKeyConstraint('partner_rol_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('partner_rol_versie_regio').on('partner_rol_versie').columns(['regio_code', 'rol', 'partner_id']).execute();
  await db.schema.createIndex('partner_rol_versie_partner').on('partner_rol_versie').columns(['partner_id']).execute();

  await createLatestVersionView(db, 'partner', 'partner_versie', ['id']);
  await createLatestVersionView(db, 'partner_rol', 'partner_rol_versie', ['id']);
  await createWijzigingTable(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropView('partner_rol').execute();
  await db.schema.dropView('partner').execute();
  await db.schema.dropTable('partner_rol_versie').execute();
  await db.schema.dropTable('partner_versie').execute();
  await db.schema.dropTable('wijziging').execute();
}
