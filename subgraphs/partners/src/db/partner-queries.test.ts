import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKey } from '../../../../lib/text.js';
import { scratchDatabase } from '../../../../test/harness/database.js';
import { openPartnersDatabase, type PartnersDb } from './database.js';
import { migratePartnersDatabase } from './migrate.js';
import { countPartners, findPartnerPage, findPartnersByRegios, type PartnerFilter } from './partner-queries.js';
import { seedPartnersDatabase } from './seed.js';

let db: PartnersDb;
let dropScratch: () => Promise<void>;
const noFilter: PartnerFilter = { zoeksleutel: null, regioCode: null, rol: null, soort: null, peildatum: '2026-01-01' };

beforeAll(async () => {
  const scratch = await scratchDatabase('partners');
  dropScratch = scratch.drop;
  db = openPartnersDatabase(scratch.location, { statements: 0 });
  await migratePartnersDatabase(db);
  await seedPartnersDatabase(db);
});
afterAll(async () => {
  await db.destroy();
  await dropScratch();
});

describe('partner queries', () => {
  it('match a folded search key anywhere in the name', async () => {
    const page = await findPartnerPage(db, { ...noFilter, zoeksleutel: searchKey('Heerenloo') }, { limit: 10, after: null });
    expect(page.rows.map((row) => row.naam)).toContain("'s Heerenloo");
  });

  it('count what they would page through', async () => {
    const filter = { ...noFilter, regioCode: 'asten', rol: 'SLEUTELPARTNER' };
    const total = await countPartners(db, filter);
    const page = await findPartnerPage(db, filter, { limit: 100, after: null });
    expect(page.rows).toHaveLength(total);
    expect(page.hasNextPage).toBe(false);
  });

  it('page strictly after the cursor key, in sort order', async () => {
    const first = await findPartnerPage(db, noFilter, { limit: 5, after: null });
    expect(first.hasNextPage).toBe(true);
    const second = await findPartnerPage(db, noFilter, { limit: 5, after: first.rows.at(-1)!.sorteersleutel });
    const keys = [...first.rows, ...second.rows].map((row) => row.sorteersleutel);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(10);
  });

  it('list each partner once per region even when it has several roles there', async () => {
    const rows = await findPartnersByRegios(db, ['noord-veluwe'], { rol: null, soort: null, peildatum: '2026-01-01' });
    const ids = rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
