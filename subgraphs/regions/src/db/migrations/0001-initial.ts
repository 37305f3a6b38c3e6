import type { Kysely } from 'kysely';

// Frozen in time: later changes get a new migration, never an edit here.
export async function up(db: Kysely<any>): Promise<void> {
  const withBron = <T extends { addColumn: (...args: any[]) => T }>(table: T, prefix = 'bron'): T =>
    table
      .addColumn(`${prefix}_document`, 'text', (col: any) => col.notNull())
      .addColumn(`${prefix}_sectie`, 'text')
      .addColumn(`${prefix}_citaat`, 'text');

  await db.schema
    .createTable('gemeente')
    .addColumn('cbs_code', 'text', (col) => col.primaryKey())
    .addColumn('naam', 'text', (col) => col.notNull())
    .addColumn('provincie', 'text', (col) => col.notNull())
    .execute();

  await withBron(
    db.schema
      .createTable('regio')
      .addColumn('code', 'text', (col) => col.primaryKey())
      .addColumn('naam', 'text', (col) => col.notNull())
      .addColumn('centrumgemeente_cbs', 'text', (col) => col.references('gemeente.cbs_code'))
      .addColumn('budgethouder_cbs', 'text', (col) => col.references('gemeente.cbs_code'))
      .addColumn('aantal_gemeenten_volgens_bron', 'integer'),
  ).execute();

  await withBron(
    db.schema
      .createTable('lidmaatschap')
      .addColumn('regio_code', 'text', (col) => col.notNull().references('regio.code'))
      .addColumn('cbs_code', 'text', (col) => col.notNull().references('gemeente.cbs_code'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('domein', 'text')
      .addColumn('vanaf', 'text')
      .addColumn('toelichting', 'text')
      .addPrimaryKeyConstraint('lidmaatschap_pk', ['regio_code', 'cbs_code']),
  ).execute();
  await db.schema.createIndex('lidmaatschap_cbs_code').on('lidmaatschap').column('cbs_code').execute();

  await withBron(
    db.schema
      .createTable('beleidsdocument')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('regio_code', 'text', (col) => col.notNull().references('regio.code'))
      .addColumn('soort', 'text', (col) => col.notNull())
      .addColumn('titel', 'text', (col) => col.notNull())
      .addColumn('status', 'text')
      .addColumn('geldig_van', 'text')
      .addColumn('geldig_tot', 'text'),
  ).execute();
  await db.schema.createIndex('beleidsdocument_regio_code').on('beleidsdocument').column('regio_code').execute();

  await db.schema
    .createTable('document_partij')
    .addColumn('document_id', 'text', (col) => col.notNull().references('beleidsdocument.id'))
    .addColumn('partner_id', 'text', (col) => col.notNull())
    .addColumn('volgorde', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('document_partij_pk', ['document_id', 'partner_id'])
    .execute();

  await withBron(
    db.schema
      .createTable('afspraak')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('document_id', 'text', (col) => col.notNull().references('beleidsdocument.id'))
      .addColumn('volgorde', 'integer', (col) => col.notNull())
      .addColumn('soort', 'text', (col) => col.notNull())
      .addColumn('omschrijving', 'text', (col) => col.notNull())
      .addColumn('gemeente_cbs', 'text', (col) => col.references('gemeente.cbs_code'))
      .addColumn('percentage', 'text')
      .addColumn('bedrag_centen', 'bigint')
      .addColumn('aantal', 'integer')
      .addColumn('eenheid', 'text')
      .addColumn('datum', 'text'),
  ).execute();
  await db.schema.createIndex('afspraak_document_id').on('afspraak').columns(['document_id', 'volgorde']).execute();

  await withBron(
    withBron(
      db.schema
        .createTable('bronafwijking')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('document_id', 'text', (col) => col.notNull().references('beleidsdocument.id'))
        .addColumn('volgorde', 'integer', (col) => col.notNull())
        .addColumn('onderwerp', 'text', (col) => col.notNull())
        .addColumn('waarde_a', 'text', (col) => col.notNull())
        .addColumn('waarde_b', 'text', (col) => col.notNull())
        .addColumn('gehanteerd', 'text')
        .addColumn('toelichting', 'text', (col) => col.notNull()),
      'a_bron',
    ),
    'b_bron',
  ).execute();
  await db.schema.createIndex('bronafwijking_document_id').on('bronafwijking').column('document_id').execute();

  await withBron(
    db.schema
      .createTable('bestuursorgaan')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('regio_code', 'text', (col) => col.notNull().references('regio.code'))
      .addColumn('document_id', 'text', (col) => col.references('beleidsdocument.id'))
      .addColumn('naam', 'text', (col) => col.notNull())
      .addColumn('soort', 'text', (col) => col.notNull())
      .addColumn('voorzitter', 'text')
      .addColumn('vergaderfrequentie', 'text')
      .addColumn('minimaal_per_jaar', 'integer')
      .addColumn('taken', 'text', (col) => col.notNull()),
  ).execute();
  await db.schema.createIndex('bestuursorgaan_regio_code').on('bestuursorgaan').column('regio_code').execute();

  await db.schema
    .createTable('orgaan_lid')
    .addColumn('orgaan_id', 'text', (col) => col.notNull().references('bestuursorgaan.id'))
    .addColumn('partner_id', 'text', (col) => col.notNull())
    .addColumn('volgorde', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('orgaan_lid_pk', ['orgaan_id', 'partner_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['orgaan_lid', 'bestuursorgaan', 'bronafwijking', 'afspraak', 'document_partij', 'beleidsdocument', 'lidmaatschap', 'regio', 'gemeente']) {
    await db.schema.dropTable(table).execute();
  }
}
