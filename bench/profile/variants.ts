/**
 * The gateways the profile compares: the hub's gateway as it runs, and, when patches/ holds
 * patches to dependencies, the same bundle on a copy of node_modules with those patches undone, so
 * each patch's effect is measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from '../../lib/paths.js';
import type { ServiceProcess } from '../../lib/processes.js';
import { bundleOf, startService } from '../../lib/services.js';

export interface ProfileVariant {
  name: string;
  /** What differs from the gateway as it runs. */
  change: string;
  /** The bundle the process runs: its frames are vangnet's own code. */
  bundle: string;
  start(port: number, supergraphFile: string, nodeFlags: string[], env: Record<string, string>): ServiceProcess;
  dispose(): void;
}

const patchesDirectory = join(repositoryRoot, 'patches');

/** patch-package names a patch `@scope+name+version.patch`. */
function packageOfPatch(file: string): string {
  return file.replace(/\.patch$/, '').split('+').slice(0, -1).join('/');
}

function run(command: string, args: string[], input?: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  if (result.status !== 0) throw new Error(`bench profile: ${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
}

/**
 * A checkout beside this one with the gateway's bundle and node_modules hard-linked (cheap), except
 * the patched packages, which are real copies with their patch reversed.
 */
function unpatchedCheckout(patches: string[]): { bundle: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'vangnet-unpatched-'));
  for (const entry of readdirSync(repositoryRoot)) {
    if (['node_modules', 'dist', '.git'].includes(entry)) continue;
    if (entry === 'package.json') copyFileSync(join(repositoryRoot, entry), join(root, entry));
    else symlinkSync(join(repositoryRoot, entry), join(root, entry));
  }
  mkdirSync(join(root, 'dist'));
  const bundle = join(root, 'dist', 'gateway.mjs');
  copyFileSync(bundleOf('gateway'), bundle);
  // Hard links need one file system; a plain copy (slower, larger) works on any.
  const linked = spawnSync('cp', ['-al', join(repositoryRoot, 'node_modules'), join(root, 'node_modules')]);
  if (linked.status !== 0) run('cp', ['-a', join(repositoryRoot, 'node_modules'), join(root, 'node_modules')]);
  for (const patch of patches) {
    const packageDirectory = join(root, 'node_modules', packageOfPatch(patch));
    rmSync(packageDirectory, { recursive: true, force: true });
    run('cp', ['-a', join(repositoryRoot, 'node_modules', packageOfPatch(patch)), packageDirectory]);
    run('patch', ['-R', '-p1', '-s', '-d', root], readFileSync(join(patchesDirectory, patch), 'utf8'));
  }
  return { bundle, root };
}

export async function profileVariants(): Promise<ProfileVariant[]> {
  const bundle = bundleOf('gateway');
  const variants: ProfileVariant[] = [
    {
      name: 'as it runs',
      change: 'the gateway as `npm start` runs it, without the response cache (RESPONSE_CACHE=false): the profile is of the work a cache would save',
      bundle,
      start: (port, supergraphFile, nodeFlags, env) => startService('gateway', { name: 'gateway-profiled', nodeFlags, args: [supergraphFile], env: { PORT: String(port), ...env } }),
      dispose: () => {},
    },
  ];
  const patches = existsSync(patchesDirectory) ? readdirSync(patchesDirectory).filter((file) => file.endsWith('.patch')).sort() : [];
  if (patches.length > 0) {
    const unpatched = unpatchedCheckout(patches);
    variants.push({
      name: 'without patches',
      change: `the same bundle on node_modules without vangnet's patches to its dependencies (${patches.map((patch) => `\`${patch}\``).join(', ')}): a CPU per request above the gateway's as it runs is what the patches save`,
      bundle: unpatched.bundle,
      start: (port, supergraphFile, nodeFlags, env) =>
        startService('gateway', { name: 'gateway-unpatched', bundle: unpatched.bundle, nodeFlags, args: [supergraphFile], env: { PORT: String(port), ...env } }),
      dispose: () => rmSync(unpatched.root, { recursive: true, force: true }),
    });
  }
  return variants;
}
