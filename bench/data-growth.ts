/**
 * Data volumes for the gateway benchmark: the seeds as they are (×1), then ×10 and ×100 the regions,
 * partners and housing records. Extra regions are copies of the five real ones, each with its own
 * copies of the region's partners, documents, governance bodies, products and subsidies, loaded by
 * the subgraphs' own seeders; so a region page costs what a real region's page costs, while lists
 * and searches over all regions and partners grow with the data. Nothing here is served by the hub
 * itself: the copies exist only in a benchmark's temporary databases.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertInChunks, readSeedFiles, type SeedFile } from '../lib/seed.js';
import { openPartnersDatabase } from '../subgraphs/partners/src/db/database.js';
import { partnersSeedDirectory, seedPartnersDatabase, type PartnersSeed } from '../subgraphs/partners/src/db/seed.js';
import { openRegionsDatabase } from '../subgraphs/regions/src/db/database.js';
import { regionsSeedDirectory, seedRegionsDatabase, type RegionSeed } from '../subgraphs/regions/src/db/seed.js';
import { openVoorzieningenDatabase } from '../subgraphs/voorzieningen/src/db/database.js';
import { seedVoorzieningenDatabase, voorzieningenSeedDirectory, type VoorzieningenSeed } from '../subgraphs/voorzieningen/src/db/seed.js';
import { openWoonoptiesDatabase } from '../subgraphs/woonopties/src/db/database.js';
import { serviceDatabase } from '../test/harness/database.js';
import { MATCHINGSPUNT } from './workloads.js';

/** Housing records at ×1: what one Transferpunt has on its list on a normal day. */
export const WOONVRAGEN_PER_SCALE = 40;
export const WONINGEN_PER_SCALE = 20;

export interface DataVolume {
  scale: number;
  regios: number;
  partners: number;
  woonvragen: number;
  woningen: number;
}

const suffix = (copy: number) => `-x${copy}`;

function copyRegion(seed: RegionSeed, copy: number, partnerIds: Set<string>): RegionSeed {
  const partner = (id: string) => (partnerIds.has(id) ? `${id}${suffix(copy)}` : id);
  return {
    ...seed,
    regio: { ...seed.regio, code: `${seed.regio.code}${suffix(copy)}`, naam: `${seed.regio.naam} (kopie ${copy})` },
    documenten: seed.documenten.map((document) => ({ ...document, id: `${document.id}${suffix(copy)}`, partijen: document.partijen.map(partner) })),
    organen: seed.organen.map((orgaan) => ({
      ...orgaan,
      id: `${orgaan.id}${suffix(copy)}`,
      document: orgaan.document === null ? null : `${orgaan.document}${suffix(copy)}`,
      leden: orgaan.leden.map(partner),
    })),
  };
}

function copyPartners(seed: PartnersSeed, copy: number): PartnersSeed {
  return {
    partners: seed.partners.map((partner) => ({ ...partner, id: `${partner.id}${suffix(copy)}`, naam: `${partner.naam} (kopie ${copy})` })),
    rollen: seed.rollen.map((rol) => ({ ...rol, partner: `${rol.partner}${suffix(copy)}`, regio: `${rol.regio}${suffix(copy)}` })),
  };
}

/** Product codes are keys of their own (two digits and up to five characters), so copies get new ones. */
function copyVoorzieningen(seed: VoorzieningenSeed, copy: number, nextCode: () => string): VoorzieningenSeed {
  const partner = (id: string) => `${id}${suffix(copy)}`;
  return {
    ...seed,
    producten: seed.producten.map((product) => ({ ...product, code: `${product.categorie}${nextCode()}`, codeInBron: null })),
    subsidies: seed.subsidies.map((subsidie) => ({
      ...subsidie,
      id: `${subsidie.id}${suffix(copy)}`,
      ontvanger: partner(subsidie.ontvanger),
      host: subsidie.host ? { ...subsidie.host, partner: partner(subsidie.host.partner) } : subsidie.host,
    })),
    totalen: seed.totalen.map((totaal) => ({ ...totaal, id: `${totaal.id}${suffix(copy)}` })),
    kengetallen: seed.kengetallen.map((kengetal) => ({ ...kengetal, id: `${kengetal.id}${suffix(copy)}` })),
  };
}

function writeSeedDirectory<T>(files: SeedFile<T>[]): string {
  const directory = mkdtempSync(join(tmpdir(), 'vangnet-bench-seed-'));
  mkdirSync(directory, { recursive: true });
  for (const file of files) writeFileSync(join(directory, file.name), JSON.stringify(file.content));
  return directory;
}

/**
 * Brings a running hub's databases to `scale` times the seeds: `scale - 1` copies of every region
 * with its partners and voorzieningen, and `scale` times the housing records. Each seeder replaces
 * its data in one transaction, so the running subgraphs see the old volume or the new one.
 */
export async function growHubData(hub: { dataDir: string; databaseUrl: string | null }, scale: number): Promise<DataVolume> {
  const counter = { statements: 0 };
  const copies = Array.from({ length: scale - 1 }, (_, index) => index + 1);

  const partnerFiles = readSeedFiles<PartnersSeed>(partnersSeedDirectory);
  const regionFiles = readSeedFiles<RegionSeed>(regionsSeedDirectory);
  const voorzieningenFiles = readSeedFiles<VoorzieningenSeed>(voorzieningenSeedDirectory);
  const partnersOfRegion = new Map(partnerFiles.map((file) => [file.name, new Set(file.content.partners.map((partner) => partner.id))]));
  let code = 0;
  const nextCode = () => `X${(code++).toString(36).toUpperCase().padStart(4, '0')}`;

  const directories = {
    partners: writeSeedDirectory([...partnerFiles, ...copies.flatMap((copy) => partnerFiles.map((file) => ({ name: file.name.replace('.json', `${suffix(copy)}.json`), content: copyPartners(file.content, copy) })))]),
    regions: writeSeedDirectory([
      ...regionFiles,
      ...copies.flatMap((copy) => regionFiles.map((file) => ({ name: file.name.replace('.json', `${suffix(copy)}.json`), content: copyRegion(file.content, copy, partnersOfRegion.get(file.name) ?? new Set()) }))),
    ]),
    voorzieningen: writeSeedDirectory([
      ...voorzieningenFiles,
      ...copies.flatMap((copy) => voorzieningenFiles.map((file) => ({ name: file.name.replace('.json', `${suffix(copy)}.json`), content: copyVoorzieningen(file.content, copy, nextCode) }))),
    ]),
  };
  try {
    const partners = openPartnersDatabase(serviceDatabase(hub, 'partners'), counter);
    await seedPartnersDatabase(partners, directories.partners);
    const partnerCount = Number((await partners.selectFrom('partner').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    await partners.destroy();
    const regions = openRegionsDatabase(serviceDatabase(hub, 'regions'), counter);
    await seedRegionsDatabase(regions, directories.regions);
    const regioCount = Number((await regions.selectFrom('regio').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    await regions.destroy();
    const voorzieningen = openVoorzieningenDatabase(serviceDatabase(hub, 'voorzieningen'), counter);
    await seedVoorzieningenDatabase(voorzieningen, directories.voorzieningen);
    await voorzieningen.destroy();
    const housing = await growHousing(hub, scale);
    return { scale, regios: regioCount, partners: partnerCount, ...housing };
  } finally {
    for (const directory of Object.values(directories)) rmSync(directory, { recursive: true, force: true });
  }
}

/** Fills one Transferpunt's list to `scale` times a normal day's, in the shapes its mutations write. */
async function growHousing(hub: { dataDir: string; databaseUrl: string | null }, scale: number): Promise<{ woonvragen: number; woningen: number }> {
  const db = openWoonoptiesDatabase(serviceDatabase(hub, 'woonopties'), { statements: 0 });
  try {
    const punt = await db.selectFrom('matchingspunt').selectAll().where('id', '=', MATCHINGSPUNT).executeTakeFirstOrThrow();
    const count = async (table: 'woonvraag' | 'woning') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('matchingspuntId', '=', punt.id).executeTakeFirstOrThrow()).n);
    const wijken = ['Centrum', 'Blerick', 'Tegelen', 'Venlo-Oost'];
    const now = new Date().toISOString();
    const haveWoonvragen = await count('woonvraag');
    const haveWoningen = await count('woning');
    await db.transaction().execute(async (trx) => {
      await insertInChunks(
        trx,
        'woonvraag',
        Array.from({ length: Math.max(0, WOONVRAGEN_PER_SCALE * scale - haveWoonvragen) }, (_, index) => {
          const i = haveWoonvragen + index + 1;
          return {
            id: `wv-bench-${i}`, matchingspuntId: punt.id, regioCode: punt.regioCode, referentie: `DOS-BENCH-${String(i).padStart(5, '0')}`, aangemeldDoor: 'tactus',
            herkomst: i % 3 === 0 ? 'MAATSCHAPPELIJKE_OPVANG' : 'BESCHERMD_WONEN', huishoudgrootte: 1 + (i % 3), maxHuurCenten: 55_000 + ((i * 7919) % 30_000),
            gewensteGemeenten: JSON.stringify(['GM0983']), uitgeslotenGemeenten: JSON.stringify([]), toegankelijkNodig: 0, prikkelarmNodig: i % 4 === 0 ? 1 : 0,
            ondersteuningNodig: (['GEEN', 'LICHT', 'MIDDEL'] as const)[i % 3]!, urgentie: 1 + (i % 3), aangemeldOp: `2026-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, '0')}`, status: 'WACHTEND',
          };
        }),
      );
      await insertInChunks(
        trx,
        'woning',
        Array.from({ length: Math.max(0, WONINGEN_PER_SCALE * scale - haveWoningen) }, (_, index) => {
          const i = haveWoningen + index + 1;
          return {
            id: `won-bench-${i}`, matchingspuntId: punt.id, regioCode: punt.regioCode, aanbiederId: 'omnia-wonen', gemeenteCbs: 'GM0983', wijk: wijken[i % 4]!, contingent: null,
            soort: i % 5 === 0 ? 'KAMER' : 'ZELFSTANDIGE_WONING', kamers: 1 + (i % 3), maxBewoners: 1 + (i % 3), huurCenten: 50_000 + ((i * 6151) % 30_000), beschikbaarVanaf: '2026-01-01',
            toegankelijk: i % 2 === 0 ? 1 : 0, prikkelarm: i % 3 === 0 ? 1 : 0, ondersteuning: 'LICHT', status: 'BESCHIKBAAR', gepubliceerd: 1, aangemaaktOp: now, aangemaaktDoor: 'bench',
          };
        }),
      );
    });
    return { woonvragen: await count('woonvraag'), woningen: await count('woning') };
  } finally {
    await db.destroy();
  }
}
