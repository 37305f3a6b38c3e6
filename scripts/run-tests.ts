// `npm test`: type-checks, then runs the whole suite twice, on SQLite (the embedded default) and
// on PostgreSQL, which it installs from Debian's packages and starts on a throwaway port when
// needed. The werkbak's browser tests need Chromium, installed from Debian's packages the same way.
// VANGNET_TEST_DATABASES=sqlite or =postgres runs one pass; arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { installChromium } from '../test/harness/browser.js';
import { createPostgresCluster, installPostgres, type PostgresCluster } from '../test/harness/postgres-cluster.js';

const passes = (process.env.VANGNET_TEST_DATABASES ?? 'sqlite,postgres').split(',').map((pass) => pass.trim());
const vitestArgs = process.argv.slice(2);
const log = (line: string) => console.log(`vangnet test: ${line}`);

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  log(title);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const failed: string[] = [];
if (!step('type-checking', 'npx', ['tsc', '--noEmit', '-p', '.'])) failed.push('type check');
try {
  // The werkbak's tests drive a real browser; without one they fail and say why.
  installChromium(log);
} catch (error) {
  console.error(`vangnet test: ${error instanceof Error ? error.message : String(error)}`);
}

if (passes.includes('sqlite')) {
  if (!step('pass 1: the whole suite on SQLite', 'npx', ['vitest', 'run', ...vitestArgs], { VANGNET_TEST_POSTGRES_URL: '' })) failed.push('SQLite pass');
}

if (passes.includes('postgres')) {
  let cluster: PostgresCluster | null = null;
  try {
    let url = process.env.VANGNET_TEST_POSTGRES_URL?.trim();
    if (!url) {
      const binaries = installPostgres(log);
      cluster = await createPostgresCluster(binaries);
      url = cluster.url;
      log(`PostgreSQL started from ${binaries} on port ${cluster.port}`);
    }
    if (!step('pass 2: the whole suite on PostgreSQL', 'npx', ['vitest', 'run', ...vitestArgs], { VANGNET_TEST_POSTGRES_URL: url })) failed.push('PostgreSQL pass');
  } catch (error) {
    console.error(`vangnet test: PostgreSQL pass could not run: ${error instanceof Error ? error.message : String(error)}`);
    failed.push('PostgreSQL pass');
  } finally {
    if (cluster) {
      try {
        cluster.stop();
      } catch {
        // A server that already stopped leaves nothing to clean up but its directory.
      }
      cluster.remove();
    }
  }
}

if (failed.length > 0) {
  log(`FAILED: ${failed.join(', ')}`);
  process.exit(1);
}
log('all passes green');
