import type { Kysely } from 'kysely';

// Frozen in time: later changes get a new migration, never an edit here.
export async function up(db: Kysely<any>): Promise<void> {
  const withBron = <T extends { addColumn: (...args: any[]) => T }>(table: T): T =>
    table
      .addColumn('bron_document', 'text', (col: any) => col.notNull())
      .addColumn('bron_sectie', 'text')
      .addColumn('bron_citaat', 'text');

  await db.schema
    .createTable('productcategorie')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('naam', 'text', (col) => col.notNull())
    .execute();

  await withBron(
    db.schema
      .createTable('product')
      .addColumn('code', 'text', (col) => col.primaryKey())
      .addColumn('naam', 'text', (col) => col.notNull())
      .addColumn('categorie_code', 'text', (col) => col.notNull().references('productcategorie.code'))
      .addColumn('situationeel', 'integer', (col) => col.notNull())
      .addColumn('regio_code', 'text', (col) => col.notNull())
      .addColumn('code_in_bron', 'text')
      .addColumn('toelichting', 'text')
      .addColumn('zoeksleutel', 'text', (col) => col.notNull()),
  ).execute();
  await db.schema.createIndex('product_regio_code').on('product').columns(['regio_code', 'code']).execute();
  await db.schema.createIndex('product_categorie_code').on('product').columns(['categorie_code', 'code']).execute();

  await withBron(
    db.schema
      .createTable('subsidie')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('regio_code', 'text', (col) => col.notNull())
      .addColumn('volgorde', 'integer', (col) => col.notNull())
      .addColumn('ontvanger_id', 'text', (col) => col.notNull())
      .addColumn('omschrijving', 'text', (col) => col.notNull())
      .addColumn('doel', 'text', (col) => col.notNull())
      .addColumn('soort', 'text', (col) => col.notNull())
      .addColumn('bedrag_per_jaar_centen', 'bigint')
      .addColumn('looptijd_tot', 'text')
      .addColumn('looptijd_in_bron', 'text')
      .addColumn('toelichting', 'text'),
  ).execute();
  await db.schema.createIndex('subsidie_regio_code').on('subsidie').columns(['regio_code', 'volgorde']).execute();
  await db.schema.createIndex('subsidie_ontvanger_id').on('subsidie').column('ontvanger_id').execute();

  await withBron(
    db.schema
      .createTable('subsidie_bedrag')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('subsidie_id', 'text', (col) => col.notNull().references('subsidie.id'))
      .addColumn('volgorde', 'integer', (col) => col.notNull())
      .addColumn('soort', 'text', (col) => col.notNull())
      .addColumn('jaar', 'integer')
      .addColumn('bedrag_centen', 'bigint', (col) => col.notNull())
      .addColumn('omschrijving', 'text', (col) => col.notNull())
      .addColumn('begunstigde_id', 'text'),
  ).execute();
  await db.schema.createIndex('subsidie_bedrag_subsidie_id').on('subsidie_bedrag').columns(['subsidie_id', 'volgorde']).execute();

  await withBron(
    db.schema
      .createTable('subsidietotaal')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('regio_code', 'text', (col) => col.notNull())
      .addColumn('omschrijving', 'text', (col) => col.notNull())
      .addColumn('omvat', 'text')
      .addColumn('bedrag_centen', 'bigint', (col) => col.notNull()),
  ).execute();
  await db.schema.createIndex('subsidietotaal_regio_code').on('subsidietotaal').column('regio_code').execute();

  await withBron(
    db.schema
      .createTable('kengetal')
      .addColumn('id', 'text', (col) => col.primaryKey())
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
  ).execute();
  await db.schema.createIndex('kengetal_regio_code').on('kengetal').columns(['regio_code', 'volgorde']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['kengetal', 'subsidietotaal', 'subsidie_bedrag', 'subsidie', 'product', 'productcategorie']) {
    await db.schema.dropTable(table).execute();
  }
}
