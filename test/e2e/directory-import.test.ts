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

// The imports go to Asten. Each applied file names the region's whole list as it stands, plus the
// organisations the test adds, so only those change and the other e2e files read the seed's facts.
const regio = 'asten';
let steward: Record<string, string>;
let stewardToken: string;
let otherSteward: Record<string, string>;

beforeAll(async () => {
  stewardToken = await tokenVoor({ id: 'beheerder-asten', rollen: ['REGIOBEHEERDER'], regio, organisatie: 'gemeente-asten' });
  steward = bearer(stewardToken);
  otherSteward = bearer(await tokenVoor({ id: 'beheerder-nv', rollen: ['REGIOBEHEERDER'], regio: 'noord-veluwe', organisatie: 'gemeente-harderwijk' }));
});

const importMutation = `mutation ($regio: ID!, $bestand: BestandInvoer!, $proef: Boolean, $verantwoording: VerantwoordingInvoer!) {
  importeerPartners(regio: $regio, bestand: $bestand, proef: $proef, verantwoording: $verantwoording) {
    proef toegepast
    nieuw { regel naam rol partner { id } velden { veld oud nieuw } }
    gewijzigd { regel naam rol velden { veld oud nieuw } }
    beeindigd { regel naam rol velden { veld oud nieuw } }
    ongewijzigd { regel naam rol }
    ongeldig { regel redenen }
  }
}`;

const verantwoording = { reden: 'Jaarlijkse partnerlijst', bron: { opgaveVan: 'Gemeente Asten', opgaveOp: '2026-11-30' } };

interface Uitkomst {
  proef: boolean;
  toegepast: boolean;
  nieuw: Array<{ regel: number; naam: string; rol: string; partner: { id: string } | null }>;
  gewijzigd: Array<{ regel: number; naam: string; velden: Array<{ veld: string; oud: string | null; nieuw: string | null }> }>;
  beeindigd: Array<{ regel: null; naam: string; rol: string }>;
  ongewijzigd: Array<{ regel: number; naam: string }>;
  ongeldig: Array<{ regel: number; redenen: string[] }>;
}

async function importeer(naam: string, bytes: Buffer, proef: boolean, headers = steward): Promise<Uitkomst> {
  const response = await graphql(gatewayUrl, importMutation, { regio, bestand: { naam, inhoud: bytes.toString('base64') }, proef, verantwoording }, headers);
  expect(response.errors).toBeUndefined();
  return response.data.importeerPartners as Uitkomst;
}

async function astenPartners(): Promise<Array<{ id: string; naam: string }>> {
  const response = await graphql(gatewayUrl, '{ regio(code: "asten") { partners { id naam } } }');
  return response.data.regio.partners as Array<{ id: string; naam: string }>;
}

const header = ['naam', 'soort', 'rol', 'vanaf', 'KvK-nummer', 'website', 'toelichting'];

/** A hundred good rows: new organisations, each a netwerkpartner of Asten. */
function goedeRegels(aantal: number): string[][] {
  return Array.from({ length: aantal }, (_, index) => [`Importtest Welzijn ${String(index + 1).padStart(3, '0')}`, 'welzijn', 'netwerkpartner', '2026-01-01', String(70_000_000 + index), '', '']);
}

function csv(rows: string[][], delimiter = ';'): Buffer {
  const cell = (value: string) => (/[;,"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(cell).join(delimiter)).join('\r\n')}\r\n`, 'utf8');
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Partners');
  for (const row of rows) sheet.addRow(row.map((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('importing a region\'s partner list from a spreadsheet', () => {
  it('refuses a CSV with one bad row among a hundred good ones as a whole, listing every reason, and applies nothing', async () => {
    const before = await astenPartners();
    const rows = goedeRegels(100);
    rows.splice(57, 0, ['Foute Regel', 'ruimtevaart', 'ketenpartner', '2026-13-01', '1234', 'geen-url', '']);
    rows.push(['Importtest Welzijn 001', 'welzijn', 'netwerkpartner', '', '', '', '']);
    const uitkomst = await importeer('partners-asten.csv', csv([header, ...rows]), false);
    expect(uitkomst.toegepast).toBe(false);
    expect(uitkomst.ongeldig).toEqual([
      {
        regel: 59,
        redenen: [
          expect.stringMatching(/^soort "ruimtevaart" is onbekend/),
          'KvK-nummer heeft geen acht cijfers: "1234"',
          'website is geen webadres (https://...): "geen-url"',
          'vanaf is geen datum als JJJJ-MM-DD: "2026-13-01"',
        ],
      },
      { regel: 103, redenen: ['dubbele organisatie: dezelfde organisatie en rol als regel 2'] },
    ]);
    expect(uitkomst.nieuw).toHaveLength(100);
    expect(await astenPartners()).toEqual(before);
  });

  it('shows a dry run of an XLSX file as new, changed, ended and unchanged with row numbers, then applies it once; the same file again changes nothing', async () => {
    // The region's own list as it stands, by id, so the files below change only what the test adds.
    const current = await graphql(gatewayUrl, '{ regio(code: "asten") { partners { id naam rollen(regio: "asten") { rol } } } }');
    const base = (current.data.regio.partners as Array<{ id: string; naam: string; rollen: Array<{ rol: string }> }>).flatMap((partner) => partner.rollen.map((rol) => [partner.naam, '', rol.rol, '', '', '', '', partner.id]));
    const withId = [...header, 'id'];
    const nieuw = (naam: string, website = '') => [naam, 'welzijn', 'netwerkpartner', '2026-02-01', '', website, 'Nieuw in 2026', ''];
    const first = await xlsx([withId, ...base, nieuw('Xlsx Import Een'), nieuw('Xlsx Import Twee'), nieuw('Xlsx Import Drie')]);
    const added = await importeer('partners-asten.xlsx', first, false);
    expect(added).toMatchObject({ toegepast: true, gewijzigd: [], beeindigd: [], ongeldig: [] });
    expect(added.nieuw.map((regel) => [regel.regel, regel.naam])).toEqual([
      [base.length + 2, 'Xlsx Import Een'],
      [base.length + 3, 'Xlsx Import Twee'],
      [base.length + 4, 'Xlsx Import Drie'],
    ]);
    expect(added.ongewijzigd).toHaveLength(base.length);
    const before = await astenPartners();

    const second = await xlsx([withId, ...base, nieuw('Xlsx Import Een', 'https://een.example.nl'), nieuw('Xlsx Import Twee')]);
    const proef = await importeer('partners-asten.xlsx', second, true);
    expect(proef).toMatchObject({ proef: true, toegepast: false, nieuw: [], ongeldig: [] });
    expect(proef.gewijzigd.map((regel) => [regel.regel, regel.naam, regel.velden])).toEqual([[base.length + 2, 'Xlsx Import Een', [{ veld: 'website', oud: null, nieuw: 'https://een.example.nl/' }]]]);
    expect(proef.beeindigd.map((regel) => [regel.regel, regel.naam, regel.rol])).toEqual([[null, 'Xlsx Import Drie', 'NETWERKPARTNER']]);
    expect(proef.ongewijzigd).toHaveLength(base.length + 1);
    expect(await astenPartners()).toEqual(before);

    const applied = await importeer('partners-asten.xlsx', second, false);
    expect(applied.toegepast).toBe(true);
    const after = await astenPartners();
    expect(after.map((partner) => partner.naam)).not.toContain('Xlsx Import Drie');
    expect(after).toHaveLength(before.length - 1);
    const ended = await graphql(gatewayUrl, '{ gelijkendeOrganisaties(naam: "Xlsx Import Drie") { rollen(peildatum: "2026-03-01") { rol tot } } }');
    expect(ended.data.gelijkendeOrganisaties[0].rollen).toEqual([{ rol: 'NETWERKPARTNER', tot: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);

    const again = await importeer('partners-asten.xlsx', second, false);
    expect(again).toMatchObject({ toegepast: false, nieuw: [], gewijzigd: [], beeindigd: [], ongeldig: [] });
    expect(again.ongewijzigd).toHaveLength(base.length + 2);
    expect(await astenPartners()).toEqual(after);
  });

  it('lets only the region\'s own steward import, and refuses a file that is neither CSV nor XLSX', async () => {
    const other = await graphql(gatewayUrl, importMutation, { regio, bestand: { naam: 'a.csv', inhoud: csv([header, ...goedeRegels(1)]).toString('base64') }, proef: true, verantwoording }, otherSteward);
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    const anonymous = await graphql(gatewayUrl, importMutation, { regio, bestand: { naam: 'a.csv', inhoud: csv([header, ...goedeRegels(1)]).toString('base64') }, proef: true, verantwoording });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const pdf = await graphql(gatewayUrl, importMutation, { regio, bestand: { naam: 'lijst.pdf', inhoud: 'JVBERi0=' }, proef: true, verantwoording }, steward);
    expect(errorCodes(pdf)).toEqual(['BAD_USER_INPUT']);
  });

  it('runs from the command line: npm run import -- --regio --bestand --proef prints the difference with row numbers', () => {
    const directory = mkdtempSync(join(tmpdir(), 'vangnet-import-'));
    const file = join(directory, 'lijst.csv');
    writeFileSync(file, csv([header, ['Cli Importtest', 'welzijn', 'netwerkpartner', '', '', '', '']], ','));
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'scripts', 'import.ts'), '--regio', regio, '--bestand', file, '--proef', '--gateway', gatewayUrl], {
      encoding: 'utf8',
      env: { ...process.env, VANGNET_TOKEN: stewardToken },
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('regel 2: Cli Importtest, netwerkpartner');
    expect(cli.stdout).toContain('dry run: nothing applied');
  });
});
