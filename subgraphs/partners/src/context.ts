import type { IncomingMessage } from 'node:http';
import type { AuthConfig } from '../../../lib/auth.js';
import { aanvragerVan, type Aanvrager } from '../../../lib/requester.js';
import type { PartnersDb } from './db/database.js';
import { createPartnersLoaders, type PartnersLoaders } from './loaders.js';

export interface PartnersContext {
  db: PartnersDb;
  loaders: PartnersLoaders;
  /** Reads are public; a token matters only for changes and for seeing who made them. */
  aanvrager: Aanvrager;
}

/** A region as this subgraph knows it: only its key; the regions subgraph resolves the rest. */
export interface RegioReference {
  code: string;
}

/** A municipality as this subgraph knows it: only its key. */
export interface GemeenteReference {
  cbsCode: string;
}


export async function createPartnersContext(db: PartnersDb, request: IncomingMessage, auth: AuthConfig): Promise<PartnersContext> {
  return { db, loaders: createPartnersLoaders(db), aanvrager: await aanvragerVan(request, auth) };
}

/** A page of the directory's feed as this subgraph knows it: only its cursor. */
export interface DirectoryFeedKey {
  na: string;
}
