import type { VoorzieningenDb } from './db/database.js';
import { createVoorzieningenLoaders, type VoorzieningenLoaders } from './loaders.js';

export interface VoorzieningenContext {
  db: VoorzieningenDb;
  loaders: VoorzieningenLoaders;
}

/** A region as this subgraph knows it: only its key; the regions subgraph resolves the rest. */
export interface RegioReference {
  code: string;
}

/** An organisation as this subgraph knows it: only its key; the partners subgraph resolves the rest. */
export interface PartnerReference {
  id: string;
}

export function createVoorzieningenContext(db: VoorzieningenDb): VoorzieningenContext {
  return { db, loaders: createVoorzieningenLoaders(db) };
}
