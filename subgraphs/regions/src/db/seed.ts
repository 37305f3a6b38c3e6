import { join } from 'node:path';
import { repositoryRoot } from '../../../../lib/paths.js';
import { bronColumns, type SeedBron } from '../../../../lib/bron.js';
import { readGemeentenReference } from '../../../../lib/reference.js';
import { hashSeedFiles, insertInChunks, readSeedFiles, replaceSeedIfChanged, type SeedFile } from '../../../../lib/seed.js';
import type { RegionsDb } from './database.js';

export const regionsSeedDirectory = join(repositoryRoot, 'subgraphs', 'regions', 'seed');

/** The shape of `subgraphs/regions/seed/<regio>.json`, documented in bronnen/SEED-FORMAT.md. */
export interface RegionSeed {
  regio: {
    code: string;
    naam: string;
    centrumgemeente: string | null;
    budgethouder: string | null;
    aantalGemeentenVolgensBron: number | null;
    bron: SeedBron;
  };
  gemeenten: Array<{
    cbsCode: string;
    status: string;
    domein: string | null;
    vanaf: string | null;
    toelichting: string | null;
    bron: SeedBron;
  }>;
  documenten: Array<{
    id: string;
    soort: string;
    titel: string;
    status: string | null;
    geldigVan: string | null;
    geldigTot: string | null;
    partijen: string[];
    bron: SeedBron;
    afspraken: Array<{
      soort: string;
      omschrijving: string;
      gemeente: string | null;
      percentage: string | null;
      bedragInCenten: number | null;
      aantal: number | null;
      eenheid: string | null;
      datum: string | null;
      bron: SeedBron;
    }>;
    afwijkingen: Array<{
      onderwerp: string;
      waardeA: string;
      bronA: SeedBron;
      waardeB: string;
      bronB: SeedBron;
      gehanteerd: string | null;
      toelichting: string;
    }>;
  }>;
  organen: Array<{
    id: string;
    naam: string;
    soort: string;
    document: string | null;
    voorzitter: string | null;
    vergaderfrequentie: string | null;
    minimaalPerJaar: number | null;
    taken: string[];
    leden: string[];
    bron: SeedBron;
  }>;
}

export { readGemeentenReference } from '../../../../lib/reference.js';

export function readRegionSeeds(directory = regionsSeedDirectory): SeedFile<RegionSeed>[] {
  return readSeedFiles<RegionSeed>(directory);
}

const tablesChildFirst = ['orgaan_lid', 'bestuursorgaan', 'bronafwijking', 'afspraak', 'document_partij', 'beleidsdocument', 'lidmaatschap', 'regio', 'gemeente'];

export async function seedRegionsDatabase(db: RegionsDb, directory = regionsSeedDirectory): Promise<'unchanged' | 'seeded'> {
  const files = readRegionSeeds(directory);
  const gemeenten = readGemeentenReference();
  const hash = hashSeedFiles([...files, { name: 'gemeenten.csv', content: gemeenten }]);

  return replaceSeedIfChanged(db, hash, tablesChildFirst, async (trx) => {
    await insertInChunks(trx, 'gemeente', gemeenten);
    for (const { content: seed } of files) {
      await trx
        .insertInto('regio')
        .values({
          code: seed.regio.code,
          naam: seed.regio.naam,
          centrumgemeenteCbs: seed.regio.centrumgemeente,
          budgethouderCbs: seed.regio.budgethouder,
          aantalGemeentenVolgensBron: seed.regio.aantalGemeentenVolgensBron,
          ...bronColumns(seed.regio.bron),
        })
        .execute();
      await insertInChunks(
        trx,
        'lidmaatschap',
        seed.gemeenten.map((lid) => ({
          regioCode: seed.regio.code,
          cbsCode: lid.cbsCode,
          status: lid.status,
          domein: lid.domein,
          vanaf: lid.vanaf,
          toelichting: lid.toelichting,
          ...bronColumns(lid.bron),
        })),
      );
      for (const document of seed.documenten) {
        await trx
          .insertInto('beleidsdocument')
          .values({
            id: document.id,
            regioCode: seed.regio.code,
            soort: document.soort,
            titel: document.titel,
            status: document.status,
            geldigVan: document.geldigVan,
            geldigTot: document.geldigTot,
            ...bronColumns(document.bron),
          })
          .execute();
        await insertInChunks(
          trx,
          'document_partij',
          document.partijen.map((partnerId, index) => ({ documentId: document.id, partnerId, volgorde: index + 1 })),
        );
        await insertInChunks(
          trx,
          'afspraak',
          document.afspraken.map((afspraak, index) => ({
            id: `${document.id}-afspraak-${index + 1}`,
            documentId: document.id,
            volgorde: index + 1,
            soort: afspraak.soort,
            omschrijving: afspraak.omschrijving,
            gemeenteCbs: afspraak.gemeente,
            percentage: afspraak.percentage,
            bedragCenten: afspraak.bedragInCenten,
            aantal: afspraak.aantal,
            eenheid: afspraak.eenheid,
            datum: afspraak.datum,
            ...bronColumns(afspraak.bron),
          })),
        );
        await insertInChunks(
          trx,
          'bronafwijking',
          document.afwijkingen.map((afwijking, index) => ({
            id: `${document.id}-afwijking-${index + 1}`,
            documentId: document.id,
            volgorde: index + 1,
            onderwerp: afwijking.onderwerp,
            waardeA: afwijking.waardeA,
            aBronDocument: afwijking.bronA.document,
            aBronSectie: afwijking.bronA.sectie ?? null,
            aBronCitaat: afwijking.bronA.citaat ?? null,
            waardeB: afwijking.waardeB,
            bBronDocument: afwijking.bronB.document,
            bBronSectie: afwijking.bronB.sectie ?? null,
            bBronCitaat: afwijking.bronB.citaat ?? null,
            gehanteerd: afwijking.gehanteerd,
            toelichting: afwijking.toelichting,
          })),
        );
      }
      for (const orgaan of seed.organen) {
        await trx
          .insertInto('bestuursorgaan')
          .values({
            id: orgaan.id,
            regioCode: seed.regio.code,
            documentId: orgaan.document,
            naam: orgaan.naam,
            soort: orgaan.soort,
            voorzitter: orgaan.voorzitter,
            vergaderfrequentie: orgaan.vergaderfrequentie,
            minimaalPerJaar: orgaan.minimaalPerJaar,
            taken: JSON.stringify(orgaan.taken),
            ...bronColumns(orgaan.bron),
          })
          .execute();
        await insertInChunks(
          trx,
          'orgaan_lid',
          orgaan.leden.map((partnerId, index) => ({ orgaanId: orgaan.id, partnerId, volgorde: index + 1 })),
        );
      }
    }
  });
}
