import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DatabaseLocation } from '../database.js';
import { hubSubgraphs } from '../hub-subgraphs.js';
import { repositoryRoot } from '../paths.js';
import { registryMigrations } from '../../registry/src/db/database.js';

/** A service that keeps data of its own, and the migrations this code knows for it, in order. */
export interface DataService {
  name: string;
  migrations: string[];
}

/**
 * Every service with data: each hub subgraph of the manifest and the registry. A subgraph's
 * migrations are found by the convention every subgraph follows (`src/db/migrate.ts` exports
 * `<name>Migrations`), so a new hub subgraph is backed up without a second list to keep in step.
 */
export async function dataServices(): Promise<DataService[]> {
  const subgraphs = await Promise.all(
    hubSubgraphs.map(async (subgraph) => {
      const file = join(repositoryRoot, 'subgraphs', subgraph.name, 'src', 'db', 'migrate.ts');
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const migrations = module[`${subgraph.name}Migrations`];
      if (!migrations || typeof migrations !== 'object') throw new Error(`${file} does not export ${subgraph.name}Migrations`);
      return { name: subgraph.name, migrations: migrationOrder(migrations) };
    }),
  );
  return [...subgraphs, { name: 'registry', migrations: migrationOrder(registryMigrations) }];
}

// Kysely's migrator runs migrations in the order of their names, so that order is the schema's history.
function migrationOrder(migrations: object): string[] {
  return Object.keys(migrations).sort();
}

export function latestMigration(service: DataService): string {
  return service.migrations.at(-1)!;
}

/** Why a backup's schema version cannot be restored by this code, or null when it can. */
export function schemaVersionProblem(service: DataService, version: string): string | null {
  if (service.migrations.includes(version)) return null;
  const latest = latestMigration(service);
  if (version > latest) return `${service.name} is at schema version ${version}, newer than this code's latest migration ${latest}: restore it with the hub version that made it`;
  return `${service.name} is at schema version ${version}, a migration this code does not know (its migrations: ${service.migrations.join(', ')})`;
}

/** Where the hub keeps the data: the same settings `npm start` passes its services. */
export interface HubDataSettings {
  dataDir: string;
  databaseUrl: string | null;
}

export function hubDataSettings(flags: { dataDir?: string | undefined; databaseUrl?: string | undefined }, env: NodeJS.ProcessEnv = process.env): HubDataSettings {
  const databaseUrl = flags.databaseUrl ?? (env.DATABASE_URL?.trim() || null);
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('the database URL must start with postgres:// or postgresql://');
  return { dataDir: flags.dataDir ?? (env.DATA_DIR?.trim() || join(repositoryRoot, 'data')), databaseUrl };
}

/**
 * A service's data under those settings. DATABASE_FILE and DATABASE_SCHEMA are ignored: they are
 * settings of one service process, and `npm start` sets neither.
 */
export function serviceLocation(settings: HubDataSettings, service: string): DatabaseLocation {
  return settings.databaseUrl ? { kind: 'postgres', url: settings.databaseUrl, schema: service } : { kind: 'sqlite', file: join(settings.dataDir, `${service}.sqlite`) };
}
