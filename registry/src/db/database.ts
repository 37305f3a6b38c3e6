import type { Generated, Insertable, Kysely, Selectable } from 'kysely';
import { migrateToLatest, openDatabase, type DatabaseLocation, type StatementCounter } from '../../../lib/database.js';
import * as initial from './migrations/0001-initial.js';
import * as gebruik from './migrations/0002-gebruik.js';
import * as apps from './migrations/0003-apps.js';

export interface SubgraphVersieTable {
  id: Generated<number>;
  naam: string;
  url: string;
  sdl: string;
  uitgever: string;
  op: string;
}

export interface SupergraphVersieTable {
  id: Generated<number>;
  sdl: string;
  /** JSON object: subgraph name → subgraph_versie id, the set this supergraph was composed from. */
  samenstelling: string;
  oorzaak: string;
  door: string;
  op: string;
}

export interface OperatieTable {
  naam: string;
  document: string;
  door: string;
  op: string;
}

export interface RegisterlogTable {
  id: Generated<number>;
  actie: string;
  subgraph: string | null;
  door: string;
  op: string;
  ok: number;
  /** JSON array of reasons, empty when the action succeeded. */
  redenen: string;
}

/** How often one client version's operations used one schema coordinate in one hour. */
export interface GebruikTable {
  /** The hour's start, ISO 8601 in UTC (2026-05-01T13:00:00Z), so text order is time order. */
  uur: string;
  clientNaam: string;
  /** Empty when the client sent no version. */
  clientVersie: string;
  coordinaat: string;
  aantal: number;
}

export interface GebruikBatchTable {
  id: string;
  ontvangen: string;
  rijen: number;
}

export type AppStatus = 'actief' | 'ingetrokken';

/** One version of a front-end app, registered with its documents from its build (an app deployment). */
export interface AppVersieTable {
  id: Generated<number>;
  naam: string;
  versie: string;
  /** Only an active version's documents run by id on the gateways and protect the schema. */
  status: AppStatus;
  door: string;
  op: string;
  ingetrokkenDoor: string | null;
  ingetrokkenOp: string | null;
}

export interface AppDocumentTable {
  appVersieId: number;
  /** SHA-256 of the document's exact text, lower-case hex. */
  hash: string;
  document: string;
}

export interface RegistryDatabase {
  subgraphVersie: SubgraphVersieTable;
  supergraphVersie: SupergraphVersieTable;
  operatie: OperatieTable;
  registerlog: RegisterlogTable;
  gebruik: GebruikTable;
  gebruikBatch: GebruikBatchTable;
  appVersie: AppVersieTable;
  appDocument: AppDocumentTable;
}

export type SubgraphVersieRow = Selectable<SubgraphVersieTable>;
export type NewSubgraphVersie = Insertable<SubgraphVersieTable>;
export type SupergraphVersieRow = Selectable<SupergraphVersieTable>;
export type NewSupergraphVersie = Insertable<SupergraphVersieTable>;
export type OperatieRow = Selectable<OperatieTable>;
export type NewOperatie = Insertable<OperatieTable>;
export type RegisterlogRow = Selectable<RegisterlogTable>;
export type NewRegisterlog = Insertable<RegisterlogTable>;
export type GebruikRow = Selectable<GebruikTable>;
export type AppVersieRow = Selectable<AppVersieTable>;
export type NewAppVersie = Insertable<AppVersieTable>;
export type AppDocumentRow = Selectable<AppDocumentTable>;
export type RegistryDb = Kysely<RegistryDatabase>;

export const registryMigrations = { '0001-initial': initial, '0002-gebruik': gebruik, '0003-apps': apps };

export async function openRegistryDatabase(location: DatabaseLocation, counter: StatementCounter): Promise<RegistryDb> {
  const db = openDatabase<RegistryDatabase>(location, counter);
  await migrateToLatest(db, registryMigrations);
  return db;
}
