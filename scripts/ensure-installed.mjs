// Runs before `npm start` and `npm test` so that a fresh clone needs no separate install step.
// It reinstalls only when package-lock.json changed since the last install it made.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(root, 'package-lock.json');
const stampFile = join(root, 'node_modules', '.vangnet-install-stamp');
const lockHash = createHash('sha256').update(readFileSync(lockFile)).digest('hex');
const installed = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === lockHash;

if (!installed) {
  console.log('vangnet: installing dependencies with `npm ci` (better-sqlite3 compiles from source, about 90 s)...');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('vangnet: `npm ci` failed; see the output above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, lockHash);
}
