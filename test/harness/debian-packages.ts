import { spawnSync } from 'node:child_process';
import { userInfo } from 'node:os';

/**
 * Installs one of Debian's packages for the tests when the user may (root, with apt-get: CI);
 * otherwise says what is missing and what to do instead.
 */
export function installDebianPackage(options: { name: string; what: string; otherwise: string; takes: string; log: (line: string) => void }): void {
  if (userInfo().uid !== 0 || spawnSync('which', ['apt-get']).status !== 0) {
    throw new Error(`${options.what} is not installed and this user cannot install it. ${options.otherwise}`);
  }
  options.log(`installing ${options.what} from Debian's packages (apt-get; ${options.takes})...`);
  for (const args of [['update', '-q'], ['install', '-y', '-q', '--no-install-recommends', options.name]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status}`);
  }
}
