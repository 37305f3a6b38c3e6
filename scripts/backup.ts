// `npm run backup [-- --naar <folder>]`: a consistent copy of every service's data while the hub
// runs and takes writes (SQLite's online backup API; pg_dump from one snapshot on PostgreSQL), with
// a manifest of what it holds, in backups/<UTC time>/ unless --naar says otherwise. The data is
// found as `npm start` finds it: DATA_DIR (default ./data), or DATABASE_URL; --data-dir and
// --database-url override them. Exits 1 on any failure, leaving no folder that looks complete.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBackupDir, makeBackup } from '../lib/backup/backup.js';
import { hubDataSettings } from '../lib/backup/services.js';

const log = (line: string) => console.log(`backup: ${line}`);

let values: { naar?: string; 'data-dir'?: string; 'database-url'?: string };
try {
  ({ values } = parseArgs({ options: { naar: { type: 'string' }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' } } }));
} catch (error) {
  console.error(`backup: ${error instanceof Error ? error.message : String(error)}\nbackup: usage: npm run backup [-- --naar <folder>] [--data-dir <folder> | --database-url postgres://...]`);
  process.exit(2);
}

try {
  const settings = hubDataSettings({ dataDir: values['data-dir'], databaseUrl: values['database-url'] });
  const target = resolve(values.naar ?? defaultBackupDir());
  const started = Date.now();
  const manifest = await makeBackup(settings, target, log);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${manifest.services.length} services (${manifest.database}) in ${target}`);
  log(`check it with: npm run restore -- ${target} --controleer`);
} catch (error) {
  console.error(`backup: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
