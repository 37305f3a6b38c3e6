import type { Generated, Kysely, Selectable } from 'kysely';
import { addSerialKey, migrateToLatest, openDatabase, type DatabaseLocation, type StatementCounter } from '../../lib/database.js';

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

export interface RegistryDatabase {
  subgraphVersie: SubgraphVersieTable;
  supergraphVersie: SupergraphVersieTable;
  operatie: OperatieTable;
  registerlog: RegisterlogTable;
}

export type SubgraphVersieRow = Selectable<SubgraphVersieTable>;
export type SupergraphVersieRow = Selectable<SupergraphVersieTable>;
export type RegistryDb = Kysely<RegistryDatabase>;

const migrations = {
  '0001-initial': {
    async up(db: Kysely<any>) {
      await addSerialKey(db, db.schema.createTable('subgraph_versie'))
        .addColumn('naam', 'text', (col) => col.notNull())
        .addColumn('url', 'text', (col) => col.notNull())
        .addColumn('sdl', 'text', (col) => col.notNull())
        .addColumn('uitgever', 'text', (col) => col.notNull())
        .addColumn('op', 'text', (col) => col.notNull())
        .execute();
      await addSerialKey(db, db.schema.createTable('supergraph_versie'))
        .addColumn('sdl', 'text', (col) => col.notNull())
        .addColumn('samenstelling', 'text', (col) => col.notNull())
        .addColumn('oorzaak', 'text', (col) => col.notNull())
        .addColumn('door', 'text', (col) => col.notNull())
        .addColumn('op', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('operatie')
        .addColumn('naam', 'text', (col) => col.primaryKey())
        .addColumn('document', 'text', (col) => col.notNull())
        .addColumn('door', 'text', (col) => col.notNull())
        .addColumn('op', 'text', (col) => col.notNull())
        .execute();
      await addSerialKey(db, db.schema.createTable('registerlog'))
        .addColumn('actie', 'text', (col) => col.notNull())
        .addColumn('subgraph', 'text')
        .addColumn('door', 'text', (col) => col.notNull())
        .addColumn('op', 'text', (col) => col.notNull())
        .addColumn('ok', 'integer', (col) => col.notNull())
        .addColumn('redenen', 'text', (col) => col.notNull())
        .execute();
    },
  },
};

export async function openRegistryDatabase(location: DatabaseLocation, counter: StatementCounter): Promise<RegistryDb> {
  const db = openDatabase<RegistryDatabase>(location, counter);
  await migrateToLatest(db, migrations);
  return db;
}
