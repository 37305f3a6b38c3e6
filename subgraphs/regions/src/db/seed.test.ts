import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scratchDatabase } from '../../../../test/harness/database.js';
import { openRegionsDatabase, type RegionsDb } from './database.js';
import { migrateRegionsDatabase } from './migrate.js';
import { findAllRegios } from './regio-queries.js';
import { regionsSeedDirectory, seedRegionsDatabase } from './seed.js';

let db: RegionsDb | undefined;
let dropScratch: (() => Promise<void>) | undefined;
afterEach(async () => {
  await db?.destroy();
  await dropScratch?.();
  db = undefined;
  dropScratch = undefined;
});

async function freshDatabase(): Promise<RegionsDb> {
  const scratch = await scratchDatabase('regions');
  dropScratch = scratch.drop;
  db = openRegionsDatabase(scratch.location, { statements: 0 });
  await migrateRegionsDatabase(db);
  return db;
}

/** A database seeded from a copy of the seed files, and a way to edit the Asten seed afterwards. */
async function seededFromCopy() {
  const directory = mkdtempSync(join(tmpdir(), 'vangnet-seed-'));
  cpSync(regionsSeedDirectory, directory, { recursive: true });
  const database = await freshDatabase();
  await seedRegionsDatabase(database, directory);
  const editAsten = (edit: (seed: any) => void) => {
    const file = join(directory, 'asten.json');
    const seed = JSON.parse(readFileSync(file, 'utf8'));
    edit(seed);
    writeFileSync(file, JSON.stringify(seed));
  };
  return { database, directory, editAsten };
}

describe('regions seed', () => {
  it('loads every region once and does nothing when the seed files have not changed', async () => {
    const database = await freshDatabase();
    expect(await seedRegionsDatabase(database)).toBe('seeded');
    expect(await seedRegionsDatabase(database)).toBe('unchanged');
    expect((await findAllRegios(database)).map((regio) => regio.code)).toHaveLength(5);
  });

  it('replaces the data as a whole when a seed file changes', async () => {
    const { database, directory, editAsten } = await seededFromCopy();
    editAsten((seed) => {
      seed.regio.naam = 'Asten (gewijzigd)';
    });
    expect(await seedRegionsDatabase(database, directory)).toBe('seeded');

    const regios = await findAllRegios(database);
    expect(regios).toHaveLength(5);
    expect(regios.find((regio) => regio.code === 'asten')?.naam).toBe('Asten (gewijzigd)');
  });

  it('leaves the previous data intact when a changed seed cannot be loaded', async () => {
    const { database, directory, editAsten } = await seededFromCopy();
    editAsten((seed) => {
      seed.gemeenten[0].cbsCode = 'GM9999';
    });
    await expect(seedRegionsDatabase(database, directory)).rejects.toThrow(/FOREIGN KEY|foreign key/);

    expect((await findAllRegios(database)).map((regio) => regio.naam)).toContain('Asten');
  });
});
