import { join } from 'node:path';
import { repositoryRoot } from '../../../../lib/paths.js';
import { bronColumns, type SeedBron } from '../../../../lib/bron.js';
import { hashSeedFiles, insertInChunks, readSeedFiles, replaceSeedIfChanged, type SeedFile } from '../../../../lib/seed.js';
import { searchKey } from '../../../../lib/text.js';
import type { PartnersDb } from './database.js';

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

export function readPartnersSeeds(directory = partnersSeedDirectory): SeedFile<PartnersSeed>[] {
  return readSeedFiles<PartnersSeed>(directory);
}

export function sortKeyFor(naam: string, id: string): string {
  return `${searchKey(naam)}|${id}`;
}

export async function seedPartnersDatabase(db: PartnersDb, directory = partnersSeedDirectory): Promise<'unchanged' | 'seeded'> {
  const files = readPartnersSeeds(directory);
  const partners = mergePartners(files);
  return replaceSeedIfChanged(db, hashSeedFiles(files), ['partner_rol', 'partner'], async (trx) => {
    await insertInChunks(
      trx,
      'partner',
      partners.map((partner) => ({
        id: partner.id,
        naam: partner.naam,
        naamInBron: partner.naamInBron,
        soort: partner.soort,
        gemeenteCbs: partner.gemeente,
        zoeksleutel: searchKey(partner.naam),
        sorteersleutel: sortKeyFor(partner.naam, partner.id),
        ...bronColumns(partner.bron),
      })),
    );
    for (const { content } of files) {
      await insertInChunks(
        trx,
        'partner_rol',
        content.rollen.map((rol, index) => ({
          partnerId: rol.partner,
          regioCode: rol.regio,
          rol: rol.rol,
          toelichting: rol.toelichting,
          volgorde: index + 1,
          ...bronColumns(rol.bron),
        })),
      );
    }
  });
}
