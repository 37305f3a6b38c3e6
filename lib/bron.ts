import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './paths.js';

export const bronnenDirectory = join(repositoryRoot, 'bronnen');

/** The `bron` of a seed row, as written in the seed files (bronnen/SEED-FORMAT.md). */
export interface SeedBron {
  document: string;
  sectie: string | null;
  citaat: string | null;
}

/** The GraphQL `Bron` value type, shared by every subgraph. */
export interface Bron {
  document: string;
  documentTitel: string;
  sectie: string | null;
  citaat: string | null;
}

export interface SourceDocument {
  id: string;
  /** Path below `bronnen/`. */
  bestand: string;
  titel: string;
}

export const sourceDocuments: readonly SourceDocument[] = JSON.parse(
  readFileSync(join(bronnenDirectory, 'documenten.json'), 'utf8'),
) as SourceDocument[];

const documentTitles = new Map(sourceDocuments.map((entry) => [entry.id, entry.titel]));

/** Rows store a bron as three columns with a common prefix; this turns them back into a `Bron`. */
export function toBron(document: string, sectie: string | null, citaat: string | null): Bron {
  return { document, documentTitel: documentTitles.get(document) ?? document, sectie, citaat };
}

export function bronColumns(bron: SeedBron): { bronDocument: string; bronSectie: string | null; bronCitaat: string | null } {
  return { bronDocument: bron.document, bronSectie: bron.sectie ?? null, bronCitaat: bron.citaat ?? null };
}

/** How every table stores a row's `bron`: three columns with a common prefix. */
export interface BronColumns {
  bronDocument: string;
  bronSectie: string | null;
  bronCitaat: string | null;
}
