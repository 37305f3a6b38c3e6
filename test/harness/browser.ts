import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { installDebianPackage } from './debian-packages.js';

/** Debian's Chromium; Playwright's own browser download cannot run here, and need not. */
export const chromiumPath = process.env.VANGNET_CHROMIUM ?? '/usr/bin/chromium';

/** Installs Chromium from Debian's packages when it is missing and the user may (root in CI); says why not otherwise. */
export function installChromium(log: (line: string) => void): void {
  if (existsSync(chromiumPath)) return;
  installDebianPackage({
    name: 'chromium',
    what: 'Chromium for the browser tests',
    otherwise: `Install it (Debian: apt-get install chromium), or set VANGNET_CHROMIUM to its path (looked for ${chromiumPath}).`,
    takes: 'a minute or two',
    log,
  });
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

/**
 * Signs in on one of the hub's pages the way a keyboard user does: focus the token field, type,
 * Tab to the button, Enter; resolves once the page says who is signed in.
 */
export async function signInByKeyboard(page: Page, url: string, token: string): Promise<void> {
  await page.goto(url);
  await page.locator('#token').waitFor({ state: 'visible' });
  await page.locator('#token').focus();
  await page.keyboard.insertText(token);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="wie"]').waitFor({ state: 'visible' });
}
