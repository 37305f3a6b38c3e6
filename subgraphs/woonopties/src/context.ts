import type { IncomingMessage } from 'node:http';
import DataLoader from 'dataloader';
import type { AuthConfig, Gebruiker } from '../../../lib/auth.js';
import { aanvragerVan, type Aanvrager } from '../../../lib/requester.js';
import type { WoonoptiesDb } from './db/database.js';
import { logToegang } from './db/toegangslog-queries.js';
import { createWoonoptiesLoaders, type WoonoptiesLoaders } from './loaders.js';

export interface WoonoptiesContext {
  db: WoonoptiesDb;
  loaders: WoonoptiesLoaders;
  aanvrager: Aanvrager;
  /** Logs each person's record a request shows, in one insert per request. */
  inzage: DataLoader<string, true>;
}

export interface RegioReference {
  code: string;
}

export interface GemeenteReference {
  cbsCode: string;
}

export interface PartnerReference {
  id: string;
}

export async function createWoonoptiesContext(db: WoonoptiesDb, request: IncomingMessage, auth: AuthConfig): Promise<WoonoptiesContext> {
  const aanvrager = await aanvragerVan(request, auth);
  const inzage = new DataLoader<string, true>(async (woonvraagIds) => {
    if (aanvrager.gebruiker) await logToegang(db, aanvrager.gebruiker, 'INZAGE', woonvraagIds);
    return woonvraagIds.map(() => true as const);
  });
  return { db, loaders: createWoonoptiesLoaders(db), aanvrager, inzage };
}

/** A page of a list; the total is counted only when a client asks for it. */
export interface Pagina<Row> {
  nodes: Row[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** The signed-in user as the schema's `Gebruiker` resolves it (named apart from the GraphQL type). */
export type IngelogdeGebruiker = Gebruiker;
