import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../lib/paths.js';
import { clippedPanels, horizontalOverflow, seriousViolations } from '../harness/accessibility.js';
import { launchBrowser, signInByKeyboard } from '../harness/browser.js';
import { graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

// The werkbak in headless Chromium against a hub of its own, so no other test's matching run takes
// its homes. Every step leaves a screenshot in test-results/werkbak/.
const screenshots = join(repositoryRoot, 'test-results', 'werkbak');
const regio = 'noord-en-midden-limburg';
const punt = 'transferpunt-noord-limburg';

let hub: RunningHub;
let browser: Browser;
let page: Page;
let werkbakUrl: string;
let staffToken: string;
const requestedOrigins = new Set<string>();

/** A screenshot of the screen as it is, then axe-core and the fit in a 1280-pixel window on that same screen. */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  expect(await seriousViolations(page), `axe-core on ${name}`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scrolling on ${name}`).toBeLessThanOrEqual(0);
  expect(await clippedPanels(page), `columns cut off on ${name}`).toEqual([]);
}

async function registreer(): Promise<void> {
  const zorgaanbieder = bearer(await tokenVoor({ id: 'begeleider-wb', rollen: ['ZORGAANBIEDER'], regio, organisatie: 'tactus' }));
  const corporatie = bearer(await tokenVoor({ id: 'verhuurder-wb', rollen: ['WONINGCORPORATIE'], regio, organisatie: 'omnia-wonen' }));
  const vragen = [
    { referentie: 'DOS-WB-001', urgentie: 3, huishoudgrootte: 1, maxHuurInCenten: 70_000, aangemeldOp: '2026-02-01' },
    { referentie: 'DOS-WB-002', urgentie: 2, huishoudgrootte: 1, maxHuurInCenten: 65_000, aangemeldOp: '2026-03-15' },
    { referentie: 'DOS-WB-003', urgentie: 1, huishoudgrootte: 2, maxHuurInCenten: 80_000, aangemeldOp: '2026-04-20' },
  ];
  for (const vraag of vragen) {
    const response = await graphql(
      hub.gatewayUrl,
      'mutation ($invoer: WoonvraagInvoer!) { registreerWoonvraag(invoer: $invoer) { id } }',
      { invoer: { matchingspunt: punt, herkomst: 'BESCHERMD_WONEN', gewensteGemeenten: ['GM0983'], ondersteuningNodig: 'LICHT', ...vraag } },
      zorgaanbieder,
    );
    expect(response.errors).toBeUndefined();
  }
  for (const wijk of ['Blerick', 'Tegelen']) {
    const response = await graphql(
      hub.gatewayUrl,
      'mutation ($invoer: WoningInvoer!) { registreerWoning(invoer: $invoer) { id } }',
      {
        invoer: { matchingspunt: punt, gemeente: 'GM0983', wijk, contingent: null, soort: 'ZELFSTANDIGE_WONING', kamers: 2, maxBewoners: 2, huurInCenten: 60_000, beschikbaarVanaf: '2026-01-01', toegankelijk: true, prikkelarm: false, ondersteuning: 'LICHT' },
      },
      corporatie,
    );
    expect(response.errors).toBeUndefined();
  }
}

const meldAan = (token: string) => signInByKeyboard(page, werkbakUrl, token);

const rowOf = (referentie: string) => page.locator('[data-testid="verwijzingen"] tr', { hasText: referentie });

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  hub = await startHub();
  werkbakUrl = `${hub.gatewayBaseUrl}/werkbak/`;
  await registreer();
  staffToken = await tokenVoor({ id: 'medewerker-wb', rollen: ['TRANSFERPUNT'], regio, organisatie: 'gemeente-venlo' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('request', (request) => requestedOrigins.add(new URL(request.url()).origin));
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe('werkbak: Transferpunt staff in a real browser', () => {
  it('signs in by keyboard with a token and shows who is signed in, for which region, with the open demand and the homes', async () => {
    await page.goto(werkbakUrl);
    await page.locator('#token').waitFor({ state: 'visible' });
    // Nobody is signed in yet, so there is nothing to sign out of.
    expect(await page.locator('#afmelden').isVisible()).toBe(false);
    await shot('01-aanmelden');
    // The page first loads the region's other point. Its answer is held back until after staff
    // have switched, as on a slow line: it must not replace the lists of the point they chose.
    let heldBack = 0;
    await page.route('**/graphql', async (route) => {
      const gevraagdPunt = route.request().postDataJSON()?.variables?.punt;
      if (gevraagdPunt !== undefined && gevraagdPunt !== punt) {
        heldBack += 1;
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      await route.continue();
    });
    await meldAan(staffToken);
    await expect.poll(() => page.locator('[data-testid="wie"]').textContent()).toContain('medewerker-wb');
    expect(await page.locator('[data-testid="wie"]').textContent()).toContain('regio Noord- en Midden-Limburg');
    // The region has two points; this demand is the Transferpunt Noord-Limburg's.
    await page.locator('#matchingspunt').selectOption(punt);
    await expect.poll(() => page.locator('[data-testid="vraag-aantal"]').textContent()).toBe('(3)');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await page.unroute('**/graphql');
    expect(heldBack).toBe(1);
    expect(await page.locator('[data-testid="vraag-aantal"]').textContent()).toBe('(3)');
    expect(await page.locator('[data-testid="aanbod-aantal"]').textContent()).toBe('(2)');
    expect(await page.locator('[data-testid="woonvragen"] tbody tr').count()).toBe(3);
    expect(await page.locator('[data-testid="statistiek"]').textContent()).toContain('Wachtende woonvragen3');
    await shot('02-werkbak');

    // The page remembers the point staff chose: after a reload it opens on it, not on the first.
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="vraag-aantal"]').textContent()).toBe('(3)');
    expect(await page.locator('#matchingspunt').inputValue()).toBe(punt);

    // Filters narrow the list and say how many of how many are shown.
    await page.locator('#filter-urgentie').selectOption('3');
    await expect.poll(() => page.locator('[data-testid="vraag-aantal"]').textContent()).toBe('(1 van 3)');
    await page.locator('#filter-urgentie').selectOption('');
  });

  it('runs the matcher and shows the proposals', async () => {
    await page.getByRole('button', { name: 'Voorstellen opstellen' }).click();
    await page.locator('[data-testid="voorstelset"]').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#voorstelset-regels tr').count()).toBe(2);
    // Urgency counts most: the two most urgent are proposed, one per home.
    const proposed = await page.locator('#voorstelset-regels').textContent();
    expect(proposed).toContain('DOS-WB-001');
    expect(proposed).toContain('DOS-WB-002');
    await shot('03-voorstellen');
  });

  it('shows the candidates for a home with the reasons behind each score, and its referral', async () => {
    await page.locator('[data-testid="woningen"] tbody tr', { hasText: 'Blerick' }).getByRole('button', { name: /Kandidaten/ }).click();
    await page.locator('[data-testid="woning-detail"]').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('[data-testid="kandidaten"] > li').count()).toBeGreaterThan(0);
    const candidates = await page.locator('[data-testid="kandidaten"]').textContent();
    expect(candidates).toMatch(/score \d+/);
    expect(candidates).toMatch(/Urgentie \d \(van 3\).*\(\+\d+\)/);
    expect(await page.locator('[data-testid="verwijzingen"] tbody tr').count()).toBe(1);
    expect(await page.locator('[data-testid="verwijzingen"] tbody tr').getAttribute('data-status')).toBe('VOORGESTELD');
    await shot('04-kandidaten');
  });

  it('offers, refuses a second offer for the same home in plain Dutch, then accepts and marks the person housed', async () => {
    const proposed = page.locator('[data-testid="verwijzingen"] tbody tr').first();
    const referentie = (await proposed.locator('td').first().textContent())!;
    // A second candidate for the same home, proposed by hand before the first is offered.
    const other = page.locator('[data-testid="kandidaten"] > li').filter({ hasNotText: referentie }).first();
    const otherReferentie = (await other.getAttribute('data-referentie'))!;
    await other.getByRole('button', { name: /^Voorstellen: / }).click();
    await expect.poll(() => rowOf(otherReferentie).getAttribute('data-status')).toBe('VOORGESTELD');

    await rowOf(referentie).getByRole('button', { name: /^Aanbieden/ }).click();
    await expect.poll(() => rowOf(referentie).getAttribute('data-status')).toBe('AANGEBODEN');
    await shot('05-aangeboden');

    // One home, one running offer: the second is refused, in plain Dutch, and nothing changes.
    await rowOf(otherReferentie).getByRole('button', { name: /^Aanbieden/ }).click();
    await expect.poll(() => page.locator('[data-testid="melding"]').textContent()).toBe('Dit kan niet: Deze woning is al aan iemand anders aangeboden; er kan maar één aanbod tegelijk lopen.');
    expect(await rowOf(otherReferentie).getAttribute('data-status')).toBe('VOORGESTELD');
    await shot('06-weigering');

    await rowOf(referentie).getByRole('button', { name: /^Accepteren/ }).click();
    await expect.poll(() => rowOf(referentie).getAttribute('data-status')).toBe('GEACCEPTEERD');
    expect(await page.locator('[data-testid="melding"]').isVisible()).toBe(false);
    await shot('07-geaccepteerd');
    await rowOf(referentie).getByRole('button', { name: /^Gehuisvest/ }).click();
    await expect.poll(() => rowOf(referentie).getAttribute('data-status')).toBe('GEHUISVEST');
    await expect.poll(() => page.locator('[data-testid="statistiek"]').textContent()).toContain('Gehuisvest1');
    expect(await rowOf(referentie).locator('td').nth(3).textContent()).toContain('gehuisvest door medewerker-wb');
    await shot('08-gehuisvest');

    // The page only ever talked to the hub: nothing from a CDN or anywhere else.
    expect([...requestedOrigins]).toEqual([new URL(hub.gatewayBaseUrl).origin]);
  });

  it('shows the access log of one person', async () => {
    await page.locator('[data-testid="woonvragen"] tbody tr', { hasText: 'DOS-WB-003' }).getByRole('button', { name: /Toegangslog/ }).click();
    await page.locator('[data-testid="toegangslog"]').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#log-regels tr').count()).toBeGreaterThan(1);
    const log = await page.locator('[data-testid="toegangslog"]').textContent();
    expect(log).toContain('Toegangslog van DOS-WB-003');
    expect(log).toContain('medewerker-wb');
    expect(log).toContain('begeleider-wb');
    await shot('09-toegangslog');
  });

  it('says which part of the hub is down, and that the hub is unreachable when it is', async () => {
    await hub.subgraphProcesses.woonopties!.stop();
    await page.getByRole('button', { name: 'Verversen' }).click();
    await page.locator('[data-testid="melding"]').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('[data-testid="melding"]').textContent()).toContain('Een deel van de hub (woonopties) is nu niet bereikbaar');
    await shot('10-woonopties-onbereikbaar');
    await hub.restartSubgraph('woonopties');
    await page.getByRole('button', { name: 'Verversen' }).click();
    await expect.poll(() => page.locator('[data-testid="melding"]').isVisible()).toBe(false);

    await hub.gatewayProcess.stop();
    await page.getByRole('button', { name: 'Verversen' }).click();
    await expect.poll(() => page.locator('[data-testid="melding"]').textContent()).toContain('De hub is niet bereikbaar');
    await shot('11-hub-onbereikbaar');
    await hub.restartGateway();
  });

  it('shows a Transferpunt worker of another region no demand at all', async () => {
    const other = await tokenVoor({ id: 'medewerker-ov', rollen: ['TRANSFERPUNT'], regio: 'oost-veluwe', organisatie: 'gemeente-apeldoorn' });
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await meldAan(other);
    await expect.poll(() => page.locator('[data-testid="wie"]').textContent()).toContain('regio Oost-Veluwe');
    await page.locator('#geen-punt').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="vraag-aantal"]').textContent()).toBe('(0)');
    expect(await page.locator('[data-testid="woonvragen"] tbody tr').count()).toBe(0);
    expect(await page.content()).not.toContain('DOS-WB-');
    await shot('12-andere-regio');
  });
});
