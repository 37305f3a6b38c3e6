import type { CreateTableBuilder, Kysely } from 'kysely';
import { createLatestVersionView, createWijzigingTable, withVersieColumns } from '../../../../../lib/history.js';

// Frozen in time: later changes get a new migration, never an edit here.
//
// Products, subsidies, their amounts and figures become versioned records (see lib/history.ts):
// the tables hold every version, views of the old names show the latest. The old tables held only
// seed rows (nothing could edit them), so they are dropped and the seed loads again as the first
// versions. Product categories and the totals a source states stay plain tables: reference data
// that only the seed files change.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('subsidie_bedrag').execute();
  await db.schema.dropTable('subsidie').execute();
  await db.schema.dropTable('product').execute();
  await db.schema.dropTable('kengetal').execute();
  // The seed's own bookkeeping (lib/seed.ts) may not exist yet on a new database.
  await db.schema.createTable('seed_state').ifNotExists().addColumn('id', 'integer', (col) => col.primaryKey()).addColumn('hash', 'text', (col) => col.notNull()).execute();
  await db.deleteFrom('seed_state').execute();

  const withBron = (table: CreateTableBuilder<any, any>) =>
    table
      .addColumn('bron_document', 'text', (col) => col.notNull())
      .addColumn('bron_sectie', 'text')
      .addColumn('bron_citaat', 'text');

  await withVersieColumns(
    withBron(
      db.schema
        .createTable('product_versie')
        .addColumn('code', 'text', (col) => col.notNull())
        .addColumn('naam', 'text', (col) => col.notNull())
        .addColumn('categorie_code', 'text', (col) => col.notNull())
        .addColumn('situationeel', 'integer', (col) => col.notNull())
        .addColumn('regio_code', 'text', (col) => col.notNull())
        .addColumn('code_in_bron', 'text')
        .addColumn('toelichting', 'text')
        .addColumn('zoeksleutel', 'text', (col) => col.notNull())
        .addColumn('vanaf', 'text')
        .addColumn('tot', 'text')
        .addColumn('twijfels', 'text', (col) => col.notNull().defaultTo('[]')),
    ),
  )
    .addPrimaryKeyConstraint('product_versie_pk', ['code', 'versie'])
    .execute();
  await db.schema.createIndex('product_versie_regio').on('product_versie').columns(['regio_code', 'code']).execute();
  await db.schema.createIndex('product_versie_categorie').on('product_versie').columns(['categorie_code', 'code']).execute();

  await withVersieColumns(
    withBron(
      db.schema
        .createTable('subsidie_versie')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('regio_code', 'text', (col) => col.notNull())
        .addColumn('volgorde', 'integer', (col) => col.notNull())
        .addColumn('ontvanger_id', 'text', (col) => col.notNull())
        .addColumn('omschrijving', 'text', (col) => col.notNull())
        .addColumn('doel', 'text', (col) => col.notNull())
        .addColumn('soort', 'text', (col) => col.notNull())
        .addColumn('bedrag_per_jaar_centen', 'bigint')
        .addColumn('looptijd_tot', 'text')
        .addColumn('looptijd_in_bron', 'text')
        .addColumn('toelichting', 'text')
        .addColumn('vanaf', 'text')
        .addColumn('tot', 'text')
        .addColumn('twijfels', 'text', (col) => col.notNull().defaultTo('[]')),
    ),
  )
    .addPrimaryKeyConstraint('subsidie_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('subsidie_versie_regio').on('subsidie_versie').columns(['regio_code', 'volgorde']).execute();
  await db.schema.createIndex('subsidie_versie_ontvanger').on('subsidie_versie').column('ontvanger_id').execute();

  await withVersieColumns(
    withBron(
      db.schema
        .createTable('subsidie_bedrag_versie')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('subsidie_id', 'text', (col) => col.notNull())
        .addColumn('volgorde', 'integer', (col) => col.notNull())
        .addColumn('soort', 'text', (col) => col.notNull())
        .addColumn('jaar', 'integer')
        .addColumn('bedrag_centen', 'bigint', (col) => col.notNull())
        .addColumn('omschrijving', 'text', (col) => col.notNull())
        .addColumn('begunstigde_id', 'text'),
    ),
  )
    .addPrimaryKeyConstraint('subsidie_bedrag_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('subsidie_bedrag_versie_subsidie').on('subsidie_bedrag_versie').columns(['subsidie_id', 'volgorde']).execute();

  await withVersieColumns(
    withBron(
      db.schema
        .createTable('kengetal_versie')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('regio_code', 'text', (col) => col.notNull())
        .addColumn('volgorde', 'integer', (col) => col.notNull())
        .addColumn('onderwerp', 'text', (col) => col.notNull())
        .addColumn('omschrijving', 'text', (col) => col.notNull())
        .addColumn('jaar', 'integer')
        .addColumn('subregio', 'text')
        .addColumn('waarde', 'bigint')
        .addColumn('waarde_min', 'integer')
        .addColumn('waarde_max', 'integer')
        .addColumn('eenheid', 'text', (col) => col.notNull())
        .addColumn('aantal_aanbieders', 'integer')
        .addColumn('eenheid_aanbieders', 'text')
        .addColumn('toelichting', 'text'),
    ),
  )
    .addPrimaryKeyConstraint('kengetal_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('kengetal_versie_regio').on('kengetal_versie').columns(['regio_code', 'volgorde']).execute();

  await createLatestVersionView(db, 'product', 'product_versie', ['code']);
  await createLatestVersionView(db, 'subsidie', 'subsidie_versie', ['id']);
  await createLatestVersionView(db, 'subsidie_bedrag', 'subsidie_bedrag_versie', ['id']);
  await createLatestVersionView(db, 'kengetal', 'kengetal_versie', ['id']);
  await createWijzigingTable(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const view of ['kengetal', 'subsidie_bedrag', 'subsidie', 'product']) await db.schema.dropView(view).execute();
  for (const table of ['kengetal_versie', 'subsidie_bedrag_versie', 'subsidie_versie', 'product_versie', 'wijziging']) await db.schema.dropTable(table).execute();
}
