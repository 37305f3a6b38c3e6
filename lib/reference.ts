import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bronnenDirectory } from './bron.js';
import { repositoryRoot } from './paths.js';

export interface GemeenteReference {
  cbsCode: string;
  naam: string;
  provincie: string;
}

/** The CBS municipality list in bronnen/referentie: reference data every subgraph may read. */
export function readGemeentenReference(): GemeenteReference[] {
  const [, ...lines] = readFileSync(join(bronnenDirectory, 'referentie', 'gemeenten.csv'), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [cbsCode = '', naam = '', provincie = ''] = line.split(',').map((cell) => cell.trim());
    return { cbsCode, naam, provincie };
  });
}

/**
 * The regions the hub keeps a directory for: the regions subgraph has one seed file per region
 * (bronnen/SEED-FORMAT.md), and that subgraph owns the regions, so its list is the one list.
 */
export function readRegioCodes(): string[] {
  return readdirSync(join(repositoryRoot, 'subgraphs', 'regions', 'seed'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}
