import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../../../../lib/paths.js';
import { bronColumns, bronnenDirectory, type BronColumns, type SeedBron } from '../../../../lib/bron.js';
import { hashSeedFiles, insertInChunks, readSeedFiles, replaceSeedIfChanged, type SeedFile } from '../../../../lib/seed.js';
import { searchKey } from '../../../../lib/text.js';
import type { KengetalTable, VoorzieningenDb } from './database.js';

export const voorzieningenSeedDirectory = join(repositoryRoot, 'subgraphs', 'voorzieningen', 'seed');

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
  }>;
  totalen: Array<{ id: string; omschrijving: string; bedragInCenten: number; omvat: string | null; bron: SeedBron }>;
  /** A figure as the table holds it, with its source as in every seed file. */
  kengetallen: Array<Omit<KengetalTable, keyof BronColumns | 'regioCode' | 'volgorde'> & { bron: SeedBron }>;
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

const tablesChildFirst = ['kengetal', 'subsidietotaal', 'subsidie_bedrag', 'subsidie', 'product', 'productcategorie'];

export async function seedVoorzieningenDatabase(db: VoorzieningenDb, directory = voorzieningenSeedDirectory): Promise<'unchanged' | 'seeded'> {
  const files = readVoorzieningenSeeds(directory);
  const categorieen = readProductcategorieen();
  const hash = hashSeedFiles([...files, { name: 'wmo-productcategorieen.csv', content: categorieen }]);

  return replaceSeedIfChanged(db, hash, tablesChildFirst, async (trx) => {
    await insertInChunks(trx, 'productcategorie', categorieen);
    for (const file of files) {
      const regioCode = regioCodeOf(file);
      const seed = file.content;
      await insertInChunks(
        trx,
        'product',
        seed.producten.map((product) => ({
          code: product.code,
          naam: product.naam,
          categorieCode: product.categorie,
          situationeel: product.situationeel ? 1 : 0,
          regioCode,
          codeInBron: product.codeInBron,
          toelichting: product.toelichting,
          zoeksleutel: searchKey(product.naam),
          ...bronColumns(product.bron),
        })),
      );
      await insertInChunks(
        trx,
        'subsidie',
        seed.subsidies.map((subsidie, index) => ({
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
          ...bronColumns(subsidie.bron),
        })),
      );
      await insertInChunks(
        trx,
        'subsidie_bedrag',
        seed.subsidies.flatMap((subsidie) => {
          const incidenteel = subsidie.incidenteel.map((bedrag) => ({
            soort: 'INCIDENTEEL',
            jaar: bedrag.jaar,
            bedragCenten: bedrag.bedragInCenten,
            omschrijving: bedrag.omschrijving,
            begunstigdeId: null,
            bron: bedrag.bron,
          }));
          const host = subsidie.host
            ? [{ soort: 'JAARLIJKS', jaar: null, bedragCenten: subsidie.host.bedragPerJaarInCenten, omschrijving: subsidie.host.omschrijving, begunstigdeId: subsidie.host.partner, bron: subsidie.host.bron }]
            : [];
          return [...incidenteel, ...host].map(({ bron, ...bedrag }, index) => ({
            ...bedrag,
            id: `${subsidie.id}-bedrag-${index + 1}`,
            subsidieId: subsidie.id,
            volgorde: index + 1,
            ...bronColumns(bron),
          }));
        }),
      );
      await insertInChunks(
        trx,
        'subsidietotaal',
        seed.totalen.map((totaal) => ({
          id: totaal.id,
          regioCode,
          omschrijving: totaal.omschrijving,
          omvat: totaal.omvat,
          bedragCenten: totaal.bedragInCenten,
          ...bronColumns(totaal.bron),
        })),
      );
      await insertInChunks(
        trx,
        'kengetal',
        seed.kengetallen.map(({ bron, ...kengetal }, index) => ({ ...kengetal, regioCode, volgorde: index + 1, ...bronColumns(bron) })),
      );
    }
  });
}
