import type { PartnersDb } from './db/database.js';
import { createPartnersLoaders, type PartnersLoaders } from './loaders.js';

export interface PartnersContext {
  db: PartnersDb;
  loaders: PartnersLoaders;
}

/** A region as this subgraph knows it: only its key; the regions subgraph resolves the rest. */
export interface RegioReference {
  code: string;
}

/** A municipality as this subgraph knows it: only its key. */
export interface GemeenteReference {
  cbsCode: string;
}

export function createPartnersContext(db: PartnersDb): PartnersContext {
  return { db, loaders: createPartnersLoaders(db) };
}
