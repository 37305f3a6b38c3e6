import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../lib/paths.js';
import { seriousViolations } from '../harness/accessibility.js';
import { launchBrowser } from '../harness/browser.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { startIdentityProvider, type IdentityProvider } from '../harness/identity-provider.js';

const screenshots = join(repositoryRoot, 'test-results', 'werkbak');

let idp: IdentityProvider;
let hub: RunningHub;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  idp = await startIdentityProvider();
  hub = await startHub({
    gatewayEnv: { ...idp.productionEnv, LOGIN_URL: idp.authorizeUrl },
    subgraphEnvFor: { woonopties: idp.productionEnv },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await idp?.close();
});

describe('werkbak in production mode', () => {
  it('signs staff in through the identity provider, not with a pasted token', async () => {
    idp.signInAs({ id: 'medewerker-idp', rollen: ['TRANSFERPUNT'], regio: 'noord-en-midden-limburg', organisatie: 'gemeente-venlo' });
    const page = await browser.newPage();
    await page.goto(`${hub.gatewayBaseUrl}/werkbak/`);
    await page.getByRole('link', { name: 'Aanmelden' }).waitFor({ state: 'visible' });
    expect(await page.locator('#token-formulier').isVisible()).toBe(false);
    await page.screenshot({ path: join(screenshots, '20-productie-aanmelden.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Aanmelden' }).press('Enter');
    await expect.poll(() => page.locator('[data-testid="wie"]').textContent(), { timeout: 15_000 }).toContain('medewerker-idp');
    expect(await page.locator('[data-testid="wie"]').textContent()).toContain('regio Noord- en Midden-Limburg');
    // The token left the address bar at once: it is in the tab's session storage only.
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['vangnet-token']);
    await page.screenshot({ path: join(screenshots, '21-productie-aangemeld.png'), fullPage: true });
    await page.close();
  });

  it('signs a steward into the beheer page through the same provider, and the werkbak in that tab shares the sign-in', async () => {
    idp.signInAs({ id: 'beheerder-idp', rollen: ['REGIOBEHEERDER'], regio: 'noord-en-midden-limburg', organisatie: 'gemeente-venlo' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${hub.gatewayBaseUrl}/beheer/`);
    await page.getByRole('link', { name: 'Aanmelden' }).waitFor({ state: 'visible' });
    expect(await page.locator('#token-formulier').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Aanmelden' }).press('Enter');
    await expect.poll(() => page.locator('[data-testid="wie"]').textContent(), { timeout: 15_000 }).toContain('beheerder-idp (regiobeheerder)');
    await page.locator('[data-testid="gemeenten"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="rechten"]').textContent()).toContain('U bent regiobeheerder van Noord- en Midden-Limburg');
    await page.screenshot({ path: join(screenshots, '22-productie-beheer.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${hub.gatewayBaseUrl}/werkbak/`);
    await expect.poll(() => page.locator('[data-testid="wie"]').textContent()).toContain('beheerder-idp');
    expect(await page.locator('#aanmelden').isVisible()).toBe(false);
    await page.close();
  });

  it('does not use a token it did not ask the identity provider for', async () => {
    idp.signInAs({ id: 'medewerker-idp', rollen: ['TRANSFERPUNT'], regio: 'noord-en-midden-limburg', organisatie: 'gemeente-venlo' });
    const token = await idp.sign({ id: 'ingeplant', rollen: ['TRANSFERPUNT'], regio: 'noord-en-midden-limburg', organisatie: 'gemeente-venlo' });
    const page = await browser.newPage();
    await page.goto(`${hub.gatewayBaseUrl}/werkbak/#access_token=${token}&state=verzonnen`);
    await expect.poll(() => page.locator('[data-testid="melding"]').textContent()).toContain('niet vanuit deze pagina gestart');
    expect(await page.locator('[data-testid="wie"]').isVisible()).toBe(false);
    await page.close();
  });
});
