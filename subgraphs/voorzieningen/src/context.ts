import type { IncomingMessage } from 'node:http';
import type { AuthConfig } from '../../../lib/auth.js';
import { aanvragerVan, type Aanvrager } from '../../../lib/requester.js';
import type { VoorzieningenDb, WijzigingRow } from './db/database.js';
import { createVoorzieningenLoaders, type VoorzieningenLoaders } from './loaders.js';

export interface VoorzieningenContext {
  db: VoorzieningenDb;
  loaders: VoorzieningenLoaders;
  /** Reads are public; a token matters only for changes and for seeing who made them. */
  aanvrager: Aanvrager;
}

/** A region as this subgraph knows it: only its key; the regions subgraph resolves the rest. */
export interface RegioReference {
  code: string;
}

/** An organisation as this subgraph knows it: only its key; the partners subgraph resolves the rest. */
export interface PartnerReference {
  id: string;
}

/** A page of the change feed. */
export interface ChangeFeedPage {
  wijzigingen: WijzigingRow[];
  cursor: string;
  heeftMeer: boolean;
}

export async function createVoorzieningenContext(db: VoorzieningenDb, request: IncomingMessage, auth: AuthConfig): Promise<VoorzieningenContext> {
  return { db, loaders: createVoorzieningenLoaders(db), aanvrager: await aanvragerVan(request, auth) };
}

/** A page of the directory's feed as this subgraph knows it: only its cursor. */
export interface DirectoryFeedKey {
  na: string;
}
