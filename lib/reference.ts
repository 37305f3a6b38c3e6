import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bronnenDirectory } from './bron.js';

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
