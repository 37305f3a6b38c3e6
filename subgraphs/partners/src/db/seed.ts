import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../../../../lib/paths.js';
import { bronColumns, type SeedBron } from '../../../../lib/bron.js';
import { nextVersie, planSeedVersions, recordWijziging, seedAuteur, sleutelVan, type VersieColumns } from '../../../../lib/history.js';
import { applySeedIfChanged, hashSeedFiles, readSeedFiles, type SeedFile } from '../../../../lib/seed.js';
import { nameKey, searchKey } from '../../../../lib/text.js';
import type { PartnerRolRow, PartnerRow, PartnersDb } from './database.js';
import { findLatestPartnerVersies, findLatestRolVersies, insertPartnerRolVersies, insertPartnerVersies } from './versie-queries.js';

/** A record's own facts: a version without the columns that say who recorded it. */
export type PartnerGegevens = Omit<PartnerRow, keyof VersieColumns>;
export type RolGegevens = Omit<PartnerRolRow, keyof VersieColumns>;

const seedReden = 'Uit de bronbestanden van de hub (bronnen/)';

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
  }>;
  rollen: Array<{
    partner: string;
    regio: string;
    rol: string;
    toelichting: string | null;
    bron: SeedBron;
  }>;
}

export type SeedPartner = PartnersSeed['partners'][number];

/**
 * The same organisation appears in the seeds of several regions; it becomes one partner. The
 * first file (in name order) that names it gives its bron; a conflicting name or kind is a seed
 * error, reported rather than silently resolved.
 */
export function mergePartners(files: SeedFile<PartnersSeed>[]): SeedPartner[] {
  const byId = new Map<string, SeedPartner>();
  const conflicts: string[] = [];
  for (const file of files) {
    for (const partner of file.content.partners) {
      const known = byId.get(partner.id);
      if (!known) {
        byId.set(partner.id, partner);
        continue;
      }
      if (known.naam !== partner.naam || known.soort !== partner.soort || known.gemeente !== partner.gemeente) {
        conflicts.push(`${partner.id} in ${file.name}: ${partner.naam}/${partner.soort} differs from ${known.naam}/${known.soort}`);
      }
      if (known.naamInBron === null && partner.naamInBron !== null) byId.set(partner.id, { ...known, naamInBron: partner.naamInBron });
    }
  }
  if (conflicts.length > 0) throw new Error(`Conflicting partners in the seed:\n${conflicts.join('\n')}`);
  return [...byId.values()];
}

/** The regions the hub keeps a directory for: one seed file each (bronnen/SEED-FORMAT.md). */
export const knownRegioCodes: ReadonlySet<string> = new Set(readdirSync(partnersSeedDirectory).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)));

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

const partnerVelden = ['naam', 'naamInBron', 'soort', 'gemeenteCbs', 'bronDocument', 'bronSectie', 'bronCitaat'] as const;
const rolVelden = ['partnerId', 'regioCode', 'rol', 'toelichting', 'volgorde', 'bronDocument', 'bronSectie', 'bronCitaat'] as const;

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
      })),
    );
    const op = new Date().toISOString();
    const auteur = { door: seedAuteur, namens: null };
    const partnerPlans = planSeedVersions(partners, await findLatestPartnerVersies(trx), (row) => row.id, partnerVelden);
    const rolPlans = planSeedVersions(rollen, await findLatestRolVersies(trx), (row) => row.id, rolVelden);
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
