import { join } from 'node:path';
import { repositoryRoot } from '../../../../lib/paths.js';
import { bronColumns, type SeedBron } from '../../../../lib/bron.js';
import { nextVersie, planSeedVersions, recordWijziging, seedAuteur, seedReden, sleutelVan, type VersieColumns } from '../../../../lib/history.js';
import { applySeedIfChanged, hashSeedFiles, readSeedFiles, type SeedFile } from '../../../../lib/seed.js';
import { nameKey, searchKey } from '../../../../lib/text.js';
import { twijfelsKolom, type SeedTwijfel } from '../../../../lib/twijfels.js';
import type { PartnerRolRow, PartnerRow, PartnersDb } from './database.js';
import { findLatestPartnerVersies, findLatestRolVersies, insertPartnerRolVersies, insertPartnerVersies } from './versie-queries.js';

/** A record's own facts: a version without the columns that say who recorded it. */
export type PartnerGegevens = Omit<PartnerRow, keyof VersieColumns>;
export type RolGegevens = Omit<PartnerRolRow, keyof VersieColumns>;


export const partnersSeedDirectory = join(repositoryRoot, 'subgraphs', 'partners', 'seed');

/** The shape of `subgraphs/partners/seed/<regio>.json`, documented in bronnen/SEED-FORMAT.md. */
export interface PartnersSeed {
  partners: Array<{
    id: string;
    naam: string;
    naamInBron: string | null;
    soort: string;
    gemeente: string | null;
    bron: SeedBron;
    /** What of this record the quote does not prove, and how it was derived. */
    twijfels?: SeedTwijfel[];
  }>;
  rollen: Array<{
    partner: string;
    regio: string;
    rol: string;
    toelichting: string | null;
    bron: SeedBron;
    twijfels?: SeedTwijfel[];
  }>;
}

export type SeedPartner = PartnersSeed['partners'][number];

/** A record's own quote proves its name and kind when it has no doubt about either. */
function bewijstNaamEnSoort(partner: SeedPartner): boolean {
  return !(partner.twijfels ?? []).some((twijfel) => twijfel.veld === 'naam' || twijfel.veld === 'soort');
}

/**
 * The same organisation appears in the seeds of several regions; it becomes one partner. The
 * record served is the first (in file name order) whose quote proves the name and the kind, so a
 * kind is never served with a quote that does not state it; when none does, the first. That record
 * gives the bron, the spelling in the bron (`naamInBron`) and the doubts, which are all about that
 * quote. A conflicting name, kind or municipality is a seed error, reported rather than silently
 * resolved.
 */
export function mergePartners(files: SeedFile<PartnersSeed>[]): SeedPartner[] {
  const byId = new Map<string, SeedPartner[]>();
  for (const file of files) for (const partner of file.content.partners) byId.set(partner.id, [...(byId.get(partner.id) ?? []), partner]);
  const conflicts: string[] = [];
  const merged = [...byId.values()].map((records) => {
    const served = records.find(bewijstNaamEnSoort) ?? records[0]!;
    for (const other of records) {
      if (other.naam !== served.naam || other.soort !== served.soort || other.gemeente !== served.gemeente) {
        conflicts.push(`${other.id}: ${other.naam}/${other.soort}/${other.gemeente} differs from ${served.naam}/${served.soort}/${served.gemeente}`);
      }
    }
    return served;
  });
  if (conflicts.length > 0) throw new Error(`Conflicting partners in the seed:\n${conflicts.join('\n')}`);
  return merged;
}

export function readPartnersSeeds(directory = partnersSeedDirectory): SeedFile<PartnersSeed>[] {
  return readSeedFiles<PartnersSeed>(directory);
}

export function sortKeyFor(naam: string, id: string): string {
  return `${searchKey(naam)}|${id}`;
}

/** The derived keys an organisation's name is found, sorted and compared by. */
export function naamKolommen(naam: string, id: string): { zoeksleutel: string; sorteersleutel: string; naamsleutel: string } {
  return { zoeksleutel: searchKey(naam), sorteersleutel: sortKeyFor(naam, id), naamsleutel: nameKey(naam) };
}

/** A role from the seed files has the id its organisation, region and role make. */
export function seedRolId(partnerId: string, regioCode: string, rol: string): string {
  return sleutelVan(partnerId, regioCode, rol);
}

const partnerVelden = ['naam', 'naamInBron', 'soort', 'gemeenteCbs', 'bronDocument', 'bronSectie', 'bronCitaat', 'twijfels'] as const;
const rolVelden = ['partnerId', 'regioCode', 'rol', 'toelichting', 'volgorde', 'bronDocument', 'bronSectie', 'bronCitaat', 'twijfels'] as const;

/**
 * Applies the seed files as versions recorded by `bronbestanden` (lib/history.ts, planSeedVersions):
 * a new database gets every record as its first version; a changed seed adds versions only where
 * no steward has changed the record since. When the hash of the seed files matches what is stored,
 * start-up does no writes at all.
 */
export async function seedPartnersDatabase(db: PartnersDb, directory = partnersSeedDirectory): Promise<'unchanged' | 'seeded'> {
  const files = readPartnersSeeds(directory);
  return applySeedIfChanged(db, hashSeedFiles(files), async (trx) => {
    const partners: PartnerGegevens[] = mergePartners(files).map((partner) => ({
      id: partner.id,
      naam: partner.naam,
      naamInBron: partner.naamInBron,
      soort: partner.soort,
      gemeenteCbs: partner.gemeente,
      website: null,
      email: null,
      telefoon: null,
      kvkNummer: null,
      agbCode: null,
      samengevoegdIn: null,
      samengevoegdOp: null,
      ...naamKolommen(partner.naam, partner.id),
      ...bronColumns(partner.bron),
      twijfels: twijfelsKolom(partner.twijfels),
    }));
    const rollen: RolGegevens[] = files.flatMap(({ content }) =>
      content.rollen.map((rol, index) => ({
        id: seedRolId(rol.partner, rol.regio, rol.rol),
        partnerId: rol.partner,
        regioCode: rol.regio,
        rol: rol.rol,
        toelichting: rol.toelichting,
        vanaf: null,
        tot: null,
        volgorde: index + 1,
        ...bronColumns(rol.bron),
        twijfels: twijfelsKolom(rol.twijfels),
      })),
    );
    const op = new Date().toISOString();
    const auteur = { door: seedAuteur, namens: null };
    const partnerPlans = planSeedVersions(partners, await findLatestPartnerVersies(trx as PartnersDb), (row) => row.id, partnerVelden);
    const rolPlans = planSeedVersions(rollen, await findLatestRolVersies(trx as PartnersDb), (row) => row.id, rolVelden);
    const partnerVersies = [];
    for (const plan of partnerPlans) {
      const nr = await recordWijziging(trx, { soort: 'PARTNER', sleutel: plan.row.id, versie: plan.vorige + 1, actie: plan.actie, regioCodes: [], auteur, reden: seedReden, bron: plan.row.bronDocument, op });
      partnerVersies.push({ ...plan.row, ...nextVersie(plan.vorige, auteur, seedReden, { nr, op, actie: plan.actie }) });
    }
    const rolVersies = [];
    for (const plan of rolPlans) {
      const nr = await recordWijziging(trx, { soort: 'PARTNERROL', sleutel: plan.row.id, versie: plan.vorige + 1, actie: plan.actie, regioCodes: [plan.row.regioCode], auteur, reden: seedReden, bron: plan.row.bronDocument, op });
      rolVersies.push({ ...plan.row, ...nextVersie(plan.vorige, auteur, seedReden, { nr, op, actie: plan.actie }) });
    }
    await insertPartnerVersies(trx, partnerVersies);
    await insertPartnerRolVersies(trx, rolVersies);
  });
}
