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
import type { Insertable } from 'kysely';
import { openWoonoptiesDatabase, type VerwijzingStapTable, type VerwijzingTable, type WoningTable, type WoonvraagTable } from '../subgraphs/woonopties/src/db/database.js';
import { serviceDatabase } from '../test/harness/database.js';
import { mulberry32 } from './measure.js';
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

/** A region's referral history at ×1: a year of housed people and declined referrals. */
export const GEHUISVEST_PER_SCALE = 60;
export const AFGEWEZEN_PER_SCALE = 40;
/** The history goes to the region's other Matchingspunt, so the worklist's own list (above) stays as it is. */
export const HISTORIE_MATCHINGSPUNT = 'matchingspunt-midden-limburg';

export interface HistoryVolume {
  /** Every woonvraag and woning of the region, and every referral step. */
  woonvragen: number;
  woningen: number;
  stappen: number;
  /** People housed in the last twelve months. */
  gehuisvest: number;
}

const dagMs = 86_400_000;

/**
 * Grows the region's history to `scale` times a year's: housed people (a home each, VERHUURD, the
 * referral's four steps from VOORGESTELD to GEHUISVEST) and referrals declined by the provider,
 * spread over the last twelve months with a seeded PRNG, so every run writes the same history
 * relative to its day. Rows already there (from a smaller scale) are kept.
 */
export async function growHousingHistory(hub: { dataDir: string; databaseUrl: string | null }, scale: number, now = new Date()): Promise<HistoryVolume> {
  const db = openWoonoptiesDatabase(serviceDatabase(hub, 'woonopties'), { statements: 0 });
  try {
    const punt = await db.selectFrom('matchingspunt').selectAll().where('id', '=', HISTORIE_MATCHINGSPUNT).executeTakeFirstOrThrow();
    const inRegio = async (table: 'woonvraag' | 'woning') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('regioCode', '=', punt.regioCode).executeTakeFirstOrThrow()).n);
    const have = Number((await db.selectFrom('woonvraag').select((eb) => eb.fn.countAll().as('n')).where('id', 'like', 'wv-hist-%').executeTakeFirstOrThrow()).n);
    const want = (GEHUISVEST_PER_SCALE + AFGEWEZEN_PER_SCALE) * scale;
    const random = mulberry32(4242 + have);
    const woonvragen: Insertable<WoonvraagTable>[] = [];
    const woningen: Insertable<WoningTable>[] = [];
    const verwijzingen: Insertable<VerwijzingTable>[] = [];
    const stappen: Insertable<VerwijzingStapTable>[] = [];
    for (let i = have + 1; i <= want; i++) {
      // Every (GEHUISVEST + AFGEWEZEN)-th block starts with the housed ones, so each scale has the same mix.
      const gehuisvest = (i - 1) % (GEHUISVEST_PER_SCALE + AFGEWEZEN_PER_SCALE) < GEHUISVEST_PER_SCALE;
      const uitkomstOp = new Date(now.getTime() - Math.floor(random() * 360) * dagMs - Math.floor(random() * dagMs));
      const aangemeldOp = new Date(uitkomstOp.getTime() - Math.floor(random() * 400) * dagMs).toISOString().slice(0, 10);
      const herkomst = (['MAATSCHAPPELIJKE_OPVANG', 'BESCHERMD_WONEN', 'BESCHERMD_WONEN', 'BESCHERMD_THUIS', 'VROUWENOPVANG', 'OVERIG'] as const)[Math.floor(random() * 6)]!;
      const gemeente = (['GM0983', 'GM1507', 'GM0889', 'GM0946'] as const)[Math.floor(random() * 4)]!;
      const id = `hist-${i}`;
      woonvragen.push({
        id: `wv-${id}`, matchingspuntId: punt.id, regioCode: punt.regioCode, referentie: `DOS-HIST-${String(i).padStart(6, '0')}`, aangemeldDoor: 'tactus', herkomst,
        huishoudgrootte: 1, maxHuurCenten: 70_000, gewensteGemeenten: JSON.stringify([gemeente]), uitgeslotenGemeenten: JSON.stringify([]), toegankelijkNodig: 0, prikkelarmNodig: 0,
        ondersteuningNodig: 'LICHT', urgentie: 2, aangemeldOp, status: gehuisvest ? 'GEHUISVEST' : 'WACHTEND',
      });
      woningen.push({
        id: `won-${id}`, matchingspuntId: punt.id, regioCode: punt.regioCode, aanbiederId: 'omnia-wonen', gemeenteCbs: gemeente, wijk: 'Centrum', contingent: null,
        soort: 'ZELFSTANDIGE_WONING', kamers: 2, maxBewoners: 2, huurCenten: 60_000, beschikbaarVanaf: aangemeldOp, toegankelijk: 0, prikkelarm: 0, ondersteuning: 'LICHT',
        status: gehuisvest ? 'VERHUURD' : 'BESCHIKBAAR', gepubliceerd: 1, aangemaaktOp: `${aangemeldOp}T09:00:00.000Z`, aangemaaktDoor: 'bench',
      });
      const route = gehuisvest ? ['VOORGESTELD', 'AANGEBODEN', 'GEACCEPTEERD', 'GEHUISVEST'] : ['VOORGESTELD', 'AFGEWEZEN_DOOR_AANBIEDER'];
      verwijzingen.push({ id: `vw-${id}`, woonvraagId: `wv-${id}`, woningId: `won-${id}`, status: route.at(-1)!, score: 2000, versie: route.length, aangemaaktOp: uitkomstOp.toISOString() });
      route.forEach((naar, step) => {
        // Earlier steps a day apart before the outcome; only the outcome's date matters to the monitor.
        const op = new Date(uitkomstOp.getTime() - (route.length - 1 - step) * dagMs).toISOString();
        stappen.push({ id: `stap-${id}-${step}`, verwijzingId: `vw-${id}`, van: step === 0 ? null : route[step - 1]!, naar, door: 'bench', namens: 'tactus', rol: 'TRANSFERPUNT', op, reden: naar.startsWith('AFGEWEZEN') ? 'bench' : null });
      });
    }
    await db.transaction().execute(async (trx) => {
      await insertInChunks(trx, 'woonvraag', woonvragen);
      await insertInChunks(trx, 'woning', woningen);
      await insertInChunks(trx, 'verwijzing', verwijzingen);
      await insertInChunks(trx, 'verwijzing_stap', stappen);
    });
    const jaarGeleden = new Date(now.getTime() - 365 * dagMs).toISOString();
    const gehuisvest = Number(
      (await db.selectFrom('verwijzingStap').select((eb) => eb.fn.countAll().as('n')).where('naar', '=', 'GEHUISVEST').where('op', '>=', jaarGeleden).executeTakeFirstOrThrow()).n,
    );
    const stappenTotaal = Number((await db.selectFrom('verwijzingStap').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { woonvragen: await inRegio('woonvraag'), woningen: await inRegio('woning'), stappen: stappenTotaal, gehuisvest };
  } finally {
    await db.destroy();
  }
}
