import { join } from 'node:path';
import { repositoryRoot } from '../../../../lib/paths.js';
import { bronColumns, type SeedBron } from '../../../../lib/bron.js';
import { hashSeedFiles, insertInChunks, readSeedFiles, replaceSeedIfChanged } from '../../../../lib/seed.js';
import type { WoonoptiesDb } from './database.js';

export const woonoptiesSeedDirectory = join(repositoryRoot, 'subgraphs', 'woonopties', 'seed');

export interface WoonoptiesSeed {
  matchingspunten: Array<{
    id: string;
    naam: string;
    subregio: string | null;
    gemeenten: string[];
    startjaar: number | null;
    bron: SeedBron;
    gemeentenBron: SeedBron | null;
  }>;
}

/**
 * Only the Matchingspunten come from the sources; supply, demand and referrals are working data
 * that users enter, so reseeding replaces the Matchingspunten alone and never touches them.
 */
export async function seedWoonoptiesDatabase(db: WoonoptiesDb, directory = woonoptiesSeedDirectory): Promise<'unchanged' | 'seeded'> {
  const files = readSeedFiles<WoonoptiesSeed>(directory);
  return replaceSeedIfChanged(db, hashSeedFiles(files), ['matchingspunt_gemeente'], async (trx) => {
    for (const file of files) {
      const regioCode = file.name.replace(/\.json$/, '');
      for (const punt of file.content.matchingspunten) {
        const row = { naam: punt.naam, regioCode, subregio: punt.subregio, startjaar: punt.startjaar, ...bronColumns(punt.bron) };
        await trx
          .insertInto('matchingspunt')
          .values({ id: punt.id, ...row })
          .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
          .execute();
        await insertInChunks(trx, 'matchingspunt_gemeente', punt.gemeenten.map((cbsCode) => ({ matchingspuntId: punt.id, cbsCode })));
      }
    }
  });
}
