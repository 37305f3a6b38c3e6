// `npm run restore -- <backup> [--controleer]`: with --controleer only checks a backup (every
// service there, checksums, schema versions, each copy readable) and prints a report. Without it,
// brings a stopped hub's data back to exactly the backup's state, after the same checks; it refuses,
// changing nothing, a backup that is incomplete, damaged or from a newer schema version, and a hub
// that still runs. Where the data goes comes from DATA_DIR / DATABASE_URL as for `npm start`
// (--data-dir, --database-url override them); --poorten lists the ports probed for a running hub
// (default those of `npm start`, VANGNET_PORT_BASE included). Exit code 1: refused or failed; 2: wrong arguments.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBackup } from '../lib/backup/check.js';
import { defaultHubPorts, restoreBackup, RestoreRefused } from '../lib/backup/restore.js';
import { dataServices, hubDataSettings } from '../lib/backup/services.js';

const log = (line: string) => console.log(`restore: ${line}`);
const usage = 'usage: npm run restore -- <backup folder> [--controleer] [--data-dir <folder> | --database-url postgres://...] [--poorten 4000,4001,...]';

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { controleer: { type: 'boolean', default: false }, 'data-dir': { type: 'string' }, 'database-url': { type: 'string' }, poorten: { type: 'string' } },
  });
}
try {
  parsed = parse();
} catch (error) {
  console.error(`restore: ${error instanceof Error ? error.message : String(error)}\nrestore: ${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
let ports: number[];
try {
  ports = values.poorten === undefined ? defaultHubPorts() : values.poorten.split(',').filter((port) => port.trim() !== '').map(Number);
} catch (error) {
  console.error(`restore: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
if (positionals.length !== 1 || ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65_535)) {
  console.error(`restore: ${positionals.length !== 1 ? 'name exactly one backup folder' : `--poorten takes port numbers separated by commas, not "${values.poorten}"`}\nrestore: ${usage}`);
  process.exit(2);
}
const backupDir = resolve(positionals[0]!);

try {
  if (values.controleer) {
    log(`checking ${backupDir} (nothing is restored)`);
    const check = await checkBackup(backupDir, await dataServices());
    if (check.manifest) log(`made ${check.manifest.createdAt} from ${check.manifest.database} data at ${check.manifest.source}, hub commit ${check.manifest.hubCommit ?? 'unknown'}`);
    for (const line of check.passed) log(`ok ${line}`);
    for (const problem of check.problems) console.error(`restore: PROBLEM: ${problem}`);
    if (check.problems.length > 0) {
      console.error(`restore: the backup cannot be restored (${check.problems.length} problem${check.problems.length === 1 ? '' : 's'})`);
      process.exit(1);
    }
    log('the backup is complete and can be restored by this version of the hub');
  } else {
    const settings = hubDataSettings({ dataDir: values['data-dir'], databaseUrl: values['database-url'] });
    log(`restoring ${backupDir} into ${settings.databaseUrl === null ? settings.dataDir : 'the PostgreSQL database of DATABASE_URL'}`);
    const manifest = await restoreBackup({ backupDir, settings, ports, log });
    log(`done: the hub's data is as it was at ${manifest.createdAt}; npm start serves it (older schema versions are migrated forward at start)`);
  }
} catch (error) {
  if (error instanceof RestoreRefused) {
    for (const reason of error.reasons) console.error(`restore: REFUSED: ${reason}`);
    console.error('restore: nothing was changed');
  } else {
    console.error(`restore: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
