import type { IncomingMessage } from 'node:http';
import type { AuthConfig } from '../../../lib/auth.js';
import { aanvragerVan, type Aanvrager } from '../../../lib/requester.js';
import type { RegionsDb } from './db/database.js';
import { createRegionsLoaders, type RegionsLoaders } from './loaders.js';

export interface RegionsContext {
  db: RegionsDb;
  loaders: RegionsLoaders;
  /** Reads are public; a token matters only for changes and for seeing who made them. */
  aanvrager: Aanvrager;
}

/** A partner as this subgraph knows it: only its key; the partners subgraph resolves the rest. */
export interface PartnerReference {
  id: string;
}

export async function createRegionsContext(db: RegionsDb, request: IncomingMessage, auth: AuthConfig): Promise<RegionsContext> {
  return { db, loaders: createRegionsLoaders(db), aanvrager: await aanvragerVan(request, auth) };
}

/**
 * A page of the directory's feed as this subgraph gets it: the cursor, and for `cursor` and
 * `heeftMeer` the other subgraphs' parts, which the gateway fetches first (`@requires`).
 */
export interface DirectoryFeedRef {
  na: string;
  partners?: { cursor: string; heeftMeer: boolean };
  voorzieningen?: { cursor: string; heeftMeer: boolean };
}
