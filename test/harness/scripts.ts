import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repositoryRoot } from '../../lib/paths.js';

/**
 * Runs one of the hub's command-line scripts as an operator would (`node --import tsx scripts/...`),
 * without blocking this process, so a load in the test keeps running meanwhile. `env` replaces
 * the variables it names; a variable set to undefined is removed.
 */
export function runScript(script: string, args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; output: string }> {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete environment[name];
    else environment[name] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repositoryRoot, script), ...args], { cwd: repositoryRoot, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}
