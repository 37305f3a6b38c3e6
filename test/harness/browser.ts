import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download cannot run here, and need not. */
export const chromiumPath = process.env.VANGNET_CHROMIUM ?? '/usr/bin/chromium';

/** Installs Chromium from Debian's packages when it is missing and the user may (root in CI); says why not otherwise. */
export function installChromium(log: (line: string) => void): void {
  if (existsSync(chromiumPath)) return;
  if (userInfo().uid !== 0 || spawnSync('which', ['apt-get']).status !== 0) {
    throw new Error(`Chromium is not installed at ${chromiumPath} and this user cannot install it. Install it (Debian: apt-get install chromium), or set VANGNET_CHROMIUM to its path.`);
  }
  log("installing Chromium from Debian's packages for the browser tests (apt-get; a minute or two)...");
  for (const args of [['update', '-q'], ['install', '-y', '-q', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status}`);
  }
  if (!existsSync(chromiumPath)) throw new Error(`apt-get installed chromium but ${chromiumPath} does not exist`);
}

/**
 * Headless Chromium as this machine needs it: no sandbox (tests run as root in CI), and none of the
 * background connections to Google's services, which the closed network refuses by the dozen.
 */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is not installed at ${chromiumPath}; \`npm test\` installs it when it may (see README)`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
