import type { RegionsDb } from './db/database.js';
import { createRegionsLoaders, type RegionsLoaders } from './loaders.js';

export interface RegionsContext {
  db: RegionsDb;
  loaders: RegionsLoaders;
}

/** A partner as this subgraph knows it: only its key; the partners subgraph resolves the rest. */
export interface PartnerReference {
  id: string;
}

export function createRegionsContext(db: RegionsDb): RegionsContext {
  return { db, loaders: createRegionsLoaders(db) };
}
