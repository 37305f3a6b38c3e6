import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openPartnersDatabase } from '../subgraphs/partners/src/db/database.js';
import { migratePartnersDatabase } from '../subgraphs/partners/src/db/migrate.js';
import { seedPartnersDatabase } from '../subgraphs/partners/src/db/seed.js';
import { openRegionsDatabase } from '../subgraphs/regions/src/db/database.js';
import { migrateRegionsDatabase } from '../subgraphs/regions/src/db/migrate.js';
import { seedRegionsDatabase } from '../subgraphs/regions/src/db/seed.js';
import { openVoorzieningenDatabase } from '../subgraphs/voorzieningen/src/db/database.js';
import { migrateVoorzieningenDatabase } from '../subgraphs/voorzieningen/src/db/migrate.js';
import { seedVoorzieningenDatabase } from '../subgraphs/voorzieningen/src/db/seed.js';
import { currentFootprint, feedRelation, Footprint, footprintTokens, relationOf, versionedRecords } from './data-footprint.js';

const opened: Kysely<any>[] = [];
afterAll(async () => {
  await Promise.all(opened.map((db) => db.destroy()));
});

async function partnersDb(): Promise<Kysely<any>> {
  const db = openPartnersDatabase({ kind: 'sqlite', file: ':memory:' }, { statements: 0 });
  opened.push(db);
  await migratePartnersDatabase(db);
  await seedPartnersDatabase(db);
  return db as unknown as Kysely<any>;
}

/** What these queries read and wrote, as the subgraph's response headers would say it. */
async function footprintOf(run: () => Promise<unknown>): Promise<{ reads: string; writes: string }> {
  const footprint = new Footprint();
  await currentFootprint.run(footprint, run);
  return { reads: Footprint.header(footprint.reads, footprint.everything), writes: Footprint.header(footprint.writes, footprint.everything) };
}

describe('the footprint of a query, taken from its SQL', () => {
  it('names a record read by its key, in the WHERE unqualified or qualified, as that record', async () => {
    const db = await partnersDb();
    expect((await footprintOf(() => db.selectFrom('partner').selectAll().where('id', 'in', ['tactus', 'iriszorg']).execute())).reads).toBe('partner#tactus partner#iriszorg');
    expect((await footprintOf(() => db.selectFrom('partner').selectAll().where('partner.id', '=', 'tactus').where('soort', '=', 'GGZ').execute())).reads).toBe('partner#tactus');
    // A version table is its view's relation: a history is of the same record.
    expect((await footprintOf(() => db.selectFrom('partnerVersie').selectAll().where('id', '=', 'a b/c').orderBy('versie').execute())).reads).toBe('partner#a%20b%2Fc');
  });

  it('names a whole relation for a search, a list, a join, a key compared with another column, and a subquery', async () => {
    const db = await partnersDb();
    expect((await footprintOf(() => db.selectFrom('partner').selectAll().where('zoeksleutel', 'like', '%zorg%').execute())).reads).toBe('partner');
    expect((await footprintOf(() => db.selectFrom('partnerRol').selectAll().where('partnerId', 'in', ['tactus']).execute())).reads).toBe('partner_rol');
    expect((await footprintOf(() => db.selectFrom('partnerRol').innerJoin('partner', 'partner.id', 'partnerRol.partnerId').selectAll('partner').where('partner.id', '=', 'tactus').execute())).reads).toBe('partner_rol partner');
    const keyedWithSubquery = await footprintOf(() =>
      db
        .selectFrom('partner')
        .selectAll()
        .where('id', '=', 'tactus')
        .where(({ exists, selectFrom }) => exists(selectFrom('partnerRol').select('partnerRol.id').whereRef('partnerRol.partnerId', '=', 'partner.id')))
        .execute(),
    );
    expect(keyedWithSubquery.reads).toBe('partner#tactus partner_rol');
    // The latest version of every record: a self-join through NOT EXISTS reads the whole relation.
    const latest = await footprintOf(() =>
      db
        .selectFrom('partnerVersie as huidig')
        .selectAll('huidig')
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('partnerVersie as nieuwer').select('nieuwer.id').whereRef('nieuwer.id', '=', 'huidig.id').whereRef('nieuwer.versie', '>', 'huidig.versie'))))
        .execute(),
    );
    expect(latest.reads).toBe('partner');
  });

  it('names the records an insert writes by their keys, and a whole relation for an update or delete without a key', async () => {
    const db = await partnersDb();
    const row = (id: string) => ({ id, naam: id, soort: 'WELZIJN', zoeksleutel: id, sorteersleutel: id, naamsleutel: id, bronDocument: 'test', versie: 1, vastgelegdOp: 'nu', vastgelegdDoor: 'test', reden: 'test', wijzigingNr: 1, actie: 'AANGEMAAKT', vervallen: 0 });
    const written = await footprintOf(() => db.insertInto('partnerVersie').values([row('nieuw-1'), row('nieuw-2')]).execute());
    expect(written).toEqual({ reads: '', writes: 'partner#nieuw-1 partner#nieuw-2' });
    expect((await footprintOf(() => db.updateTable('partnerVersie').set({ naam: 'x' }).where('soort', '=', 'GGZ').execute())).writes).toBe('partner');
    expect((await footprintOf(() => db.updateTable('partnerVersie').set({ naam: 'x' }).where('id', '=', 'nieuw-1').execute())).writes).toBe('partner#nieuw-1');
    expect((await footprintOf(() => db.deleteFrom('partnerVersie').where('id', 'in', ['nieuw-1', 'nieuw-2']).execute())).writes).toBe('partner#nieuw-1 partner#nieuw-2');
    // Not a versioned record: its rows have no key the feed names, so the whole table.
    expect((await footprintOf(() => db.deleteFrom('seedState').where('id', '=', 9).execute())).writes).toBe('seed_state');
  });

  it('gives up (everything) on SQL text that names a table itself, and records nothing outside a request', async () => {
    const db = await partnersDb();
    expect((await footprintOf(() => sql`select count(*) from partner`.execute(db))).reads).toBe('*');
    expect((await footprintOf(() => db.selectFrom('partner').select(sql<number>`(select count(*) from partner_rol)`.as('rollen')).where('id', '=', 'tactus').execute())).reads).toBe('*');
    const footprint = new Footprint();
    await db.selectFrom('partner').selectAll().execute();
    expect(footprint.reads.size).toBe(0);
  });

  it('keeps its header short by naming a relation whole when it would list too many keys', () => {
    const footprint = new Footprint();
    footprint.reads.set('partner', new Set(Array.from({ length: 2_000 }, (_, index) => `organisatie-${index}`)));
    footprint.reads.set('product', new Set(['15G01']));
    const header = Footprint.header(footprint.reads, false);
    expect(header).toBe('partner product#15G01');
    expect(footprintTokens('partner#a%20b product')).toEqual(['partner#a b', 'product']);
    // A subgraph that sends nonsense read everything, rather than failing the request.
    expect(footprintTokens('partner#%E0%A4%A')).toEqual(['*']);
  });
});

/**
 * The gateway turns a feed line `SOORT sleutel` into a write of `relation#sleutel`: that holds only if
 * every version row was written under a feed line of its own kind and key. Checked on the seeded
 * databases of the three subgraphs whose answers are cached.
 */
describe('the feed lines name the records their versions are rows of', () => {
  const subgraphs = [
    { name: 'partners', open: async () => { const db = openPartnersDatabase({ kind: 'sqlite', file: ':memory:' }, { statements: 0 }); await migratePartnersDatabase(db); await seedPartnersDatabase(db); return db as unknown as Kysely<any>; } },
    { name: 'regions', open: async () => { const db = openRegionsDatabase({ kind: 'sqlite', file: ':memory:' }, { statements: 0 }); await migrateRegionsDatabase(db); await seedRegionsDatabase(db); return db as unknown as Kysely<any>; } },
    { name: 'voorzieningen', open: async () => { const db = openVoorzieningenDatabase({ kind: 'sqlite', file: ':memory:' }, { statements: 0 }); await migrateVoorzieningenDatabase(db); await seedVoorzieningenDatabase(db); return db as unknown as Kysely<any>; } },
  ];

  for (const subgraph of subgraphs) {
    it(`${subgraph.name}: every view is the latest of its version table by the declared key, and every version row's feed line names it`, async () => {
      const db = await subgraph.open();
      opened.push(db);
      const views = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'view'`.execute(db);
      expect(views.rows.length).toBeGreaterThan(0);
      const byRelation = new Map(Object.entries(versionedRecords).map(([soort, record]) => [record.relation, { soort, ...record }]));
      for (const view of views.rows) {
        const record = byRelation.get(view.name);
        expect(record, `view ${view.name} is a versioned record in lib/data-footprint.ts`).toBeDefined();
        expect(view.sql).toContain(`FROM ${view.name}_versie huidig`);
        expect(view.sql).toContain(`nieuwer.${record!.key} = huidig.${record!.key}`);
        expect(relationOf(`${view.name}_versie`)).toBe(view.name);
        const mismatches = await sql<{ n: number }>`
          select count(*) as n from ${sql.table(`${view.name}_versie`)} v
          left join wijziging w on w.nr = v.wijziging_nr
          where w.nr is null or w.soort <> ${record!.soort} or w.sleutel <> ${sql.ref(`v.${record!.key}`)}`.execute(db);
        expect(Number(mismatches.rows[0]!.n), `${view.name}: version rows whose feed line names another record`).toBe(0);
        const rows = await sql<{ n: number }>`select count(*) as n from ${sql.table(`${view.name}_versie`)}`.execute(db);
        expect(Number(rows.rows[0]!.n)).toBeGreaterThan(0);
      }
      const soorten = await sql<{ soort: string }>`select distinct soort from wijziging`.execute(db);
      for (const { soort } of soorten.rows) expect(versionedRecords[soort], `feed line kind ${soort}`).toBeDefined();
      expect(feedRelation).toBe('wijziging');
    });
  }
});
