import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildRegiopagina } from '../../examples/regiopagina/build.js';
import { RegiopaginaDocument, RegiosDocument, type RegiopaginaQuery, type RegiosQuery } from '../../examples/regiopagina/src/gql/graphql.js';
import { startRegiopagina } from '../../examples/regiopagina/serve.js';
import { freePort, type ServiceProcess } from '../../lib/processes.js';
import { repositoryRoot } from '../../lib/paths.js';
import { composeSupergraph, hubSubgraphServices } from '../../schema/subgraphs.js';
import { seriousViolations } from '../harness/accessibility.js';
import { launchBrowser } from '../harness/browser.js';
import { graphql } from '../harness/graphql.js';
import { startGateway } from '../harness/hub.js';

const { gatewayUrl, subgraphBaseUrls } = inject('hub');
const persistedDocuments = join(repositoryRoot, 'examples', 'regiopagina', 'src', 'gql', 'persisted-documents.json');
const temporary = mkdtempSync(join(tmpdir(), 'vangnet-regiopagina-'));
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(temporary, { recursive: true, force: true });
});

describe('the regiopagina example through the gateway', () => {
  it("runs the page's operations as written and gets the regions' public data", async () => {
    const regios = await graphql<RegiosQuery>(gatewayUrl, RegiosDocument.toString());
    expect(regios.errors).toBeUndefined();
    expect(regios.data!.regios!.map((regio) => regio.code)).toContain('asten');

    const asten = await graphql<RegiopaginaQuery>(gatewayUrl, RegiopaginaDocument.toString(), { code: 'asten' });
    expect(asten.errors).toBeUndefined();
    expect(asten.data!.regio!.gemeenten.map((gemeente) => gemeente.cbsCode)).toContain('GM0743');
    expect(asten.data!.regio!.partners!.flatMap((partner) => partner.rollen).length).toBeGreaterThan(0);

    const oostVeluwe = await graphql<RegiopaginaQuery>(gatewayUrl, RegiopaginaDocument.toString(), { code: 'oost-veluwe' });
    expect(oostVeluwe.errors).toBeUndefined();
    const regio = oostVeluwe.data!.regio!;
    expect(regio.producten!.length).toBeGreaterThan(0);
    expect(regio.subsidies!.some((subsidie) => subsidie.bedragPerJaar !== null)).toBe(true);
    expect(regio.subsidietotalen!.aantalSubsidies).toBe(regio.subsidies!.length);
  });

  it('runs them by their registered id on a gateway that accepts registered operations only', async () => {
    const urls = Object.fromEntries(Object.entries(subgraphBaseUrls).map(([name, base]) => [name, `${base}/graphql`]));
    const supergraphFile = join(temporary, 'supergraph.graphql');
    writeFileSync(supergraphFile, composeSupergraph(hubSubgraphServices(urls)));
    const gateway = await startGateway(supergraphFile, { TRUSTED_DOCUMENTS_FILE: persistedDocuments, TRUSTED_DOCUMENTS_ONLY: 'true' });
    cleanups.push(() => gateway.gatewayProcess.stop());

    const byId = async (documentId: string, variables: Record<string, unknown>) => {
      const response = await fetch(gateway.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId, variables }) });
      return (await response.json()) as { data?: RegiopaginaQuery; errors?: unknown[] };
    };
    const answer = await byId(RegiopaginaDocument.__meta__!.hash, { code: 'asten' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.regio!.gemeenten.map((gemeente) => gemeente.cbsCode)).toContain('GM0743');
    expect(Object.keys(JSON.parse(readFileSync(persistedDocuments, 'utf8')))).toContain(RegiosDocument.__meta__!.hash);
    // The same text sent as a query is refused there: only the registered ids run.
    expect((await graphql(gateway.gatewayUrl, RegiopaginaDocument.toString(), { code: 'asten' })).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  });
});

describe('the built regiopagina in Chromium', () => {
  let browser: Browser;
  let pageUrl: string;

  beforeAll(async () => {
    const dist = join(temporary, 'dist');
    await buildRegiopagina(dist);
    const port = await freePort();
    const server: Server = await startRegiopagina({ port, hubUrl: gatewayUrl, folder: dist });
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    pageUrl = `http://127.0.0.1:${port}/`;
    browser = await launchBrowser();
    cleanups.push(() => browser.close());
  }, 120_000);

  it("shows Oost-Veluwe's municipalities, partners by role, products and subsidies, under a strict CSP", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(`${pageUrl}#oost-veluwe`);
    // A violation of this policy would show up in `problems` as a console error.
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'; style-src 'self'; connect-src 'self'");
    await page.getByRole('heading', { level: 1, name: 'Oost-Veluwe' }).waitFor();
    for (const heading of ['Gemeenten', 'Partners per rol', 'Producten', 'Subsidies']) await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#regio').inputValue()).toBe('oost-veluwe');

    await page.locator('#regio').selectOption('asten');
    await page.getByRole('heading', { level: 1, name: 'Asten' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('GM0743');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
