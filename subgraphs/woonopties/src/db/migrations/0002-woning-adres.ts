import type { Kysely } from 'kysely';

// Frozen in time: later changes get a new migration, never an edit here.
// A home's address, for arranging a viewing; null for homes registered without one (all before this).
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
  for (const column of ['adres_straat', 'adres_huisnummer', 'adres_postcode', 'adres_plaats']) {
    await db.schema.alterTable('woning').addColumn(column, 'text').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['adres_plaats', 'adres_postcode', 'adres_huisnummer', 'adres_straat']) {
    await db.schema.alterTable('woning').dropColumn(column).execute();
  }
}
