import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../lib/processes.js';
import { installDebianPackage } from './debian-packages.js';

/**
 * A throwaway PostgreSQL server for the tests: its own data directory, port and socket, so it
 * never touches a server the machine already runs, and a fault test can stop and start it.
 */
export interface PostgresCluster {
  /** Connects as the superuser to the `postgres` database; tests create their own databases. */
  url: string;
  port: number;
  dataDir: string;
  start(): void;
  stop(): void;
  remove(): void;
}

/** The directory with initdb and pg_ctl from Debian's packages (the newest version), or null. */
export function findPostgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0]!, 'bin') : null;
}

/** Installs the server from Debian's packages when the machine allows it; says why not otherwise. */
export function installPostgres(log: (line: string) => void): string {
  const found = findPostgresBinaries();
  if (found) return found;
  installDebianPackage({
    name: 'postgresql',
    what: 'PostgreSQL',
    otherwise: 'Install it (Debian: apt-get install postgresql), or point VANGNET_TEST_POSTGRES_URL at a server the tests may create databases on.',
    takes: 'about a minute',
    log,
  });
  const installed = findPostgresBinaries();
  if (!installed) throw new Error('apt-get installed postgresql but no initdb was found under /usr/lib/postgresql');
  return installed;
}

function run(binaries: string, command: string, args: string[], asPostgres: boolean): void {
  const executable = join(binaries, command);
  // initdb and the server refuse to run as root; Debian's package made the postgres user for this.
  const [file, fullArgs] = asPostgres ? ['runuser', ['-u', 'postgres', '--', executable, ...args]] : [executable, args];
  const result = spawnSync(file, fullArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
}

export async function createPostgresCluster(binaries: string): Promise<PostgresCluster> {
  const asPostgres = userInfo().uid === 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'vangnet-pg-'));
  if (asPostgres) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const groups = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dataDir, Number(ids.stdout.trim()), Number(groups.stdout.trim()));
  }
  chmodSync(dataDir, 0o700);
  const port = await freePort();
  // C collation sorts text the same way SQLite does, so both passes expect one order.
  run(binaries, 'initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-locale', '-E', 'UTF8', '--no-sync'], asPostgres);
  // Durability settings are off because the data is thrown away after the run; they halve its time.
  const serverOptions = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  const cluster: PostgresCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    start: () => run(binaries, 'pg_ctl', ['-D', dataDir, '-o', serverOptions, '-l', join(dataDir, 'server.log'), '-w', '-t', '60', 'start'], asPostgres),
    stop: () => run(binaries, 'pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'], asPostgres),
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
  cluster.start();
  return cluster;
}
