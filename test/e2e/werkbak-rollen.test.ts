import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../lib/paths.js';
import { clippedPanels, horizontalOverflow, seriousViolations } from '../harness/accessibility.js';
import { launchBrowser, signInByKeyboard } from '../harness/browser.js';
import { graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

// One whole referral through the werkbak, each side in its own browser at 1280 × 1000: the housing
// corporation registers a home, the care provider registers its client's demand, Transferpunt staff
// run the matcher, the corporation offers, the care provider accepts, the corporation marks the
// person housed, and the monitor counts it. Four people were housed this month before (through the
// API), so the month's count goes from suppressed (<5) to 5. Every screen: a screenshot in
// test-results/werkbak-rollen/, axe-core, and the fit in a 1280-pixel window.
const screenshots = join(repositoryRoot, 'test-results', 'werkbak-rollen');
const regio = 'noord-en-midden-limburg';
const punt = 'transferpunt-noord-limburg';

let hub: RunningHub;
let browser: Browser;
const contexts: BrowserContext[] = [];
let corporatie: Page;
let zorgaanbieder: Page;
let transferpunt: Page;
const tokens: Record<'corporatie' | 'zorgaanbieder' | 'transferpunt', string> = { corporatie: '', zorgaanbieder: '', transferpunt: '' };

async function scherm(page: Page, naam: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${naam}.png`), fullPage: true });
  expect(await seriousViolations(page), `axe-core on ${naam}`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scrolling on ${naam}`).toBeLessThanOrEqual(0);
  expect(await clippedPanels(page), `columns cut off on ${naam}`).toEqual([]);
}

const meldAan = (page: Page, token: string) => signInByKeyboard(page, `${hub.gatewayBaseUrl}/werkbak/`, token);

const tabs = (page: Page) => page.locator('#werkbak-tabs button').allTextContents();

/** Four people housed earlier this month through the API, so the monitor's month holds 4 (suppressed) before the browser's fifth. */
async function huisvestVier(): Promise<void> {
  const staff = bearer(tokens.transferpunt);
  const provider = bearer(await tokenVoor({ id: 'begeleider-vooraf', rollen: ['ZORGAANBIEDER'], regio, organisatie: 'tactus' }));
  const corporation = bearer(await tokenVoor({ id: 'verhuurder-vooraf', rollen: ['WONINGCORPORATIE'], regio, organisatie: 'omnia-wonen' }));
  for (let index = 1; index <= 4; index++) {
    const vraag = await graphql(
      hub.gatewayUrl,
      'mutation ($invoer: WoonvraagInvoer!) { registreerWoonvraag(invoer: $invoer) { id } }',
      { invoer: { matchingspunt: punt, referentie: `DOS-VOORAF-${index}`, herkomst: 'BESCHERMD_WONEN', huishoudgrootte: 1, maxHuurInCenten: 70_000, urgentie: 2, aangemeldOp: '2026-06-01' } },
      provider,
    );
    const woning = await graphql(
      hub.gatewayUrl,
      'mutation ($invoer: WoningInvoer!) { registreerWoning(invoer: $invoer) { id } }',
      { invoer: { matchingspunt: punt, gemeente: 'GM0983', wijk: `Vooraf ${index}`, soort: 'KAMER', kamers: 1, maxBewoners: 1, huurInCenten: 50_000, beschikbaarVanaf: '2026-01-01', toegankelijk: false, prikkelarm: false, ondersteuning: 'GEEN' } },
      corporation,
    );
    expect(vraag.errors).toBeUndefined();
    expect(woning.errors).toBeUndefined();
    const voorstel = await graphql(hub.gatewayUrl, 'mutation ($v: ID!, $w: ID!) { stelVoor(woonvraag: $v, woning: $w) { ok verwijzing { id } } }', { v: vraag.data.registreerWoonvraag.id, w: woning.data.registreerWoning.id }, staff);
    const verwijzing = voorstel.data.stelVoor.verwijzing.id as string;
    for (const naar of ['AANGEBODEN', 'GEACCEPTEERD', 'GEHUISVEST']) {
      const stap = await graphql(hub.gatewayUrl, 'mutation ($id: ID!, $naar: VerwijzingStatus!) { zetVerwijzingStap(verwijzing: $id, naar: $naar) { ok } }', { id: verwijzing, naar }, staff);
      expect(stap.data.zetVerwijzingStap.ok).toBe(true);
    }
  }
}

const dezeMaand = () => {
  const [jaar, maand] = new Date().toISOString().slice(0, 7).split('-');
  return `${['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'][Number(maand) - 1]} ${jaar}`;
};

/** The current month's "gehuisvest" cell of the monitor table, as the page shows it. */
async function gehuisvestDezeMaand(page: Page): Promise<string> {
  const rij = page.locator('[data-testid="monitor-per-maand"] tbody tr', { has: page.locator('th', { hasText: dezeMaand() }) });
  return (await rij.locator('td').nth(1).textContent())!;
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  hub = await startHub();
  tokens.transferpunt = await tokenVoor({ id: 'medewerker-rollen', rollen: ['TRANSFERPUNT'], regio, organisatie: 'gemeente-venlo' });
  tokens.corporatie = await tokenVoor({ id: 'verhuurder-rollen', rollen: ['WONINGCORPORATIE'], regio, organisatie: 'omnia-wonen' });
  tokens.zorgaanbieder = await tokenVoor({ id: 'begeleider-rollen', rollen: ['ZORGAANBIEDER'], regio, organisatie: 'tactus' });
  await huisvestVier();
  browser = await launchBrowser();
  const page = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    contexts.push(context);
    return context.newPage();
  };
  [corporatie, zorgaanbieder, transferpunt] = [await page(), await page(), await page()];
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await hub?.stop();
});

describe('the werkbak for every side of a referral', () => {
  it('a housing corporation registers a home with its address and sees only its own homes and the monitor', async () => {
    await meldAan(corporatie, tokens.corporatie);
    expect(await tabs(corporatie)).toEqual(['Mijn woningen', 'Monitor']);
    await corporatie.locator('[data-testid="eigen-woningen"]').waitFor();
    await corporatie.getByRole('button', { name: 'Woning aanmelden' }).first().click();
    await corporatie.locator('#woning-punt').selectOption(punt);
    await corporatie.locator('#woning-wijk').fill('Blerick');
    await corporatie.locator('#woning-gemeente').selectOption('GM0983');
    await corporatie.locator('#woning-straat').fill('Kazernestraat');
    await corporatie.locator('#woning-huisnummer').fill('12a');
    await corporatie.locator('#woning-postcode').fill('5921ab');
    await corporatie.locator('#woning-soort').selectOption('ZELFSTANDIGE_WONING');
    await corporatie.locator('#woning-kamers').fill('2');
    await corporatie.locator('#woning-huur').fill('612.50');
    await corporatie.locator('#woning-vanaf').fill('2026-01-01');
    await corporatie.locator('#woning-ondersteuning').selectOption('LICHT');
    await scherm(corporatie, '01-corporatie-woning-aanmelden');
    await corporatie.locator('#woning-formulier').getByRole('button', { name: 'Woning aanmelden' }).click();
    await expect.poll(() => corporatie.locator('#status').textContent()).toContain('Kazernestraat 12a, 5921 AB');
    const rij = corporatie.locator('[data-testid="eigen-woningen"] tbody tr', { hasText: 'Kazernestraat 12a' });
    await expect.poll(() => rij.textContent()).toContain('Kazernestraat 12a, 5921 AB');
    expect(await rij.textContent()).toMatch(/€\s612,50/);
    await expect.poll(() => corporatie.locator('[data-testid="eigen-woningen"] tbody tr').count()).toBe(5);
    await scherm(corporatie, '02-corporatie-woningen');
  });

  it('a care provider registers its client\'s demand; a reference that looks like personal data is refused in plain Dutch', async () => {
    await meldAan(zorgaanbieder, tokens.zorgaanbieder);
    expect(await tabs(zorgaanbieder)).toEqual(['Mijn cliënten', 'Monitor']);
    await zorgaanbieder.locator('[data-testid="eigen-woonvragen"]').waitFor();
    expect(await zorgaanbieder.locator('[data-testid="eigen-woonvragen"] tbody tr').count()).toBe(4);
    await zorgaanbieder.getByRole('button', { name: 'Woonvraag aanmelden' }).first().click();
    expect(await zorgaanbieder.locator('#vraag-referentie-hint').textContent()).toContain('Geen naam, BSN, geboortedatum');
    await zorgaanbieder.locator('#vraag-punt').selectOption(punt);
    await zorgaanbieder.locator('#vraag-referentie').fill('jan.jansen@example.nl');
    await zorgaanbieder.locator('#vraag-herkomst').selectOption('BESCHERMD_WONEN');
    await zorgaanbieder.locator('#vraag-huur').fill('700');
    await zorgaanbieder.locator('#vraag-urgentie').selectOption('3');
    await zorgaanbieder.locator('#vraag-ondersteuning').selectOption('LICHT');
    await zorgaanbieder.locator('#vraag-gemeenten input[value="GM0983"]').check();
    await zorgaanbieder.locator('#woonvraag-formulier').getByRole('button', { name: 'Woonvraag aanmelden' }).click();
    await expect.poll(() => zorgaanbieder.locator('[data-testid="melding"]').textContent()).toContain('het dossierkenmerk lijkt op persoonsgegevens');
    await scherm(zorgaanbieder, '03-zorgaanbieder-kenmerk-geweigerd');
    await zorgaanbieder.locator('#vraag-referentie').fill('DOS-ROL-001');
    await zorgaanbieder.locator('#woonvraag-formulier').getByRole('button', { name: 'Woonvraag aanmelden' }).click();
    await expect.poll(async () => `${await zorgaanbieder.locator('#status').textContent()} | ${await zorgaanbieder.locator('[data-testid="melding"]').textContent()}`).toContain('Woonvraag DOS-ROL-001 is aangemeld');
    await expect.poll(() => zorgaanbieder.locator('[data-testid="eigen-woonvragen"] tbody tr').count()).toBe(5);
    await scherm(zorgaanbieder, '04-zorgaanbieder-clienten');
  });

  it('Transferpunt staff see the address, run the matcher and see why each proposal scores as it does', async () => {
    await meldAan(transferpunt, tokens.transferpunt);
    expect(await tabs(transferpunt)).toEqual(['Vraag en aanbod', 'Monitor']);
    await transferpunt.locator('#matchingspunt').selectOption(punt);
    await expect.poll(() => transferpunt.locator('[data-testid="vraag-aantal"]').textContent()).toBe('(1)');
    expect(await transferpunt.locator('[data-testid="woningen"]').textContent()).toContain('Kazernestraat 12a, 5921 AB');
    await transferpunt.getByRole('button', { name: 'Voorstellen opstellen' }).click();
    await expect.poll(() => transferpunt.locator('#voorstelset-regels tr').count()).toBe(1);
    const voorstel = await transferpunt.locator('#voorstelset-regels tr').textContent();
    expect(voorstel).toContain('DOS-ROL-001');
    expect(voorstel).toContain('Kazernestraat 12a');
    expect(voorstel).toMatch(/Urgentie \d \(van 3\).*\(\+\d+\)/);
    await scherm(transferpunt, '05-transferpunt-voorstellen');

    // The monitor before the fifth person: this month's housed count is suppressed.
    await transferpunt.locator('#werkbak-tabs').getByRole('button', { name: 'Monitor' }).click();
    await transferpunt.locator('[data-testid="monitor-per-maand"]').waitFor();
    expect(await gehuisvestDezeMaand(transferpunt)).toBe('minder dan 5 (onderdrukt)');
  });

  it('the corporation offers without seeing the person, the care provider accepts, the corporation marks housed: each with only its own buttons', async () => {
    await corporatie.locator('[data-testid="eigen-woningen"] tbody tr', { hasText: 'Kazernestraat 12a' }).getByRole('button', { name: /^Verwijzingen/ }).click();
    const aanbod = corporatie.locator('[data-testid="eigen-verwijzingen"] tbody tr').first();
    await aanbod.waitFor();
    expect(await aanbod.textContent()).not.toContain('DOS-ROL-001');
    expect(await aanbod.locator('button').allTextContents()).toEqual(['Aanbieden', 'Afwijzen (aanbieder)']);
    await scherm(corporatie, '06-corporatie-verwijzing');
    await aanbod.getByRole('button', { name: /^Aanbieden/ }).click();
    await expect.poll(() => aanbod.getAttribute('data-status')).toBe('AANGEBODEN');
    expect(await aanbod.locator('button').allTextContents()).toEqual(['Afwijzen (aanbieder)']);

    await zorgaanbieder.locator('[data-testid="eigen-woonvragen"] tbody tr', { hasText: 'DOS-ROL-001' }).getByRole('button', { name: /^Verwijzingen/ }).click();
    const keuze = zorgaanbieder.locator('[data-testid="client-verwijzingen"] tbody tr').first();
    await keuze.waitFor();
    await expect.poll(() => keuze.getAttribute('data-status')).toBe('AANGEBODEN');
    // The care provider sees the wijk, not the address: that is for the corporation and the Transferpunt.
    expect(await keuze.textContent()).toContain('Blerick, Venlo');
    expect(await keuze.textContent()).not.toContain('Kazernestraat');
    expect(await keuze.locator('button').allTextContents()).toEqual(['Accepteren', 'Afgewezen door persoon', 'Intrekken']);
    await scherm(zorgaanbieder, '07-zorgaanbieder-aanbod');
    await keuze.getByRole('button', { name: /^Accepteren/ }).click();
    await expect.poll(() => keuze.getAttribute('data-status')).toBe('GEACCEPTEERD');

    await corporatie.getByRole('button', { name: 'Verversen' }).click();
    await corporatie.locator('[data-testid="eigen-woningen"] tbody tr', { hasText: 'Kazernestraat 12a' }).getByRole('button', { name: /^Verwijzingen/ }).click();
    await expect.poll(() => aanbod.getAttribute('data-status')).toBe('GEACCEPTEERD');
    expect(await aanbod.locator('button').allTextContents()).toEqual(['Gehuisvest']);
    await aanbod.getByRole('button', { name: /^Gehuisvest/ }).click();
    await expect.poll(() => aanbod.getAttribute('data-status')).toBe('GEHUISVEST');
    await scherm(corporatie, '08-corporatie-gehuisvest');
  });

  it('the monitor counts the fifth person housed this month, with charts, their tables and CSV downloads; breakdowns only for the Transferpunt', async () => {
    await transferpunt.getByRole('button', { name: 'Tonen' }).click();
    await expect.poll(() => gehuisvestDezeMaand(transferpunt)).toBe('5');
    for (const id of ['monitor-per-maand', 'monitor-uitkomsten', 'monitor-wachttijd-herkomst', 'monitor-wachttijd-gemeente']) {
      await transferpunt.locator(`[data-testid="${id}-figuur"] svg`).waitFor();
    }
    expect(await transferpunt.locator('[data-testid="monitor-wachttijd-herkomst"]').textContent()).toContain('beschermd wonen');
    await scherm(transferpunt, '09-monitor-transferpunt');
    const download = transferpunt.waitForEvent('download');
    await transferpunt.locator('[data-testid="monitor-per-maand-figuur"]').getByRole('button', { name: /^Download CSV/ }).click();
    const csv = await (await download).path().then(async (path) => (await import('node:fs/promises')).readFile(path, 'utf8'));
    expect(csv).toMatch(new RegExp(`${dezeMaand()};[^;]*;5\\r\\n`));

    // The corporation sees the public counts only.
    await corporatie.locator('#werkbak-tabs').getByRole('button', { name: 'Monitor' }).click();
    await corporatie.locator('[data-testid="monitor-per-maand"]').waitFor();
    expect(await gehuisvestDezeMaand(corporatie)).toBe('5');
    expect(await corporatie.locator('[data-testid="monitor-uitkomsten"]').count()).toBe(0);
    expect(await corporatie.locator('#monitor-uitleg').textContent()).toContain('alleen voor het Transferpunt');
    await scherm(corporatie, '10-monitor-corporatie');

    // No cell anywhere on the monitor shows a count of 1 to 4 people.
    for (const page of [transferpunt, corporatie]) {
      const cellen = await page.locator('[data-testid="monitor-per-maand"] td, [data-testid="monitor-uitkomsten"] td').allTextContents();
      expect(cellen.filter((cel) => /^[1-4]$/.test(cel.trim()))).toEqual([]);
    }
  });
});
