import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase } from '../../../../test/harness/database.js';
import { openVoorzieningenDatabase, type VoorzieningenDb } from './database.js';
import { migrateVoorzieningenDatabase } from './migrate.js';
import { seedVoorzieningenDatabase, voorzieningenSeedDirectory, type VoorzieningenSeed } from './seed.js';
import { sumSubsidiesByRegios } from './subsidie-queries.js';
import { findVersies } from './versie-queries.js';

let db: VoorzieningenDb;
let dropScratch: () => Promise<void>;
let seedDirectory: string;

beforeAll(async () => {
  const scratch = await scratchDatabase('voorzieningen');
  dropScratch = scratch.drop;
  db = openVoorzieningenDatabase(scratch.location, { statements: 0 });
  await migrateVoorzieningenDatabase(db);
  seedDirectory = mkdtempSync(join(tmpdir(), 'voorzieningen-seed-'));
  cpSync(voorzieningenSeedDirectory, seedDirectory, { recursive: true });
  await seedVoorzieningenDatabase(db, seedDirectory);
});
afterAll(async () => {
  await db.destroy();
  await dropScratch();
  rmSync(seedDirectory, { recursive: true, force: true });
});

function rewriteSeed(file: string, change: (seed: VoorzieningenSeed) => void): void {
  const path = join(seedDirectory, file);
  const seed = JSON.parse(readFileSync(path, 'utf8')) as VoorzieningenSeed;
  change(seed);
  writeFileSync(path, JSON.stringify(seed));
}

describe('the voorzieningen seed', () => {
  it('records every product, subsidy, amount and figure as a first version by the seed files, each with a line in the feed', async () => {
    const producten = await db.selectFrom('product').select(['code', 'versie', 'vastgelegdDoor', 'actie']).execute();
    expect(producten).toHaveLength(39);
    expect(new Set(producten.map((product) => `${product.versie} ${product.vastgelegdDoor} ${product.actie}`))).toEqual(new Set(['1 bronbestanden AANGEMAAKT']));
    const lines = await db.selectFrom('wijziging').select(['soort', (eb) => eb.fn.countAll<number>().as('aantal')]).groupBy('soort').orderBy('soort').execute();
    expect(lines.map((line) => [line.soort, Number(line.aantal)])).toEqual([
      ['KENGETAL', 38],
      ['PRODUCT', 39],
      ['SUBSIDIE', 16],
      ['SUBSIDIEBEDRAG', 3],
    ]);
  });

  it('changes nothing when the same seed files are applied again', async () => {
    expect(await seedVoorzieningenDatabase(db, seedDirectory)).toBe('unchanged');
    await sql`delete from seed_state`.execute(db);
    const before = await db.selectFrom('wijziging').select((eb) => eb.fn.countAll<number>().as('aantal')).executeTakeFirstOrThrow();
    expect(await seedVoorzieningenDatabase(db, seedDirectory)).toBe('seeded');
    const after = await db.selectFrom('wijziging').select((eb) => eb.fn.countAll<number>().as('aantal')).executeTakeFirstOrThrow();
    expect(Number(after.aantal)).toBe(Number(before.aantal));
  });

  it('keeps a steward\'s version when the seed changes, versions what only the seed wrote, and withdraws what the seed dropped', async () => {
    const [kept] = await db.selectFrom('product').selectAll().where('code', '=', '15C01').execute();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('productVersie').values({ ...kept!, naam: 'Begeleiding Crisis (regio)', versie: 2, vastgelegdDoor: 'beheerder-ov', actie: 'GEWIJZIGD' }).execute();
    });
    rewriteSeed('oost-veluwe.json', (seed) => {
      seed.producten = seed.producten.filter((product) => product.code !== '15504').map((product) => (product.code === '15C01' || product.code === '15G01' ? { ...product, naam: `${product.naam} (nieuwe bron)` } : product));
    });
    expect(await seedVoorzieningenDatabase(db, seedDirectory)).toBe('seeded');
    const byCode = async (code: string) => (await db.selectFrom('product').selectAll().where('code', '=', code).executeTakeFirst()) ?? null;
    expect(await byCode('15C01')).toMatchObject({ naam: 'Begeleiding Crisis (regio)', versie: 2, vastgelegdDoor: 'beheerder-ov' });
    expect(await byCode('15G01')).toMatchObject({ naam: 'Begeleiding Groep Licht (nieuwe bron)', versie: 2, vastgelegdDoor: 'bronbestanden', actie: 'GEWIJZIGD' });
    expect(await byCode('15504')).toBeNull();
    expect((await findVersies(db, 'productVersie', ['15504'])).map((versie) => [versie.versie, versie.actie, versie.vervallen])).toEqual([
      [1, 'AANGEMAAKT', 0],
      [2, 'INGETROKKEN', 1],
    ]);
  });

  it('sums the subsidies of a region in exact cents, as of a day', async () => {
    const [som] = await sumSubsidiesByRegios(db, ['oost-veluwe'], '2026-01-01');
    expect(som).toMatchObject({ jaarlijksCenten: 344395900n, incidenteelCenten: 8164000n, aantalSubsidies: 16, aantalZonderBedrag: 1 });
  });
});
