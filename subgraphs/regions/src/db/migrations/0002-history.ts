import type { CreateTableBuilder, Kysely } from 'kysely';
import { createLatestVersionView, createWijzigingTable, withVersieColumns } from '../../../../../lib/history.js';

// Frozen in time: later changes get a new migration, never an edit here.
//
// Memberships, documents, agreements, governance bodies and their members become versioned
// records (see lib/history.ts): the tables hold every version, views of the old names show the
// latest. The old tables held only seed rows (nothing could edit them), so they are dropped and the
// seed loads again as the first versions. Regions and municipalities stay plain tables: the
// versions refer to them by foreign key, so a seed row naming an unknown municipality still fails.
// The parties of a document and the contradictions in a source stay seed-only tables, without a
// foreign key to the documents, which are now a view.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['orgaan_lid', 'bestuursorgaan', 'bronafwijking', 'afspraak', 'document_partij', 'beleidsdocument', 'lidmaatschap']) {
    await db.schema.dropTable(table).execute();
  }
  // The seed's own bookkeeping (lib/seed.ts) exists after 0001's seed, but not on a new database.
  await db.schema.createTable('seed_state').ifNotExists().addColumn('id', 'integer', (col) => col.primaryKey()).addColumn('hash', 'text', (col) => col.notNull()).execute();
  await db.deleteFrom('seed_state').execute();

  const withBron = (table: CreateTableBuilder<any, any>, prefix = 'bron') =>
    table
      .addColumn(`${prefix}_document`, 'text', (col) => col.notNull())
      .addColumn(`${prefix}_sectie`, 'text')
      .addColumn(`${prefix}_citaat`, 'text');

  await withVersieColumns(
    withBron(
      db.schema
        .createTable('lidmaatschap_versie')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('regio_code', 'text', (col) => col.notNull().references('regio.code'))
        .addColumn('cbs_code', 'text', (col) => col.notNull().references('gemeente.cbs_code'))
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('domein', 'text')
        .addColumn('vanaf', 'text')
        .addColumn('tot', 'text')
        .addColumn('toelichting', 'text'),
    ),
  )
    .addPrimaryKeyConstraint('lidmaatschap_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('lidmaatschap_versie_regio').on('lidmaatschap_versie').column('regio_code').execute();
  await db.schema.createIndex('lidmaatschap_versie_cbs_code').on('lidmaatschap_versie').column('cbs_code').execute();

  await withVersieColumns(
    withBron(
      db.schema
        .createTable('beleidsdocument_versie')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('regio_code', 'text', (col) => col.notNull().references('regio.code'))
        .addColumn('soort', 'text', (col) => col.notNull())
        .addColumn('titel', 'text', (col) => col.notNull())
        .addColumn('status', 'text')
        .addColumn('geldig_van', 'text')
        .addColumn('geldig_tot', 'text'),
    ),
  )
    .addPrimaryKeyConstraint('beleidsdocument_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('beleidsdocument_versie_regio').on('beleidsdocument_versie').column('regio_code').execute();

  await withVersieColumns(
    withBron(
      db.schema
        .createTable('afspraak_versie')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('document_id', 'text', (col) => col.notNull())
        .addColumn('volgorde', 'integer', (col) => col.notNull())
        .addColumn('soort', 'text', (col) => col.notNull())
        .addColumn('omschrijving', 'text', (col) => col.notNull())
        .addColumn('gemeente_cbs', 'text', (col) => col.references('gemeente.cbs_code'))
        .addColumn('percentage', 'text')
        .addColumn('bedrag_centen', 'bigint')
        .addColumn('aantal', 'integer')
        .addColumn('eenheid', 'text')
        .addColumn('datum', 'text'),
    ),
  )
    .addPrimaryKeyConstraint('afspraak_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('afspraak_versie_document').on('afspraak_versie').columns(['document_id', 'volgorde']).execute();

  await withVersieColumns(
    withBron(
      db.schema
        .createTable('bestuursorgaan_versie')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('regio_code', 'text', (col) => col.notNull().references('regio.code'))
        .addColumn('document_id', 'text')
        .addColumn('naam', 'text', (col) => col.notNull())
        .addColumn('soort', 'text', (col) => col.notNull())
        .addColumn('voorzitter', 'text')
        .addColumn('vergaderfrequentie', 'text')
        .addColumn('minimaal_per_jaar', 'integer')
        .addColumn('taken', 'text', (col) => col.notNull())
        .addColumn('vanaf', 'text')
        .addColumn('tot', 'text'),
    ),
  )
    .addPrimaryKeyConstraint('bestuursorgaan_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('bestuursorgaan_versie_regio').on('bestuursorgaan_versie').column('regio_code').execute();

  await withVersieColumns(
    withBron(
      db.schema
        .createTable('orgaan_lid_versie')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('orgaan_id', 'text', (col) => col.notNull())
        .addColumn('partner_id', 'text', (col) => col.notNull())
        .addColumn('volgorde', 'integer', (col) => col.notNull())
        .addColumn('toelichting', 'text')
        .addColumn('vanaf', 'text')
        .addColumn('tot', 'text'),
    ),
  )
    .addPrimaryKeyConstraint('orgaan_lid_versie_pk', ['id', 'versie'])
    .execute();
  await db.schema.createIndex('orgaan_lid_versie_orgaan').on('orgaan_lid_versie').columns(['orgaan_id', 'volgorde']).execute();

  await db.schema
    .createTable('document_partij')
    .addColumn('document_id', 'text', (col) => col.notNull())
    .addColumn('partner_id', 'text', (col) => col.notNull())
    .addColumn('volgorde', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('document_partij_pk', ['document_id', 'partner_id'])
    .execute();

  await withBron(
    withBron(
      db.schema
        .createTable('bronafwijking')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('document_id', 'text', (col) => col.notNull())
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

  await createLatestVersionView(db, 'lidmaatschap', 'lidmaatschap_versie', ['id']);
  await createLatestVersionView(db, 'beleidsdocument', 'beleidsdocument_versie', ['id']);
  await createLatestVersionView(db, 'afspraak', 'afspraak_versie', ['id']);
  await createLatestVersionView(db, 'bestuursorgaan', 'bestuursorgaan_versie', ['id']);
  await createLatestVersionView(db, 'orgaan_lid', 'orgaan_lid_versie', ['id']);
  await createWijzigingTable(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const view of ['orgaan_lid', 'bestuursorgaan', 'afspraak', 'beleidsdocument', 'lidmaatschap']) await db.schema.dropView(view).execute();
  for (const table of ['orgaan_lid_versie', 'bestuursorgaan_versie', 'afspraak_versie', 'beleidsdocument_versie', 'lidmaatschap_versie', 'bronafwijking', 'document_partij', 'wijziging']) {
    await db.schema.dropTable(table).execute();
  }
}
