import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { repositoryRoot } from '../../lib/paths.js';
import { errorCodes, graphql } from '../harness/graphql.js';
import { bearer, tokenVoor } from '../harness/tokens.js';

const { gatewayUrl } = inject('hub');

// The product imports go to Asten, whose seed has no products, so no other e2e file reads what
// they change. The codes are the test's own (category 07 and 15, letter X), not a region's real codes.
const regio = 'asten';
let steward: Record<string, string>;
let stewardToken: string;

beforeAll(async () => {
  stewardToken = await tokenVoor({ id: 'productbeheerder-asten', rollen: ['REGIOBEHEERDER'], regio, organisatie: 'gemeente-asten' });
  steward = bearer(stewardToken);
});

const importMutation = `mutation ($regio: ID!, $bestand: BestandInvoer!, $proef: Boolean, $verantwoording: VerantwoordingInvoer!) {
  importeerProducten(regio: $regio, bestand: $bestand, proef: $proef, verantwoording: $verantwoording) {
    proef toegepast regio { code }
    nieuw { regel code naam velden { veld oud nieuw } }
    gewijzigd { regel code naam product { code naam } velden { veld oud nieuw } }
    beeindigd { regel code naam velden { veld oud nieuw } }
    ongewijzigd { regel code }
    ongeldig { regel redenen }
  }
}`;

const verantwoording = { reden: 'Productlijst 2027', bron: { opgaveVan: 'Gemeente Asten', opgaveOp: '2026-12-01' } };

interface Regel {
  regel: number | null;
  code: string;
  naam: string;
  velden: Array<{ veld: string; oud: string | null; nieuw: string | null }>;
}
interface Uitkomst {
  proef: boolean;
  toegepast: boolean;
  nieuw: Regel[];
  gewijzigd: Array<Regel & { product: { code: string; naam: string } }>;
  beeindigd: Regel[];
  ongewijzigd: Array<{ regel: number; code: string }>;
  ongeldig: Array<{ regel: number; redenen: string[] }>;
}

async function importeer(naam: string, bytes: Buffer, proef: boolean, headers = steward): Promise<Uitkomst> {
  const response = await graphql(gatewayUrl, importMutation, { regio, bestand: { naam, inhoud: bytes.toString('base64') }, proef, verantwoording }, headers);
  expect(response.errors).toBeUndefined();
  return response.data.importeerProducten as Uitkomst;
}

async function astenProducten(peildatum?: string): Promise<Array<{ code: string; naam: string; situationeel: boolean; tot: string | null }>> {
  const response = await graphql(gatewayUrl, 'query ($p: String) { regio(code: "asten") { producten(peildatum: $p) { code naam situationeel tot } } }', { p: peildatum ?? null });
  expect(response.errors).toBeUndefined();
  return response.data.regio.producten;
}

const header = ['Productcode', 'Productnaam', 'Situationeel', 'Toelichting', 'Vanaf', 'Tot'];

function csv(rows: string[][], delimiter = ';'): Buffer {
  const cell = (value: string) => (/[;,"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(cell).join(delimiter)).join('\r\n')}\r\n`, 'utf8');
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Producten');
  for (const row of rows) sheet.addRow(row.map((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Good rows: test products of category 07, one per number. */
function goedeRegels(aantal: number, prefix = '07X'): string[][] {
  return Array.from({ length: aantal }, (_, index) => [`${prefix}${String(index + 1).padStart(2, '0')}`, `Importproduct ${index + 1}`, 'nee', '', '2026-01-01', '']);
}

describe('importing a region\'s product list from a spreadsheet', () => {
  it('refuses a CSV with bad rows among ninety-nine good ones as a whole, listing every reason, and applies nothing', async () => {
    const before = await astenProducten();
    const rows = goedeRegels(99);
    rows.splice(40, 0, ['99Z01', '', 'misschien', '', '2026-02-30', '2025-01-01']);
    rows.push(['15G01', 'Begeleiding Groep Licht', 'ja', '', '', '']);
    rows.push(['07X05', 'Nog eens vijf', 'nee', '', '', '']);
    rows.push(['G15-01', 'Geen code', '', '', '', '']);
    const uitkomst = await importeer('producten-asten.csv', csv([header, ...rows]), false);
    expect(uitkomst.toegepast).toBe(false);
    expect(uitkomst.ongeldig).toEqual([
      {
        regel: 42,
        redenen: [
          'categorie 99 van code 99Z01 staat niet in de iWmo-lijst van productcategorieën (WMO020)',
          'situationeel is geen ja of nee: "misschien"',
          'vanaf is geen datum als JJJJ-MM-DD: "2026-02-30"',
        ],
      },
      { regel: 102, redenen: ['productcode 15G01 hoort bij regio oost-veluwe; een productcode hoort bij één regio'] },
      { regel: 103, redenen: ['dubbel product: code 07X05 staat ook op regel 6'] },
      { regel: 104, redenen: [expect.stringMatching(/^code is geen iWmo-productcode .*: "G15-01"$/)] },
    ]);
    expect(uitkomst.nieuw).toHaveLength(99);
    expect(await astenProducten()).toEqual(before);
  });

  it('shows a dry run of an XLSX product list as new, changed, ended and unchanged with row numbers, applies it once, and the same file again changes nothing', async () => {
    const rij = (code: string, naam: string, situationeel = 'nee', toelichting = '') => [code, naam, situationeel, toelichting, '2026-01-01', ''];
    const first = await xlsx([header, rij('07X91', 'Beschermd wonen Asten', 'ja'), rij('07X92', 'Kortdurend verblijf Asten'), rij('07X90', 'Dagbesteding Asten')]);
    const added = await importeer('producten-asten.xlsx', first, false);
    expect(added).toMatchObject({ toegepast: true, gewijzigd: [], beeindigd: [], ongewijzigd: [], ongeldig: [] });
    expect(added.nieuw.map((regel) => [regel.regel, regel.code, regel.naam])).toEqual([
      [2, '07X91', 'Beschermd wonen Asten'],
      [3, '07X92', 'Kortdurend verblijf Asten'],
      [4, '07X90', 'Dagbesteding Asten'],
    ]);
    const listed = await astenProducten();
    expect(listed.filter((product) => product.code.includes('X'))).toEqual([
      { code: '07X90', naam: 'Dagbesteding Asten', situationeel: false, tot: null },
      { code: '07X91', naam: 'Beschermd wonen Asten', situationeel: true, tot: null },
      { code: '07X92', naam: 'Kortdurend verblijf Asten', situationeel: false, tot: null },
    ]);

    // The second list renames one product, leaves its situationeel cell empty (kept), and drops 07X90.
    const second = await xlsx([header, ['07X91', 'Beschermd wonen Asten (24 uur)', '', '', '', ''], rij('07X92', 'Kortdurend verblijf Asten')]);
    const proef = await importeer('producten-asten.xlsx', second, true);
    expect(proef).toMatchObject({ proef: true, toegepast: false, nieuw: [], ongeldig: [] });
    expect(proef.gewijzigd.map((regel) => [regel.regel, regel.code, regel.velden])).toEqual([[2, '07X91', [{ veld: 'naam', oud: 'Beschermd wonen Asten', nieuw: 'Beschermd wonen Asten (24 uur)' }]]]);
    expect(proef.gewijzigd[0]!.product).toEqual({ code: '07X91', naam: 'Beschermd wonen Asten' });
    expect(proef.beeindigd.map((regel) => [regel.regel, regel.code, regel.velden.map((veld) => veld.veld)])).toEqual([[null, '07X90', ['tot']]]);
    expect(proef.ongewijzigd).toEqual([{ regel: 3, code: '07X92' }]);
    expect(await astenProducten()).toEqual(listed);

    const applied = await importeer('producten-asten.xlsx', second, false);
    expect(applied.toegepast).toBe(true);
    expect(applied.gewijzigd[0]!.product).toEqual({ code: '07X91', naam: 'Beschermd wonen Asten (24 uur)' });
    const after = await astenProducten();
    expect(after.map((product) => product.code)).not.toContain('07X90');
    expect(after.find((product) => product.code === '07X91')).toMatchObject({ naam: 'Beschermd wonen Asten (24 uur)', situationeel: true });
    // Ended, not deleted: the region used 07X90 in 2026, and its history says who ended it and why.
    expect((await astenProducten('2026-06-01')).map((product) => product.code)).toContain('07X90');
    const history = await graphql(gatewayUrl, '{ product(code: "07X90") { tot geschiedenis { versie actie reden door bron { document } } } }', undefined, steward);
    expect(history.data.product.tot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(history.data.product.geschiedenis.map((versie: { actie: string; reden: string }) => [versie.actie, versie.reden])).toEqual([
      ['AANGEMAAKT', 'Productlijst 2027'],
      ['BEEINDIGD', 'Productlijst 2027'],
    ]);
    expect(history.data.product.geschiedenis[1].door).toBe('productbeheerder-asten');

    const again = await importeer('producten-asten.xlsx', second, false);
    expect(again).toMatchObject({ toegepast: false, nieuw: [], gewijzigd: [], beeindigd: [], ongeldig: [] });
    expect(again.ongewijzigd.map((regel) => regel.code)).toEqual(['07X91', '07X92']);
    expect(await astenProducten()).toEqual(after);
  });

  it('lets only the region\'s own steward import products', async () => {
    const bestand = { naam: 'p.csv', inhoud: csv([header, ...goedeRegels(1, '07Y')]).toString('base64') };
    const other = await graphql(gatewayUrl, importMutation, { regio, bestand, proef: true, verantwoording }, bearer(await tokenVoor({ id: 'beheerder-ov', rollen: ['REGIOBEHEERDER'], regio: 'oost-veluwe', organisatie: 'gemeente-apeldoorn' })));
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(gatewayUrl, importMutation, { regio, bestand, proef: true, verantwoording }))).toEqual(['UNAUTHENTICATED']);
  });

  it('runs from the command line: npm run import -- --lijst producten prints the difference with row numbers', () => {
    const directory = mkdtempSync(join(tmpdir(), 'vangnet-import-'));
    const file = join(directory, 'producten.csv');
    writeFileSync(file, csv([['code', 'naam'], ['07X77', 'Cli product']], ','));
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'scripts', 'import.ts'), '--lijst', 'producten', '--regio', regio, '--bestand', file, '--proef', '--gateway', gatewayUrl], {
      encoding: 'utf8',
      env: { ...process.env, VANGNET_TOKEN: stewardToken },
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('regel 2: 07X77 Cli product');
    expect(cli.stdout).toContain('dry run: nothing applied');
  });
});
