import type { Kysely } from 'kysely';

// Frozen in time: later changes get a new migration, never an edit here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partner')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('naam', 'text', (col) => col.notNull())
    .addColumn('naam_in_bron', 'text')
    .addColumn('soort', 'text', (col) => col.notNull())
    .addColumn('gemeente_cbs', 'text')
    .addColumn('zoeksleutel', 'text', (col) => col.notNull())
    .addColumn('sorteersleutel', 'text', (col) => col.notNull().unique())
    .addColumn('bron_document', 'text', (col) => col.notNull())
    .addColumn('bron_sectie', 'text')
    .addColumn('bron_citaat', 'text')
    .execute();
  await db.schema.createIndex('partner_soort').on('partner').columns(['soort', 'sorteersleutel']).execute();

  await db.schema
    .createTable('partner_rol')
    .addColumn('partner_id', 'text', (col) => col.notNull().references('partner.id'))
    .addColumn('regio_code', 'text', (col) => col.notNull())
    .addColumn('rol', 'text', (col) => col.notNull())
    .addColumn('toelichting', 'text')
    .addColumn('volgorde', 'integer', (col) => col.notNull())
    .addColumn('bron_document', 'text', (col) => col.notNull())
    .addColumn('bron_sectie', 'text')
    .addColumn('bron_citaat', 'text')
    .addPrimaryKeyConstraint('partner_rol_pk', ['partner_id', 'regio_code', 'rol'])
    .execute();
  await db.schema.createIndex('partner_rol_regio').on('partner_rol').columns(['regio_code', 'rol', 'partner_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('partner_rol').execute();
  await db.schema.dropTable('partner').execute();
}
