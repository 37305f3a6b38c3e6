import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../lib/paths.js';
import { clippedPanels, horizontalOverflow, seriousViolations } from '../harness/accessibility.js';
import { launchBrowser, signInByKeyboard } from '../harness/browser.js';
import { graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

// The beheer page in headless Chromium at 1280 × 900 against a hub of its own (it changes Asten's
// directory). Every step leaves a screenshot in test-results/beheer/, and every screen is checked
// with axe-core and for sideways scrolling as the user sees it.
const screenshots = join(repositoryRoot, 'test-results', 'beheer');
const regio = 'asten';

let hub: RunningHub;
let browser: Browser;
let page: Page;
let beheerUrl: string;
let stewardToken: string;
const requestedOrigins = new Set<string>();

/** A screenshot of the screen as it is, then axe-core and the width check on that same screen. */
async function scherm(naam: string, target: Page = page): Promise<void> {
  await target.screenshot({ path: join(screenshots, `${naam}.png`), fullPage: true });
  expect(await seriousViolations(target), `axe-core on ${naam}`).toEqual([]);
  expect(await horizontalOverflow(target), `sideways scrolling on ${naam}`).toBeLessThanOrEqual(0);
  expect(await clippedPanels(target), `columns cut off on ${naam}`).toEqual([]);
}

/** Signs in by keyboard and waits for the region's overview. */
async function meldAan(target: Page, token: string): Promise<void> {
  await signInByKeyboard(target, beheerUrl, token);
  await target.locator('[data-testid="gemeenten"]').waitFor({ state: 'visible' });
}

async function naarPaneel(target: Page, naam: string): Promise<void> {
  await target.locator('.tabs').getByRole('button', { name: naam }).click();
}

async function kiesPeildatum(target: Page, datum: string): Promise<void> {
  await target.locator('#peildatum').fill(datum);
  await target.locator('#peildatum').dispatchEvent('change');
  await expect.poll(() => target.locator('#status').textContent()).toContain(`Stand op ${datum}`);
}

const partnerRij = (target: Page, naam: string, rol?: string) => target.locator(`[data-testid="partnertabel"] tbody tr${rol ? `[data-rol="${rol}"]` : ''}`, { hasText: naam });

/** Fills the reason-and-source fieldset of a form (`prefix` is the form's). */
async function verantwoord(target: Page, prefix: string, reden: string): Promise<void> {
  await target.locator(`#${prefix}-reden`).fill(reden);
  await target.locator(`#${prefix}-opgave-van`).fill('Gemeente Asten');
}

async function astenRollen(): Promise<Array<{ id: string; naam: string; rollen: Array<{ rol: string }> }>> {
  const response = await graphql(hub.gatewayUrl, '{ regio(code: "asten") { partners { id naam rollen(regio: "asten") { rol } } } }');
  expect(response.errors).toBeUndefined();
  return response.data.regio.partners;
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  hub = await startHub({ gatewayEnv: { RESPONSE_CACHE: 'true' } });
  beheerUrl = `${hub.gatewayBaseUrl}/beheer/`;
  stewardToken = await tokenVoor({ id: 'beheerder-asten', rollen: ['REGIOBEHEERDER'], regio, organisatie: 'gemeente-asten' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (request) => requestedOrigins.add(new URL(request.url()).origin));
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe('beheer: a region\'s steward keeps the directory in a real browser', () => {
  it('signs in by keyboard and shows who is signed in, for which region and role, and the region at a glance with sources', async () => {
    await page.goto(beheerUrl);
    await page.locator('#token').waitFor({ state: 'visible' });
    expect(await page.locator('#afmelden').isVisible()).toBe(false);
    await scherm('01-aanmelden');
    await meldAan(page, stewardToken);
    const wie = await page.locator('[data-testid="wie"]').textContent();
    expect(wie).toContain('beheerder-asten');
    expect(wie).toContain('regiobeheerder');
    expect(wie).toContain('regio Asten');
    expect(await page.locator('[data-testid="rechten"]').textContent()).toContain('U bent regiobeheerder van Asten');
    expect(await page.locator('[data-testid="gemeenten"] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="gemeenten"]').textContent()).toContain('GM0743');
    expect(await page.locator('[data-testid="documenten"] tbody tr').count()).toBeGreaterThan(0);
    // Each fact shows its source, with the quote behind a disclosure.
    expect(await page.locator('[data-testid="gemeenten"] details summary').first().textContent()).toBe('citaat');
    await scherm('02-overzicht');

    await naarPaneel(page, 'Partners');
    await partnerRij(page, 'Hartentroef').first().waitFor();
    expect(await page.locator('[data-testid="partnertabel"] caption').textContent()).toMatch(/rollen van \d+ organisaties/);
    await scherm('03-partners');
  });

  it('edits a role\'s dates with reason and source, and the "as of" view shows it before and after that date', async () => {
    await partnerRij(page, 'Hartentroef').first().getByRole('button', { name: /Bewerken/ }).click();
    await page.locator('[data-testid="partner-detail"]').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('partner-titel');
    const rol = (await page.locator('[data-testid="rollen"] tbody tr').first().getAttribute('data-rol'))!;
    await page.locator('[data-testid="rollen"] tbody tr').first().getByRole('button', { name: /wijzigen of beëindigen/ }).click();
    await page.locator('#rol-vanaf').fill('2025-03-01');
    await page.locator('#rol-toelichting').fill('Deelname bevestigd door de vereniging');
    await verantwoord(page, 'rol', 'Begindatum opgegeven door Hartentroef');
    await scherm('04-rol-wijzigen');
    await page.getByRole('button', { name: 'Rol opslaan' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('is opgeslagen');
    expect(await page.locator('[data-testid="rollen"] tbody tr').first().textContent()).toContain('2025-03-01');
    // The history says who changed what, when, why and on which source.
    const geschiedenis = await page.locator('[data-testid="partnergeschiedenis"]').textContent();
    expect(geschiedenis).toContain('beheerder-asten namens gemeente-asten');
    expect(geschiedenis).toContain('Begindatum opgegeven door Hartentroef');
    expect(geschiedenis).toContain('vanaf: – → 2025-03-01');
    await scherm('05-rol-opgeslagen');

    // Before that day the role did not hold; after it, it did. A past day shows no edit buttons at all.
    await page.getByRole('button', { name: 'Terug naar de partners' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Bewerken: Hartentroef');
    await kiesPeildatum(page, '2025-02-01');
    await expect.poll(() => partnerRij(page, 'Hartentroef', rol).count()).toBe(0);
    expect(await page.locator('[data-testid="peildatum-uitleg"]').textContent()).toContain('zoals die op 2025-02-01 was');
    expect(await page.getByRole('button', { name: /^Bewerken/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Organisatie toevoegen' }).count()).toBe(0);
    await scherm('06-stand-voor-de-wijziging');
    await kiesPeildatum(page, '2025-04-01');
    await expect.poll(() => partnerRij(page, 'Hartentroef', rol).count()).toBe(1);
    await scherm('07-stand-na-de-wijziging');
    await page.getByRole('button', { name: 'Vandaag' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Bewerken/ }).count()).toBeGreaterThan(0);
  });

  it('warns before saving an organisation that looks like an existing one, and saves nothing until asked', async () => {
    const before = await astenRollen();
    await naarPaneel(page, 'Partners');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.locator('#nieuw-naam').fill('Stichting Hartentroef');
    await page.locator('#nieuw-soort').selectOption('BELANGENORGANISATIE');
    await page.locator('#nieuw-rol').selectOption('NETWERKPARTNER');
    await verantwoord(page, 'nieuw', 'Nieuwe netwerkpartner');
    await page.getByRole('button', { name: 'Controleren en toevoegen' }).click();
    await page.locator('[data-testid="gelijkende"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="gelijkende"]').textContent()).toContain('lijkt op een die al in de directory staat');
    expect(await page.locator('[data-testid="gelijkende"] li').first().textContent()).toContain('Hartentroef');
    await scherm('08-lijkt-op-bestaande');
    expect(await astenRollen()).toEqual(before);

    // Giving the existing organisation the role instead adds no second record.
    await page.locator('[data-testid="gelijkende"] li').first().getByRole('button', { name: /Rol geven aan/ }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('heeft nu de rol netwerkpartner');
    const after = await astenRollen();
    expect(after.length).toBe(before.length);
    expect(after.find((partner) => partner.naam === 'Hartentroef')!.rollen.map((rol) => rol.rol)).toContain('NETWERKPARTNER');
  });

  it('refuses a CSV with bad rows as a whole and shows every reason, then applies a good XLSX after its dry run', async () => {
    const before = await astenRollen();
    await naarPaneel(page, 'Importeren');
    const csv = ['naam;soort;rol;vanaf;KvK-nummer', 'Buurtteam Asten-Zuid;welzijn;netwerkpartner;2026-01-01;', 'Foute Regel;ruimtevaart;ketenpartner;2026-13-01;1234', 'Zonder Rol;welzijn;;;'].join('\r\n');
    await page.locator('#import-bestand').setInputFiles({ name: 'partners-asten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await verantwoord(page, 'import', 'Jaarlijkse partnerlijst');
    await page.getByRole('button', { name: 'Verschil bekijken' }).click();
    await page.locator('[data-testid="import-samenvatting"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="import-samenvatting"]').textContent()).toContain('partners-asten.csv is geweigerd: 2 regels kloppen niet. Er is niets toegepast.');
    const ongeldig = await page.locator('[data-testid="import-ongeldig"]').textContent();
    expect(ongeldig).toContain('regel 3');
    expect(ongeldig).toContain('soort "ruimtevaart" is onbekend');
    expect(ongeldig).toContain('KvK-nummer heeft geen acht cijfers: "1234"');
    expect(ongeldig).toContain('vanaf is geen datum als JJJJ-MM-DD: "2026-13-01"');
    expect(ongeldig).toContain('regel 4');
    expect(ongeldig).toContain('rol ontbreekt');
    expect(await page.locator('#import-toepassen').count()).toBe(0);
    await scherm('09-import-geweigerd');
    expect(await astenRollen()).toEqual(before);

    // The region's list as it stands (by id), plus one new organisation.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Partners');
    sheet.addRow(['id', 'naam', 'soort', 'rol', 'vanaf']);
    for (const partner of before) for (const rol of partner.rollen) sheet.addRow([partner.id, partner.naam, '', rol.rol, '']);
    sheet.addRow(['', 'Buurtteam Asten-Zuid', 'welzijn', 'netwerkpartner', new Date('2026-01-01T00:00:00Z')]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.locator('#import-bestand').setInputFiles({ name: 'partners-asten.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await page.getByRole('button', { name: 'Verschil bekijken' }).click();
    await expect.poll(() => page.locator('[data-testid="import-samenvatting"]').textContent()).toContain('Proef van partners-asten.xlsx: 1 nieuw, 0 gewijzigd, 0 beëindigd');
    expect(await page.locator('[data-testid="import-nieuw"]').textContent()).toContain('Buurtteam Asten-Zuid, netwerkpartner');
    await scherm('10-import-proef');
    expect(await astenRollen()).toEqual(before);
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => page.locator('[data-testid="import-samenvatting"]').textContent()).toContain('partners-asten.xlsx is toegepast: 1 nieuw');
    await scherm('11-import-toegepast');
    const after = await astenRollen();
    expect(after.map((partner) => partner.naam)).toContain('Buurtteam Asten-Zuid');
    expect(after.length).toBe(before.length + 1);
  });

  it('lists the region\'s history: who changed what, when and why', async () => {
    await naarPaneel(page, 'Geschiedenis');
    await page.locator('[data-testid="regiogeschiedenis"]').waitFor({ state: 'visible' });
    const geschiedenis = await page.locator('[data-testid="regiogeschiedenis"]').textContent();
    expect(geschiedenis).toContain('Jaarlijkse partnerlijst');
    expect(geschiedenis).toContain('Begindatum opgegeven door Hartentroef');
    expect(geschiedenis).toContain('beheerder-asten namens gemeente-asten');
    expect(geschiedenis).not.toContain('bronbestanden');
    await scherm('12-geschiedenis');
  });

  it('refuses an edit from a second tab on a stale version in plain Dutch, changes nothing, and offers to reload', async () => {
    const tweede = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await meldAan(tweede, stewardToken);
    for (const tab of [page, tweede]) {
      await naarPaneel(tab, 'Partners');
      await partnerRij(tab, 'KBO').first().getByRole('button', { name: /Bewerken/ }).click();
      await tab.locator('#gegevens-website').waitFor({ state: 'visible' });
    }
    await tweede.locator('#gegevens-website').fill('https://www.kbo-asten.example.nl/');
    await verantwoord(tweede, 'gegevens', 'Website opgegeven');
    await tweede.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await expect.poll(() => tweede.locator('#status').textContent()).toContain('zijn opgeslagen');

    await page.locator('#gegevens-website').fill('https://andere-site.example.nl/');
    await verantwoord(page, 'gegevens', 'Andere website');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.locator('[data-testid="weigering"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="weigering"]').textContent()).toContain('Niet opgeslagen. Iemand anders heeft dit intussen gewijzigd.');
    expect(await page.locator('[data-testid="weigering"]').textContent()).toContain('Er is niets gewijzigd.');
    await scherm('13-verouderde-versie');
    const kbo = await graphql(hub.gatewayUrl, '{ partner(id: "kbo") { website } }');
    expect(kbo.data.partner.website).toBe('https://www.kbo-asten.example.nl/');
    await page.locator('[data-testid="weigering"]').getByRole('button', { name: 'Opnieuw laden' }).click();
    await expect.poll(() => page.locator('#gegevens-website').inputValue()).toBe('https://www.kbo-asten.example.nl/');
    await tweede.close();
  });

  it('ends a role as of a day, and refuses an invalid value in plain Dutch without changing anything', async () => {
    await naarPaneel(page, 'Partners');
    await partnerRij(page, 'De Zonnebloem', 'CONVENANTPARTIJ').getByRole('button', { name: /Bewerken/ }).click();
    await page.locator('[data-testid="partner-detail"]').waitFor({ state: 'visible' });

    // A KvK-nummer of four digits: the hub refuses it, the page says which field and how, nothing changes.
    await page.locator('#gegevens-kvkNummer').fill('1234');
    await verantwoord(page, 'gegevens', 'KvK-nummer opgegeven');
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await expect.poll(() => page.locator('[data-testid="melding"]').textContent()).toBe('De invoer klopt niet: het KvK-nummer heeft acht cijfers. Er is niets gewijzigd.');
    await scherm('15-ongeldige-waarde');
    const zonnebloem = await graphql(hub.gatewayUrl, '{ partner(id: "de-zonnebloem") { kvkNummer versie } }');
    expect(zonnebloem.data.partner).toEqual({ kvkNummer: null, versie: 1 });

    const rij = page.locator('[data-testid="rollen"] tbody tr[data-rol="CONVENANTPARTIJ"]');
    await rij.getByRole('button', { name: /wijzigen of beëindigen/ }).click();
    await page.locator('#rol-tot').fill('2026-06-30');
    await verantwoord(page, 'rol', 'Zonnebloem stopt als convenantpartij');
    await page.getByRole('button', { name: 'Rol beëindigen' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('is beëindigd per 2026-06-30');
    expect(await page.locator('[data-testid="rollen"] tbody tr[data-rol="CONVENANTPARTIJ"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Terug naar de partners' }).first().click();
    expect(await partnerRij(page, 'De Zonnebloem', 'CONVENANTPARTIJ').count()).toBe(0);
    await kiesPeildatum(page, '2026-06-30');
    expect(await partnerRij(page, 'De Zonnebloem', 'CONVENANTPARTIJ').count()).toBe(1);
    await page.getByRole('button', { name: 'Vandaag' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain(`Stand op ${new Date().toISOString().slice(0, 10)}`);
  });

  it('shows a steward of another region the directory, without anything to edit it with', async () => {
    const other = await tokenVoor({ id: 'beheerder-nv', rollen: ['REGIOBEHEERDER'], regio: 'noord-veluwe', organisatie: 'gemeente-harderwijk' });
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await meldAan(page, other);
    expect(await page.locator('#regio').inputValue()).toBe('noord-veluwe');
    await page.locator('#regio').selectOption(regio);
    await expect.poll(() => page.locator('[data-testid="rechten"]').textContent()).toContain('Alleen lezen: u bent regiobeheerder van Noord-Veluwe, niet van Asten');
    expect(await page.locator('.tabs').getByRole('button', { name: 'Importeren' }).isVisible()).toBe(false);
    await naarPaneel(page, 'Partners');
    await partnerRij(page, 'Hartentroef').first().waitFor();
    expect(await page.getByRole('button', { name: 'Organisatie toevoegen' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Bewerken/ }).count()).toBe(0);
    await partnerRij(page, 'Hartentroef').first().getByRole('button', { name: /Bekijken/ }).click();
    await page.locator('[data-testid="partner-detail"]').waitFor({ state: 'visible' });
    expect(await page.locator('#gegevens-formulier').count()).toBe(0);
    expect(await page.getByRole('button', { name: /wijzigen of beëindigen/ }).count()).toBe(0);
    await scherm('14-andere-regio-alleen-lezen');

    // The hub refuses it too: the page only hides what the graph would refuse.
    const response = await graphql(
      hub.gatewayUrl,
      'mutation ($v: VerantwoordingInvoer!) { voegRolToe(partner: "hartentroef", rol: { regio: "asten", rol: MONITOR }, verantwoording: $v) { ok } }',
      { v: { reden: 'poging', bron: { opgaveVan: 'Gemeente Harderwijk', opgaveOp: '2026-12-01' } } },
      bearer(other),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The page only ever talked to the hub: nothing from a CDN or anywhere else.
    expect([...requestedOrigins]).toEqual([new URL(hub.gatewayBaseUrl).origin]);
  });
});
