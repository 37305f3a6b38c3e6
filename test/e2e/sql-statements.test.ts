import { serviceDatabase, testPostgresUrl } from '../harness/database.js';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPartnersDatabase } from '../../subgraphs/partners/src/db/database.js';
import { naamKolommen } from '../../subgraphs/partners/src/db/seed.js';
import { openRegionsDatabase } from '../../subgraphs/regions/src/db/database.js';
import { openVoorzieningenDatabase } from '../../subgraphs/voorzieningen/src/db/database.js';
import { graphql } from '../harness/graphql.js';
import { startHub, type RunningHub } from '../harness/hub.js';

let hub: RunningHub;

beforeAll(async () => {
  // The page below asks for nearly everything at once, to count statements on every hop; it
  // costs more than the gateway allows a client by default.
  hub = await startHub({ countStatements: true, gatewayEnv: { MAX_QUERY_COST: '100000' } });
});
afterAll(async () => {
  await hub?.stop();
});

const regionPageQuery = `{
  regios {
    code naam
    centrumgemeente { naam }
    gemeenten { cbsCode naam lidmaatschappen { status regio { naam } } }
    beleidsdocumenten { titel partijen { naam soort } afspraken { soort gemeente { naam } } afwijkingen { onderwerp } }
    bestuursorganen { naam leden { naam } }
    partners { naam soort gemeente { naam } regios { code naam } rollen { rol regio { naam } } subsidies { omschrijving } }
    producten { code naam categorie { naam } }
    subsidies { omschrijving bedragPerJaar { euro } ontvanger { naam soort } aanvullendeBedragen { bedrag { euro } begunstigde { naam } } }
    subsidietotalen { berekend { euro } vermeld { verschil { euro } } }
    kengetallen { onderwerp aantal }
  }
}`;

const subsidiesQuery = '{ regios { subsidies { ontvanger { naam } } } }';

async function statementsPerSubgraph(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, base] of Object.entries(hub.subgraphBaseUrls)) {
    const response = await fetch(`${base}/debug/sql-statements`);
    counts[name] = ((await response.json()) as { statements: number }).statements;
  }
  return counts;
}

/**
 * Runs the query eight times. Which loads share a batch depends on when each database answer
 * arrives. On SQLite that order is fixed, so every run costs the same. Over PostgreSQL's network
 * connections a batch can split in two when one answer comes a moment after its sibling's: the
 * same region page on the same rows has cost 14, 15 or 16 statements on the regions subgraph from
 * one run to the next. So the fewest and the most statements over all runs are both kept.
 */
async function measure(query: string): Promise<{ statements: Record<string, number>; mostStatements: Record<string, number>; partnerRows: number; subsidieRows: number; regios: number }> {
  const runs: Record<string, number>[] = [];
  let regios: Array<{ partners?: unknown[]; subsidies: unknown[] }> = [];
  for (let run = 0; run < 8; run++) {
    for (const base of Object.values(hub.subgraphBaseUrls)) await fetch(`${base}/debug/sql-statements`, { method: 'DELETE' });
    const response = await graphql(hub.gatewayUrl, query);
    expect(response.errors).toBeUndefined();
    regios = response.data.regios as typeof regios;
    runs.push(await statementsPerSubgraph());
  }
  const names = Object.keys(runs[0]!);
  return {
    statements: Object.fromEntries(names.map((name) => [name, Math.min(...runs.map((counts) => counts[name]!))])),
    mostStatements: Object.fromEntries(names.map((name) => [name, Math.max(...runs.map((counts) => counts[name]!))])),
    partnerRows: regios.reduce((sum, regio) => sum + (regio.partners?.length ?? 0), 0),
    subsidieRows: regios.reduce((sum, regio) => sum + regio.subsidies.length, 0),
    regios: regios.length,
  };
}

/** The version columns of a synthetic version (lib/history.ts); the feed is not part of what is counted. */
function testVersie(versie: number) {
  return { versie, vastgelegdOp: '2026-01-01T00:00:00.000Z', vastgelegdDoor: 'test', namens: null, reden: 'test', wijzigingNr: 0, actie: versie === 1 ? 'AANGEMAAKT' : 'GEWIJZIGD', vervallen: 0 } as const;
}

/**
 * Gives every versioned record of the directory `extra` more versions, the same facts recorded
 * again: the history grows, the directory as read stays the same.
 */
async function growHistory(extra: number): Promise<void> {
  const versioned = [
    { subgraph: 'partners', open: openPartnersDatabase, tables: [['partner', 'partnerVersie'], ['partnerRol', 'partnerRolVersie']] },
    { subgraph: 'regions', open: openRegionsDatabase, tables: [['lidmaatschap', 'lidmaatschapVersie'], ['beleidsdocument', 'beleidsdocumentVersie'], ['afspraak', 'afspraakVersie'], ['bestuursorgaan', 'bestuursorgaanVersie'], ['orgaanLid', 'orgaanLidVersie']] },
    { subgraph: 'voorzieningen', open: openVoorzieningenDatabase, tables: [['product', 'productVersie'], ['subsidie', 'subsidieVersie'], ['subsidieBedrag', 'subsidieBedragVersie'], ['kengetal', 'kengetalVersie']] },
  ] as const;
  for (const { subgraph, open, tables } of versioned) {
    const db = (open as (location: ReturnType<typeof serviceDatabase>, counter: { statements: number }) => Kysely<any>)(serviceDatabase(hub, subgraph), { statements: 0 });
    await db.transaction().execute(async (trx) => {
      for (const [view, table] of tables) {
        const latest = (await trx.selectFrom(view).selectAll().execute()) as Array<{ versie: number }>;
        const versions = latest.flatMap((row) => Array.from({ length: extra }, (_, n) => ({ ...row, ...testVersie(row.versie + n + 1) })));
        for (let start = 0; start < versions.length; start += 100) await trx.insertInto(table).values(versions.slice(start, start + 100)).execute();
      }
    });
    // After a bulk load PostgreSQL plans on stale statistics until autovacuum analyses the tables;
    // a live hub gets that within a minute, the test asks for it at once.
    if (testPostgresUrl) await sql`analyze`.execute(db);
    await db.destroy();
  }
}

/** Adds synthetic regions, memberships, agreements and partners straight into the subgraphs' files. */
async function growData(extraRegions: number, extraPartners: number): Promise<void> {
  const counter = { statements: 0 };
  const regions = openRegionsDatabase(serviceDatabase(hub, 'regions'), counter);
  const partners = openPartnersDatabase(serviceDatabase(hub, 'partners'), counter);
  const bron = { bronDocument: '000_6263d190e772324a', bronSectie: null, bronCitaat: null };
  const regioCodes = Array.from({ length: extraRegions }, (_, i) => `test-regio-${i}`);
  await regions.transaction().execute(async (trx) => {
    const gemeenten = await trx.selectFrom('gemeente').select('cbsCode').execute();
    for (const [i, code] of regioCodes.entries()) {
      const documentId = `${code}-convenant`;
      await trx.insertInto('regio').values({ code, naam: `Testregio ${i}`, centrumgemeenteCbs: 'GM0243', budgethouderCbs: null, aantalGemeentenVolgensBron: null, ...bron }).execute();
      await trx.insertInto('lidmaatschapVersie').values(gemeenten.map((g) => ({ id: `${code}|${g.cbsCode}`, regioCode: code, cbsCode: g.cbsCode, status: 'DEELNEMER', domein: null, vanaf: null, tot: null, toelichting: null, ...bron, ...testVersie(1) }))).execute();
      await trx.insertInto('beleidsdocumentVersie').values({ id: documentId, regioCode: code, soort: 'CONVENANT', titel: `Convenant ${i}`, status: null, geldigVan: null, geldigTot: null, ...bron, ...testVersie(1) }).execute();
      await trx.insertInto('afspraakVersie').values([1, 2, 3].map((n) => ({ id: `${documentId}-${n}`, documentId, volgorde: n, soort: 'OVERIG', omschrijving: 'test', gemeenteCbs: 'GM0200', percentage: null, bedragCenten: null, aantal: null, eenheid: null, datum: null, ...bron, ...testVersie(1) }))).execute();
      await trx.insertInto('documentPartij').values({ documentId, partnerId: 'iriszorg', volgorde: 1 }).execute();
    }
  });
  const roleRegions = ['noord-veluwe', 'oost-veluwe', 'asten', ...regioCodes];
  await partners.transaction().execute(async (trx) => {
    for (let i = 0; i < extraPartners; i++) {
      const id = `testpartner-${i}`;
      const naam = `Testpartner ${i}`;
      const partner = { id, naam, naamInBron: null, soort: 'WELZIJN', gemeenteCbs: null, website: null, email: null, telefoon: null, kvkNummer: null, agbCode: null, samengevoegdIn: null, samengevoegdOp: null, ...naamKolommen(naam, id), ...bron };
      await trx.insertInto('partnerVersie').values({ ...partner, ...testVersie(1) }).execute();
      await trx.insertInto('partnerRolVersie').values(roleRegions.map((regioCode, volgorde) => ({ id: `${id}|${regioCode}`, partnerId: id, regioCode, rol: 'KETENPARTNER', toelichting: null, vanaf: null, tot: null, volgorde, ...bron, ...testVersie(1) }))).execute();
    }
  });
  const voorzieningen = openVoorzieningenDatabase(serviceDatabase(hub, 'voorzieningen'), counter);
  await voorzieningen.transaction().execute(async (trx) => {
    for (const [i, regioCode] of regioCodes.entries()) {
      await trx.insertInto('subsidieVersie').values(Array.from({ length: 20 }, (_, n) => ({ id: `${regioCode}-subsidie-${n}`, regioCode, volgorde: n, ontvangerId: `testpartner-${(i * 20 + n) % extraPartners}`, omschrijving: 'test', doel: 'OVERIG', soort: 'TENDER', bedragPerJaarCenten: 100_00, looptijdTot: null, looptijdInBron: null, toelichting: null, vanaf: null, tot: null, ...bron, ...testVersie(1) }))).execute();
      await trx.insertInto('productVersie').values(Array.from({ length: 20 }, (_, n) => ({ code: `15T${i}X${n}`, naam: 'test', categorieCode: '15', situationeel: 0, regioCode, codeInBron: null, toelichting: null, zoeksleutel: 'test', vanaf: null, tot: null, ...bron, ...testVersie(1) }))).execute();
    }
  });
  await regions.destroy();
  await partners.destroy();
  await voorzieningen.destroy();
}

describe('SQL statements per query', () => {
  it('stay the same per subgraph for a region page and for all subsidies with their recipients, whatever the number of rows', async () => {
    const pageBefore = await measure(regionPageQuery);
    const subsidiesBefore = await measure(subsidiesQuery);
    await growData(10, 150);
    const pageAfter = await measure(regionPageQuery);
    const subsidiesAfter = await measure(subsidiesQuery);

    expect(pageAfter.regios).toBe(pageBefore.regios + 10);
    expect(pageAfter.partnerRows).toBeGreaterThanOrEqual(pageBefore.partnerRows + 150 * 13);
    expect(subsidiesAfter.subsidieRows).toBe(subsidiesBefore.subsidieRows + 10 * 20);
    if (!testPostgresUrl) {
      expect(pageAfter.statements).toEqual(pageBefore.statements);
      expect(subsidiesAfter.statements).toEqual(subsidiesBefore.statements);
    } else {
      // Timing alone moves the count by a statement or two, so growth is judged against that
      // spread: the luckiest run after growth costs no more than the unluckiest before it. Ten
      // regions more, each loaded on its own, would add ten statements at least.
      for (const name of Object.keys(pageBefore.statements)) {
        expect(pageAfter.statements[name], name).toBeLessThanOrEqual(pageBefore.mostStatements[name]!);
      }
      expect(subsidiesAfter.statements).toEqual(subsidiesBefore.statements);
    }
    // Small and bounded: at most one statement per list or entity hop in the query, not per row,
    // even when no two hops share a batch (the regions part of the page has 18 such hops).
    for (const page of [pageBefore, pageAfter]) {
      expect(page.mostStatements.regions).toBeLessThanOrEqual(18);
      expect(page.mostStatements.partners).toBeLessThanOrEqual(6);
      expect(page.mostStatements.voorzieningen).toBeLessThanOrEqual(10);
    }
    expect(subsidiesBefore.statements).toEqual({ regions: 1, partners: 1, voorzieningen: 1, woonopties: 0 });
  });

  // Writing a hundredfold history takes most of a minute on PostgreSQL, more when the machine is busy.
  it('stay the same when the directory\'s history grows a hundredfold, and the page reads the same facts', async () => {
    const before = await measure(regionPageQuery);
    const answerBefore = await graphql(hub.gatewayUrl, regionPageQuery);
    await growHistory(100);
    const after = await measure(regionPageQuery);
    const answerAfter = await graphql(hub.gatewayUrl, regionPageQuery);
    expect(answerAfter.data).toEqual(answerBefore.data);
    if (!testPostgresUrl) expect(after.statements).toEqual(before.statements);
    else for (const name of Object.keys(before.statements)) expect(after.statements[name], name).toBeLessThanOrEqual(before.mostStatements[name]!);
  }, 240_000);
});
