import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../../../../lib/paths.js';
import { bronColumns, bronnenDirectory, type BronColumns, type SeedBron } from '../../../../lib/bron.js';
import { nextVersie, planSeedVersions, recordWijziging, seedAuteur, seedReden, type VersieColumns } from '../../../../lib/history.js';
import { applySeedIfChanged, hashSeedFiles, insertInChunks, readSeedFiles, type SeedFile } from '../../../../lib/seed.js';
import { searchKey } from '../../../../lib/text.js';
import { twijfelsKolom, type SeedTwijfel } from '../../../../lib/twijfels.js';
import type { KengetalVersieTable, VoorzieningenDb, VoorzieningenTransaction } from './database.js';
import { findLatestVersies, insertVersies, type VersieRow, type VersieTabel } from './versie-queries.js';

export const voorzieningenSeedDirectory = join(repositoryRoot, 'subgraphs', 'voorzieningen', 'seed');

/** A record's own facts: a version without the columns that say who recorded it. */
export type Gegevens<T extends VersieTabel> = Omit<VersieRow<T>, keyof VersieColumns>;

/** The shape of `subgraphs/voorzieningen/seed/<regio>.json`, documented in bronnen/SEED-FORMAT.md. */
export interface VoorzieningenSeed {
  producten: Array<{
    code: string;
    codeInBron: string | null;
    naam: string;
    categorie: string;
    situationeel: boolean;
    toelichting: string | null;
    bron: SeedBron;
    /** What of this record the quote does not prove, and how it was derived. */
    twijfels?: SeedTwijfel[];
  }>;
  subsidies: Array<{
    id: string;
    ontvanger: string;
    omschrijving: string;
    doel: string;
    soort: string;
    bedragPerJaarInCenten: number | null;
    looptijdTot: string | null;
    looptijdInBron: string | null;
    toelichting?: string | null;
    incidenteel: Array<{ jaar: number | null; bedragInCenten: number; omschrijving: string; bron: SeedBron }>;
    /** A yearly amount attached to the subsidy but meant for another organisation (the host). */
    host?: { partner: string; bedragPerJaarInCenten: number; omschrijving: string; bron: SeedBron } | null;
    bron: SeedBron;
    twijfels?: SeedTwijfel[];
  }>;
  totalen: Array<{ id: string; omschrijving: string; bedragInCenten: number; omvat: string | null; bron: SeedBron }>;
  /** A figure as the table holds it, with its source as in every seed file. */
  kengetallen: Array<Omit<KengetalVersieTable, keyof BronColumns | keyof VersieColumns | 'regioCode' | 'volgorde'> & { bron: SeedBron }>;
}

export function readProductcategorieen(): Array<{ code: string; naam: string }> {
  const [, ...lines] = readFileSync(join(bronnenDirectory, 'referentie', 'wmo-productcategorieen.csv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const separator = line.indexOf(',');
    return { code: line.slice(0, separator).trim(), naam: line.slice(separator + 1).trim() };
  });
}

export function readVoorzieningenSeeds(directory = voorzieningenSeedDirectory): SeedFile<VoorzieningenSeed>[] {
  return readSeedFiles<VoorzieningenSeed>(directory);
}

/** The region a seed file describes is its file name, as in the other subgraphs' seeds. */
export function regioCodeOf(file: SeedFile<unknown>): string {
  return file.name.replace(/\.json$/, '');
}

/** The fields a history and the seed compare; search keys and version columns are derived, not facts. */
export const productVelden = ['naam', 'categorieCode', 'situationeel', 'regioCode', 'codeInBron', 'toelichting', 'vanaf', 'tot', 'twijfels'] as const;
export const subsidieVelden = ['ontvangerId', 'omschrijving', 'doel', 'soort', 'bedragPerJaarCenten', 'vanaf', 'tot', 'looptijdTot', 'looptijdInBron', 'toelichting', 'twijfels'] as const;
export const bedragVelden = ['soort', 'jaar', 'bedragCenten', 'omschrijving', 'begunstigdeId'] as const;
export const kengetalVelden = ['onderwerp', 'omschrijving', 'jaar', 'subregio', 'waarde', 'waardeMin', 'waardeMax', 'eenheid', 'aantalAanbieders', 'eenheidAanbieders', 'toelichting'] as const;
const bronVelden = ['bronDocument', 'bronSectie', 'bronCitaat'] as const;

/** The records the seed files describe, as the versions' own facts. */
export function seedRecords(files: SeedFile<VoorzieningenSeed>[]) {
  const producten: Gegevens<'productVersie'>[] = [];
  const subsidies: Gegevens<'subsidieVersie'>[] = [];
  const bedragen: Gegevens<'subsidieBedragVersie'>[] = [];
  const kengetallen: Gegevens<'kengetalVersie'>[] = [];
  for (const file of files) {
    const regioCode = regioCodeOf(file);
    const seed = file.content;
    for (const product of seed.producten) {
      producten.push({
        code: product.code,
        naam: product.naam,
        categorieCode: product.categorie,
        situationeel: product.situationeel ? 1 : 0,
        regioCode,
        codeInBron: product.codeInBron,
        toelichting: product.toelichting,
        zoeksleutel: searchKey(product.naam),
        vanaf: null,
        tot: null,
        ...bronColumns(product.bron),
        twijfels: twijfelsKolom(product.twijfels),
      });
    }
    seed.subsidies.forEach((subsidie, index) => {
      subsidies.push({
        id: subsidie.id,
        regioCode,
        volgorde: index + 1,
        ontvangerId: subsidie.ontvanger,
        omschrijving: subsidie.omschrijving,
        doel: subsidie.doel,
        soort: subsidie.soort,
        bedragPerJaarCenten: subsidie.bedragPerJaarInCenten,
        looptijdTot: subsidie.looptijdTot,
        looptijdInBron: subsidie.looptijdInBron,
        toelichting: subsidie.toelichting ?? null,
        vanaf: null,
        tot: null,
        ...bronColumns(subsidie.bron),
        twijfels: twijfelsKolom(subsidie.twijfels),
      });
      const incidenteel = subsidie.incidenteel.map((bedrag) => ({ soort: 'INCIDENTEEL', jaar: bedrag.jaar, bedragCenten: bedrag.bedragInCenten, omschrijving: bedrag.omschrijving, begunstigdeId: null, bron: bedrag.bron }));
      const host = subsidie.host
        ? [{ soort: 'JAARLIJKS', jaar: null, bedragCenten: subsidie.host.bedragPerJaarInCenten, omschrijving: subsidie.host.omschrijving, begunstigdeId: subsidie.host.partner, bron: subsidie.host.bron }]
        : [];
      [...incidenteel, ...host].forEach(({ bron, ...bedrag }, volgorde) => {
        bedragen.push({ ...bedrag, id: `${subsidie.id}-bedrag-${volgorde + 1}`, subsidieId: subsidie.id, volgorde: volgorde + 1, ...bronColumns(bron) });
      });
    });
    seed.kengetallen.forEach(({ bron, ...kengetal }, index) => {
      kengetallen.push({ ...kengetal, regioCode, volgorde: index + 1, ...bronColumns(bron) });
    });
  }
  return { producten, subsidies, bedragen, kengetallen };
}

const seedAuteurschap = { door: seedAuteur, namens: null };

/** Plans and writes the versions the seed adds to one record type, each with its line in the feed. */
async function applySeedVersions<Row extends BronColumns & Record<string, unknown>>(
  trx: VoorzieningenTransaction,
  op: string,
  record: { soort: string; table: VersieTabel; sleutel: (row: Row) => string; regio: (row: Row) => string | undefined; velden: readonly (keyof Row & string)[] },
  desired: Row[],
): Promise<void> {
  const current = (await findLatestVersies(trx, record.table)) as unknown as Array<Row & VersieColumns>;
  const plans = planSeedVersions(desired, current, record.sleutel, [...record.velden, ...bronVelden]);
  const versies = [];
  for (const plan of plans) {
    const regio = record.regio(plan.row);
    const nr = await recordWijziging(trx, { soort: record.soort, sleutel: record.sleutel(plan.row), versie: plan.vorige + 1, actie: plan.actie, regioCodes: regio ? [regio] : [], auteur: seedAuteurschap, reden: seedReden, bron: plan.row.bronDocument, op });
    versies.push({ ...plan.row, ...nextVersie(plan.vorige, seedAuteurschap, seedReden, { nr, op, actie: plan.actie }) });
  }
  await insertVersies(trx, record.table, versies as never[]);
}

/**
 * Applies the seed files as versions recorded by `bronbestanden` (lib/history.ts, planSeedVersions):
 * a new database gets every record as its first version; a changed seed adds versions only where
 * no steward has changed the record since. Product categories and stated totals are reference data
 * no steward edits, so they are replaced as a whole. When the hash of the seed files matches what
 * is stored, start-up does no writes at all.
 */
export async function seedVoorzieningenDatabase(db: VoorzieningenDb, directory = voorzieningenSeedDirectory): Promise<'unchanged' | 'seeded'> {
  const files = readVoorzieningenSeeds(directory);
  const categorieen = readProductcategorieen();
  const hash = hashSeedFiles([...files, { name: 'wmo-productcategorieen.csv', content: categorieen }]);

  return applySeedIfChanged(db, hash, async (trx: VoorzieningenTransaction) => {
    await trx.deleteFrom('subsidietotaal').execute();
    await trx.deleteFrom('productcategorie').execute();
    await insertInChunks(trx, 'productcategorie', categorieen);
    await insertInChunks(
      trx,
      'subsidietotaal',
      files.flatMap((file) =>
        file.content.totalen.map((totaal) => ({ id: totaal.id, regioCode: regioCodeOf(file), omschrijving: totaal.omschrijving, omvat: totaal.omvat, bedragCenten: totaal.bedragInCenten, ...bronColumns(totaal.bron) })),
      ),
    );

    const { producten, subsidies, bedragen, kengetallen } = seedRecords(files);
    const op = new Date().toISOString();
    // A withdrawn amount may belong to a subsidy the seed no longer names; the directory still knows its region.
    const regioVanSubsidie = new Map([...(await findLatestVersies(trx, 'subsidieVersie')), ...subsidies].map((subsidie) => [subsidie.id, subsidie.regioCode]));
    await applySeedVersions(trx, op, { soort: 'PRODUCT', table: 'productVersie', sleutel: (row) => row.code, regio: (row) => row.regioCode, velden: productVelden }, producten);
    await applySeedVersions(trx, op, { soort: 'SUBSIDIE', table: 'subsidieVersie', sleutel: (row) => row.id, regio: (row) => row.regioCode, velden: subsidieVelden }, subsidies);
    await applySeedVersions(trx, op, { soort: 'SUBSIDIEBEDRAG', table: 'subsidieBedragVersie', sleutel: (row) => row.id, regio: (row) => regioVanSubsidie.get(row.subsidieId), velden: bedragVelden }, bedragen);
    await applySeedVersions(trx, op, { soort: 'KENGETAL', table: 'kengetalVersie', sleutel: (row) => row.id, regio: (row) => row.regioCode, velden: kengetalVelden }, kengetallen);
  });
}
