import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { scratchDatabase } from '../../../../test/harness/database.js';
import { openRegionsDatabase, type RegionsDb } from './database.js';
import { migrateToLatest } from '../../../../lib/database.js';
import { migrateRegionsDatabase, regionsMigrations } from './migrate.js';
import { toTwijfels } from '../../../../lib/twijfels.js';
import { wijzigBestuursorgaan, wijzigLidmaatschap } from '../changes.js';
import { findAfsprakenByDocumenten, findBeleidsdocumentenByIds } from './beleidsdocument-queries.js';
import { findBestuursorganenByIds } from './bestuursorgaan-queries.js';
import { findAllRegios, findLidmaatschappenByIds } from './regio-queries.js';
import { readRegionSeeds, regionSeedTwijfelFouten, regionsSeedDirectory, seedLidmaatschapId, seedRegionsDatabase } from './seed.js';
import { findLatestVersies, findVersies } from './versie-queries.js';

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

const steward = { gebruiker: { id: 'beheerder', rollen: ['HUBBEHEERDER' as const], regio: null, organisatie: 'vangnet' }, tokenFout: null };
const opgave = { reden: 'Opgave', bron: { opgaveVan: 'Gemeente', opgaveOp: '2026-01-05' } };

describe('regions seed', () => {
  it('loads every region once and does nothing when the seed files have not changed', async () => {
    const database = await freshDatabase();
    expect(await seedRegionsDatabase(database)).toBe('seeded');
    expect(await seedRegionsDatabase(database)).toBe('unchanged');
    expect((await findAllRegios(database)).map((regio) => regio.code)).toHaveLength(5);
  });

  it('brings a region up to date when a seed file changes', async () => {
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

  it('applies a changed seed as new versions, but leaves a record a steward changed since as the steward left it', async () => {
    const { database, directory, editAsten } = await seededFromCopy();
    const lidId = seedLidmaatschapId('asten', 'GM0743');
    const steward = { gebruiker: { id: 'beheerder', rollen: ['HUBBEHEERDER' as const], regio: null, organisatie: 'vangnet' }, tokenFout: null };
    const edited = await wijzigLidmaatschap(database, steward, { id: lidId, versie: 1, lidmaatschap: { toelichting: 'Volgens de gemeente zelf' }, verantwoording: { reden: 'Opgave', bron: { opgaveVan: 'Gemeente Asten', opgaveOp: '2026-01-05' } } });
    expect(edited.ok).toBe(true);
    let documentId = '';
    let removedAfspraak = '';
    editAsten((seed) => {
      seed.gemeenten[0].toelichting = 'Uit een nieuwe versie van het convenant';
      seed.documenten[0].titel = 'Convenant Lokaal Sociaal Netwerk (herzien)';
      documentId = seed.documenten[0].id;
      removedAfspraak = `${documentId}-afspraak-${seed.documenten[0].afspraken.length}`;
      seed.documenten[0].afspraken.pop();
    });
    expect(await seedRegionsDatabase(database, directory)).toBe('seeded');

    const [lid] = await findLidmaatschappenByIds(database, [lidId]);
    expect(lid).toMatchObject({ versie: 2, toelichting: 'Volgens de gemeente zelf', vastgelegdDoor: 'beheerder' });
    const [document] = await findBeleidsdocumentenByIds(database, [documentId]);
    expect(document).toMatchObject({ versie: 2, titel: 'Convenant Lokaal Sociaal Netwerk (herzien)', vastgelegdDoor: 'bronbestanden', actie: 'GEWIJZIGD' });
    expect((await findAfsprakenByDocumenten(database, [documentId])).map((afspraak) => afspraak.id)).not.toContain(removedAfspraak);
    expect((await findVersies(database, 'afspraakVersie', [removedAfspraak])).map((versie) => versie.actie)).toEqual(['AANGEMAAKT', 'INGETROKKEN']);
    const feed = await database.selectFrom('wijziging').select(['soort', 'sleutel', 'actie', 'regioCodes']).where('actie', '!=', 'AANGEMAAKT').orderBy('nr').execute();
    expect(feed).toEqual([
      { soort: 'LIDMAATSCHAP', sleutel: lidId, actie: 'GEWIJZIGD', regioCodes: '|asten|' },
      { soort: 'BELEIDSDOCUMENT', sleutel: documentId, actie: 'GEWIJZIGD', regioCodes: '|asten|' },
      { soort: 'AFSPRAAK', sleutel: removedAfspraak, actie: 'INGETROKKEN', regioCodes: '|asten|' },
    ]);
  });

  it('adds no versions when the seed files are applied again unchanged in content', async () => {
    const database = await freshDatabase();
    await seedRegionsDatabase(database);
    const versies = (await findLatestVersies(database, 'lidmaatschapVersie')).length;
    await database.deleteFrom('seedState' as never).execute();
    expect(await seedRegionsDatabase(database)).toBe('seeded');
    expect((await findLatestVersies(database, 'lidmaatschapVersie')).every((row) => row.versie === 1)).toBe(true);
    expect((await findLatestVersies(database, 'lidmaatschapVersie')).length).toBe(versies);
  });

  it('moves a database that held the seed in the old tables to versions, keeping regions and municipalities in place', async () => {
    const scratch = await scratchDatabase('regions');
    dropScratch = scratch.drop;
    db = openRegionsDatabase(scratch.location, { statements: 0 });
    const old = db as unknown as Kysely<any>;
    await migrateToLatest(old, { '0001-initial': regionsMigrations['0001-initial'] });
    await old.insertInto('gemeente').values({ cbsCode: 'GM0743', naam: 'Asten', provincie: 'Noord-Brabant' }).execute();
    await old.insertInto('regio').values({ code: 'asten', naam: 'Asten (oud)', centrumgemeenteCbs: null, budgethouderCbs: null, aantalGemeentenVolgensBron: null, bronDocument: 'x' }).execute();
    await old.insertInto('lidmaatschap').values({ regioCode: 'asten', cbsCode: 'GM0743', status: 'DEELNEMER', bronDocument: 'x' }).execute();
    await old.insertInto('beleidsdocument').values({ id: 'oud-document', regioCode: 'asten', soort: 'OVERIG', titel: 'Oud', bronDocument: 'x' }).execute();
    await old.insertInto('afspraak').values({ id: 'oud-document-afspraak-1', documentId: 'oud-document', volgorde: 1, soort: 'OVERIG', omschrijving: 'Oud', bronDocument: 'x' }).execute();

    await migrateRegionsDatabase(db);
    expect(await seedRegionsDatabase(db)).toBe('seeded');
    expect((await findAllRegios(db)).find((regio) => regio.code === 'asten')?.naam).toBe('Asten');
    expect(await findBeleidsdocumentenByIds(db, ['oud-document'])).toEqual([]);
    expect(await findLidmaatschappenByIds(db, [seedLidmaatschapId('asten', 'GM0743')])).toMatchObject([{ versie: 1, vastgelegdDoor: 'bronbestanden' }]);
  });

  it('holds only doubts about fields their records have, of a known kind', () => {
    expect(regionSeedTwijfelFouten(readRegionSeeds())).toEqual([]);
  });

  it('refuses a seed whose doubt names a field its record cannot hold or a kind the API does not know, and loads nothing of it', async () => {
    const { database, directory, editAsten } = await seededFromCopy();
    editAsten((seed) => {
      seed.gemeenten[0].twijfels = [{ veld: 'wijk', soort: 'AFGELEID', waarschijnlijk: null, afleiding: 'Een veld dat een lidmaatschap niet heeft.', bron: null }];
      seed.regio.twijfels = [{ veld: 'naam', soort: 'GERADEN', afleiding: 'Een soort die de enum niet kent.' }];
    });
    await expect(seedRegionsDatabase(database, directory)).rejects.toThrow(/asten\.json\.regio\.twijfels\[0\]: soort GERADEN[\s\S]*asten\.json\.gemeenten\[0\]\.twijfels\[0\]: veld wijk/);
    expect((await findAllRegios(database)).find((regio) => regio.code === 'asten')?.twijfels).toBe('[]');
  });

  it('stores the doubts of the seed with the records they are about', async () => {
    const database = await freshDatabase();
    await seedRegionsDatabase(database);
    const [elburg] = await findLidmaatschappenByIds(database, [seedLidmaatschapId('noord-en-oost-gelderland', 'GM0230')]);
    expect(toTwijfels(elburg!.twijfels)).toEqual([
      {
        veld: 'cbsCode',
        soort: 'AFGELEID',
        waarschijnlijk: null,
        afleiding: expect.stringContaining('Convenant Maatschappelijke Zorg Noord-Veluwe'),
        bron: expect.objectContaining({ document: '000_6263d190e772324a', sectie: 'Werkgebied', citaat: expect.stringContaining('Elburg, Ermelo, Harderwijk, Nunspeet, Oldebroek en Putten') }),
      },
    ]);
    const [apeldoorn] = await findLidmaatschappenByIds(database, [seedLidmaatschapId('oost-veluwe', 'GM0200')]);
    expect(apeldoorn!.twijfels).toBe('[]');
    const regios = new Map((await findAllRegios(database)).map((regio) => [regio.code, toTwijfels(regio.twijfels)]));
    expect(regios.get('oost-veluwe')).toMatchObject([{ veld: 'centrumgemeente', bron: { citaat: expect.stringContaining('als centrumgemeente') } }]);
    expect(regios.get('noord-veluwe')).toEqual([]);
    const [convenant] = await findBeleidsdocumentenByIds(database, ['noord-veluwe-convenant-mz-2024']);
    expect(toTwijfels(convenant!.twijfels)).toMatchObject([{ veld: 'partijen', soort: 'AFGELEID', bron: { sectie: 'Ketenpartners' } }]);
    const [kernteam] = await findBestuursorganenByIds(database, ['asten-kernteam']);
    expect(toTwijfels(kernteam!.twijfels)).toMatchObject([{ veld: 'leden', soort: 'AFGELEID' }]);
  });

  it("keeps a doubt through a steward's change of another field, and drops it when the steward changes that field", async () => {
    const database = await freshDatabase();
    await seedRegionsDatabase(database);
    const elburgId = seedLidmaatschapId('noord-en-oost-gelderland', 'GM0230');
    const elburg = await wijzigLidmaatschap(database, steward, { id: elburgId, versie: 1, lidmaatschap: { toelichting: 'Subregio Noord-Veluwe volgens de gemeente' }, verantwoording: opgave });
    expect(elburg.ok && toTwijfels(elburg.lidmaatschap.twijfels).map((twijfel) => twijfel.veld)).toEqual(['cbsCode']);

    const venloId = seedLidmaatschapId('noord-en-midden-limburg', 'GM0983');
    const venlo = await wijzigLidmaatschap(database, steward, { id: venloId, versie: 1, lidmaatschap: { toelichting: 'Centrumgemeente, subregio Noord-Limburg volgens de gemeente' }, verantwoording: opgave });
    expect(venlo.ok && venlo.lidmaatschap.twijfels).toBe('[]');
    // The seed's version keeps its doubt in the history.
    expect((await findVersies(database, 'lidmaatschapVersie', [venloId])).map((versie) => JSON.parse(versie.twijfels).length)).toEqual([1, 0]);

    const [regiegroep] = await findBestuursorganenByIds(database, ['noord-veluwe-regiegroep-mz']);
    const orgaan = await wijzigBestuursorgaan(database, steward, {
      id: regiegroep!.id,
      versie: 1,
      orgaan: { naam: regiegroep!.naam, soort: 'REGIEGROEP', beleidsdocument: regiegroep!.documentId, voorzitter: 'Een wethouder', taken: JSON.parse(regiegroep!.taken) },
      verantwoording: opgave,
    });
    expect(orgaan.ok && toTwijfels(orgaan.bestuursorgaan.twijfels).map((twijfel) => twijfel.veld)).toEqual(['leden']);
  });
});
