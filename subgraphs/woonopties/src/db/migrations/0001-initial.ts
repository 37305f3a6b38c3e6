import { sql, type Kysely } from 'kysely';

// Frozen in time: later changes get a new migration, never an edit here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('matchingspunt')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('naam', 'text', (col) => col.notNull())
    .addColumn('regio_code', 'text', (col) => col.notNull())
    .addColumn('subregio', 'text')
    .addColumn('startjaar', 'integer')
    .addColumn('bron_document', 'text', (col) => col.notNull())
    .addColumn('bron_sectie', 'text')
    .addColumn('bron_citaat', 'text')
    .execute();

  await db.schema
    .createTable('matchingspunt_gemeente')
    .addColumn('matchingspunt_id', 'text', (col) => col.notNull().references('matchingspunt.id'))
    .addColumn('cbs_code', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('matchingspunt_gemeente_pk', ['matchingspunt_id', 'cbs_code'])
    .execute();

  await db.schema
    .createTable('woning')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('matchingspunt_id', 'text', (col) => col.notNull().references('matchingspunt.id'))
    .addColumn('regio_code', 'text', (col) => col.notNull())
    .addColumn('aanbieder_id', 'text', (col) => col.notNull())
    .addColumn('gemeente_cbs', 'text', (col) => col.notNull())
    .addColumn('wijk', 'text', (col) => col.notNull())
    .addColumn('contingent', 'text')
    .addColumn('soort', 'text', (col) => col.notNull())
    .addColumn('kamers', 'integer', (col) => col.notNull().check(sql`kamers >= 0`))
    .addColumn('max_bewoners', 'integer', (col) => col.notNull().check(sql`max_bewoners >= 1`))
    .addColumn('huur_centen', 'integer', (col) => col.notNull().check(sql`huur_centen >= 0`))
    .addColumn('beschikbaar_vanaf', 'text', (col) => col.notNull())
    .addColumn('toegankelijk', 'integer', (col) => col.notNull())
    .addColumn('prikkelarm', 'integer', (col) => col.notNull())
    .addColumn('ondersteuning', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('gepubliceerd', 'integer', (col) => col.notNull())
    .addColumn('aangemaakt_op', 'text', (col) => col.notNull())
    .addColumn('aangemaakt_door', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('woning_matchingspunt').on('woning').columns(['matchingspunt_id', 'status']).execute();
  await db.schema.createIndex('woning_aanbieder').on('woning').column('aanbieder_id').execute();

  await db.schema
    .createTable('woonvraag')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('matchingspunt_id', 'text', (col) => col.notNull().references('matchingspunt.id'))
    .addColumn('regio_code', 'text', (col) => col.notNull())
    .addColumn('referentie', 'text', (col) => col.notNull())
    .addColumn('aangemeld_door', 'text', (col) => col.notNull())
    .addColumn('herkomst', 'text', (col) => col.notNull())
    .addColumn('huishoudgrootte', 'integer', (col) => col.notNull().check(sql`huishoudgrootte >= 1`))
    .addColumn('max_huur_centen', 'integer', (col) => col.notNull().check(sql`max_huur_centen >= 0`))
    .addColumn('gewenste_gemeenten', 'text', (col) => col.notNull())
    .addColumn('uitgesloten_gemeenten', 'text', (col) => col.notNull())
    .addColumn('toegankelijk_nodig', 'integer', (col) => col.notNull())
    .addColumn('prikkelarm_nodig', 'integer', (col) => col.notNull())
    .addColumn('ondersteuning_nodig', 'text', (col) => col.notNull())
    .addColumn('urgentie', 'integer', (col) => col.notNull().check(sql`urgentie between 1 and 3`))
    .addColumn('aangemeld_op', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addUniqueConstraint('woonvraag_referentie_uniek', ['aangemeld_door', 'referentie'])
    .execute();
  await db.schema.createIndex('woonvraag_matchingspunt').on('woonvraag').columns(['matchingspunt_id', 'status']).execute();
  await db.schema.createIndex('woonvraag_aangemeld_door').on('woonvraag').column('aangemeld_door').execute();

  await db.schema
    .createTable('verwijzing')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('woonvraag_id', 'text', (col) => col.notNull().references('woonvraag.id'))
    .addColumn('woning_id', 'text', (col) => col.notNull().references('woning.id'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('score', 'integer')
    .addColumn('versie', 'integer', (col) => col.notNull())
    .addColumn('aangemaakt_op', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('verwijzing_woonvraag').on('verwijzing').column('woonvraag_id').execute();
  await db.schema.createIndex('verwijzing_woning').on('verwijzing').column('woning_id').execute();
  // The database itself guarantees the workflow's exclusivity, so two concurrent requests can
  // never both win: one active offer per home, one accepted offer per person, one open referral per pair.
  await sql`CREATE UNIQUE INDEX verwijzing_een_actief_aanbod_per_woning ON verwijzing (woning_id)
            WHERE status IN ('AANGEBODEN', 'GEACCEPTEERD', 'GEHUISVEST')`.execute(db);
  await sql`CREATE UNIQUE INDEX verwijzing_een_acceptatie_per_woonvraag ON verwijzing (woonvraag_id)
            WHERE status IN ('GEACCEPTEERD', 'GEHUISVEST')`.execute(db);
  await sql`CREATE UNIQUE INDEX verwijzing_een_open_per_paar ON verwijzing (woonvraag_id, woning_id)
            WHERE status IN ('VOORGESTELD', 'AANGEBODEN', 'GEACCEPTEERD')`.execute(db);

  await db.schema
    .createTable('verwijzing_stap')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('verwijzing_id', 'text', (col) => col.notNull().references('verwijzing.id'))
    .addColumn('van', 'text')
    .addColumn('naar', 'text', (col) => col.notNull())
    .addColumn('door', 'text', (col) => col.notNull())
    .addColumn('namens', 'text')
    .addColumn('rol', 'text', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull())
    .addColumn('reden', 'text')
    .execute();
  await db.schema.createIndex('verwijzing_stap_verwijzing').on('verwijzing_stap').columns(['verwijzing_id', 'op']).execute();

  await db.schema
    .createTable('toegangslog')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('gebeurtenis', 'text', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull())
    .addColumn('woonvraag_id', 'text', (col) => col.notNull())
    .addColumn('gebruiker', 'text', (col) => col.notNull())
    .addColumn('namens', 'text')
    .addColumn('rol', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('toegangslog_woonvraag').on('toegangslog').columns(['woonvraag_id', 'op']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['toegangslog', 'verwijzing_stap', 'verwijzing', 'woonvraag', 'woning', 'matchingspunt_gemeente', 'matchingspunt']) {
    await db.schema.dropTable(table).execute();
  }
}
