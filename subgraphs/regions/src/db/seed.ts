import { join } from 'node:path';
import { repositoryRoot } from '../../../../lib/paths.js';
import { bronColumns, type SeedBron } from '../../../../lib/bron.js';
import { nextVersie, planSeedVersions, recordWijziging, seedAuteur, seedReden, sleutelVan, type VersieColumns } from '../../../../lib/history.js';
import { readGemeentenReference } from '../../../../lib/reference.js';
import { applySeedIfChanged, hashSeedFiles, insertInChunks, readSeedFiles, type SeedFile } from '../../../../lib/seed.js';
import { seedTwijfelFouten, twijfelsKolom, type SeedTwijfel } from '../../../../lib/twijfels.js';
import { twijfelVelden } from '../twijfels.js';
import { recordSoorten, type AfspraakRow, type BeleidsdocumentRow, type BestuursorgaanRow, type LidmaatschapRow, type OrgaanLidRow, type RegionsDb, type RegionsTransaction, type VersieTabel } from './database.js';
import { findLatestVersies, insertVersies } from './versie-queries.js';

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
    /** What of this record its quote does not prove, and how it was derived (bronnen/SEED-FORMAT.md). */
    twijfels?: SeedTwijfel[];
  };
  gemeenten: Array<{
    cbsCode: string;
    status: string;
    domein: string | null;
    vanaf: string | null;
    toelichting: string | null;
    bron: SeedBron;
    twijfels?: SeedTwijfel[];
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
    /** May name `partijen` too, e.g. a party left out because it joins only on a condition. */
    twijfels?: SeedTwijfel[];
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
      twijfels?: SeedTwijfel[];
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
    /** May name `leden` too: members the source implies rather than names. */
    twijfels?: SeedTwijfel[];
  }>;
}

export { readGemeentenReference } from '../../../../lib/reference.js';

export function readRegionSeeds(directory = regionsSeedDirectory): SeedFile<RegionSeed>[] {
  return readSeedFiles<RegionSeed>(directory);
}

/** Every doubt in the seed files that names a field its record cannot have, or an unknown kind. */
export function regionSeedTwijfelFouten(files: SeedFile<RegionSeed>[]): string[] {
  return files.flatMap(({ name, content: seed }) => [
    ...seedTwijfelFouten(seed.regio.twijfels, twijfelVelden.regio, `${name}.regio`),
    ...seed.gemeenten.flatMap((lid, index) => seedTwijfelFouten(lid.twijfels, twijfelVelden.gemeenten, `${name}.gemeenten[${index}]`)),
    ...seed.documenten.flatMap((document, index) => [
      ...seedTwijfelFouten(document.twijfels, twijfelVelden.documenten, `${name}.documenten[${index}]`),
      ...document.afspraken.flatMap((afspraak, nr) => seedTwijfelFouten(afspraak.twijfels, twijfelVelden.afspraken, `${name}.documenten[${index}].afspraken[${nr}]`)),
    ]),
    ...seed.organen.flatMap((orgaan, index) => seedTwijfelFouten(orgaan.twijfels, twijfelVelden.organen, `${name}.organen[${index}]`)),
  ]);
}

/** A record's own facts: a version without the columns that say who recorded it. */
export type LidmaatschapGegevens = Omit<LidmaatschapRow, keyof VersieColumns>;
export type BeleidsdocumentGegevens = Omit<BeleidsdocumentRow, keyof VersieColumns>;
export type AfspraakGegevens = Omit<AfspraakRow, keyof VersieColumns>;
export type BestuursorgaanGegevens = Omit<BestuursorgaanRow, keyof VersieColumns>;
export type OrgaanLidGegevens = Omit<OrgaanLidRow, keyof VersieColumns>;


/** A membership from the seed files has the id its region and municipality make. */
export function seedLidmaatschapId(regioCode: string, cbsCode: string): string {
  return sleutelVan(regioCode, cbsCode);
}

export function seedOrgaanLidId(orgaanId: string, partnerId: string): string {
  return sleutelVan(orgaanId, partnerId);
}

interface SeedRecords {
  lidmaatschapVersie: LidmaatschapGegevens[];
  beleidsdocumentVersie: BeleidsdocumentGegevens[];
  afspraakVersie: AfspraakGegevens[];
  bestuursorgaanVersie: BestuursorgaanGegevens[];
  orgaanLidVersie: OrgaanLidGegevens[];
}

/** The versioned records the seed files describe, in the shape of their versions. */
export function seedRecords(files: SeedFile<RegionSeed>[]): SeedRecords {
  const records: SeedRecords = { lidmaatschapVersie: [], beleidsdocumentVersie: [], afspraakVersie: [], bestuursorgaanVersie: [], orgaanLidVersie: [] };
  for (const { content: seed } of files) {
    const regioCode = seed.regio.code;
    for (const lid of seed.gemeenten) {
      records.lidmaatschapVersie.push({
        id: seedLidmaatschapId(regioCode, lid.cbsCode),
        regioCode,
        cbsCode: lid.cbsCode,
        status: lid.status,
        domein: lid.domein,
        vanaf: lid.vanaf,
        tot: null,
        toelichting: lid.toelichting,
        ...bronColumns(lid.bron),
        twijfels: twijfelsKolom(lid.twijfels),
      });
    }
    for (const document of seed.documenten) {
      records.beleidsdocumentVersie.push({
        id: document.id,
        regioCode,
        soort: document.soort,
        titel: document.titel,
        status: document.status,
        geldigVan: document.geldigVan,
        geldigTot: document.geldigTot,
        ...bronColumns(document.bron),
        twijfels: twijfelsKolom(document.twijfels),
      });
      document.afspraken.forEach((afspraak, index) =>
        records.afspraakVersie.push({
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
          twijfels: twijfelsKolom(afspraak.twijfels),
        }),
      );
    }
    for (const orgaan of seed.organen) {
      records.bestuursorgaanVersie.push({
        id: orgaan.id,
        regioCode,
        documentId: orgaan.document,
        naam: orgaan.naam,
        soort: orgaan.soort,
        voorzitter: orgaan.voorzitter,
        vergaderfrequentie: orgaan.vergaderfrequentie,
        minimaalPerJaar: orgaan.minimaalPerJaar,
        taken: JSON.stringify(orgaan.taken),
        vanaf: null,
        tot: null,
        ...bronColumns(orgaan.bron),
        twijfels: twijfelsKolom(orgaan.twijfels),
      });
      // The seed names a body's members without a source of their own: the body's source names them.
      orgaan.leden.forEach((partnerId, index) =>
        records.orgaanLidVersie.push({ id: seedOrgaanLidId(orgaan.id, partnerId), orgaanId: orgaan.id, partnerId, volgorde: index + 1, toelichting: null, vanaf: null, tot: null, ...bronColumns(orgaan.bron) }),
      );
    }
  }
  return records;
}

/**
 * Regions and municipalities are plain tables that the versions refer to: they are brought up to
 * date in place, never deleted, so no version loses what it refers to.
 */
async function upsertReference(trx: RegionsTransaction, files: SeedFile<RegionSeed>[], gemeenten: ReturnType<typeof readGemeentenReference>): Promise<void> {
  for (let start = 0; start < gemeenten.length; start += 200) {
    await trx
      .insertInto('gemeente')
      .values(gemeenten.slice(start, start + 200))
      .onConflict((conflict) => conflict.column('cbsCode').doUpdateSet((eb) => ({ naam: eb.ref('excluded.naam'), provincie: eb.ref('excluded.provincie') })))
      .execute();
  }
  for (const { content: seed } of files) {
    const regio = {
      code: seed.regio.code,
      naam: seed.regio.naam,
      centrumgemeenteCbs: seed.regio.centrumgemeente,
      budgethouderCbs: seed.regio.budgethouder,
      aantalGemeentenVolgensBron: seed.regio.aantalGemeentenVolgensBron,
      ...bronColumns(seed.regio.bron),
      twijfels: twijfelsKolom(seed.regio.twijfels),
    };
    const { code: _code, ...rest } = regio;
    await trx.insertInto('regio').values(regio).onConflict((conflict) => conflict.column('code').doUpdateSet(rest)).execute();
  }
}

/** The parties of documents and the contradictions in sources are seed-only: replaced as a whole. */
async function replaceSeedOnlyTables(trx: RegionsTransaction, files: SeedFile<RegionSeed>[]): Promise<void> {
  await trx.deleteFrom('documentPartij').execute();
  await trx.deleteFrom('bronafwijking').execute();
  for (const { content: seed } of files) {
    for (const document of seed.documenten) {
      await insertInChunks(
        trx,
        'document_partij',
        document.partijen.map((partnerId, index) => ({ documentId: document.id, partnerId, volgorde: index + 1 })),
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
  }
}

/** A changed source is a change too: the seed compares it with the facts. */
const bronVelden = ['bronDocument', 'bronSectie', 'bronCitaat'] as const;

/** A record as the seed plans it: its key, its source and the link to its region. */
type SeedRow = Record<string, unknown> & { id: string; bronDocument: string; regioCode?: string; documentId?: string | null; orgaanId?: string };

/** Plans one record type's versions against what the directory holds, and records them with their feed lines. */
async function applySeedPlans(trx: RegionsTransaction, table: VersieTabel, desired: readonly SeedRow[], regioVan: ReadonlyMap<string, string>, op: string): Promise<void> {
  const { soort, velden } = recordSoorten[table];
  const current = (await findLatestVersies(trx, table)) as unknown as Array<SeedRow & Pick<VersieColumns, 'versie' | 'vastgelegdDoor' | 'vervallen'>>;
  const auteur = { door: seedAuteur, namens: null };
  const versies: Array<SeedRow & VersieColumns> = [];
  for (const plan of planSeedVersions(desired, current, (row) => row.id, [...velden, ...bronVelden])) {
    const regioCode = plan.row.regioCode ?? regioVan.get(plan.row.orgaanId ?? plan.row.documentId ?? '');
    const nr = await recordWijziging(trx, { soort, sleutel: plan.row.id, versie: plan.vorige + 1, actie: plan.actie, regioCodes: regioCode ? [regioCode] : [], auteur, reden: seedReden, bron: plan.row.bronDocument, op });
    versies.push({ ...plan.row, ...nextVersie(plan.vorige, auteur, seedReden, { nr, op, actie: plan.actie }) });
  }
  await insertVersies(trx, table, versies as never[]);
}

/**
 * Applies the seed files as versions recorded by `bronbestanden` (lib/history.ts, planSeedVersions):
 * a new database gets every record as its first version; a changed seed adds versions only where
 * no steward has changed the record since. When the hash of the seed files matches what is stored,
 * start-up does no writes at all.
 */
export async function seedRegionsDatabase(db: RegionsDb, directory = regionsSeedDirectory): Promise<'unchanged' | 'seeded'> {
  const files = readRegionSeeds(directory);
  const fouten = regionSeedTwijfelFouten(files);
  if (fouten.length > 0) throw new Error(`Doubts the regions seed cannot hold:\n${fouten.join('\n')}`);
  const gemeenten = readGemeentenReference();
  const hash = hashSeedFiles([...files, { name: 'gemeenten.csv', content: gemeenten }]);

  return applySeedIfChanged(db, hash, async (untypedTrx) => {
    const trx = untypedTrx as RegionsTransaction;
    await upsertReference(trx, files, gemeenten);
    await replaceSeedOnlyTables(trx, files);
    const records = seedRecords(files);
    // Agreements and members name their region through their document or body, which may be one the seed no longer names.
    const regioVan = new Map<string, string>(
      [...(await findLatestVersies(trx, 'beleidsdocumentVersie')), ...(await findLatestVersies(trx, 'bestuursorgaanVersie')), ...records.beleidsdocumentVersie, ...records.bestuursorgaanVersie].map(
        (row) => [row.id, row.regioCode] as const,
      ),
    );
    const op = new Date().toISOString();
    for (const table of Object.keys(recordSoorten) as VersieTabel[]) await applySeedPlans(trx, table, records[table], regioVan, op);
  });
}
