// `npm run import -- --regio noord-veluwe --bestand partners.xlsx [--proef]`: a region's partner list
// (or with `--lijst producten` its product list) from a spreadsheet (CSV or XLSX) into the hub,
// through the public graph (`importeerPartners` / `importeerProducten`), as a steward: the token comes from --token or VANGNET_TOKEN (`npm run token -- --rol REGIOBEHEERDER ...`).
// Prints what is new, changed, ended and unchanged, each with its row number, and every invalid
// row with its reasons; with --proef nothing is applied. Exits 1 when the file was refused.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    regio: { type: 'string' },
    lijst: { type: 'string', default: 'partners' },
    bestand: { type: 'string' },
    proef: { type: 'boolean', default: false },
    reden: { type: 'string' },
    bron: { type: 'string' },
    'opgave-van': { type: 'string' },
    'opgave-op': { type: 'string' },
    token: { type: 'string' },
    gateway: { type: 'string' },
  },
});

const problems: string[] = [];
if (!values.regio) problems.push('--regio is required, e.g. noord-veluwe');
if (!values.bestand) problems.push('--bestand is required: a .csv or .xlsx file');
if (values.lijst !== 'partners' && values.lijst !== 'producten') problems.push(`--lijst is partners (the default) or producten, not "${values.lijst}"`);
const token = values.token ?? process.env.VANGNET_TOKEN;
if (!token) problems.push('a steward\'s token is required: --token or VANGNET_TOKEN (npm run -s token -- --rol REGIOBEHEERDER --regio <regio>)');
if (problems.length > 0) {
  console.error(problems.map((problem) => `import: ${problem}`).join('\n'));
  process.exit(2);
}

const gateway = values.gateway ?? process.env.VANGNET_URL ?? 'http://localhost:4000/graphql';
const naam = basename(values.bestand!);
const bron = values['opgave-van'] ? { opgaveVan: values['opgave-van'], opgaveOp: values['opgave-op'] ?? new Date().toISOString().slice(0, 10) } : { document: values.bron ?? naam };
const log = (line: string) => console.log(`import: ${line}`);

// Each list has its mutation, and says of a line what identifies it: the role of a partner, the code of a product.
const lijsten = {
  partners: { veld: 'importeerPartners', regeltype: 'Importregel', wat: 'rol', beschrijf: (regel: Regel) => `${regel.naam}, ${regel.rol!.toLowerCase()}` },
  producten: { veld: 'importeerProducten', regeltype: 'Productimportregel', wat: 'code', beschrijf: (regel: Regel) => `${regel.code} ${regel.naam}` },
} as const;
const lijst = lijsten[values.lijst as keyof typeof lijsten];

const mutation = `mutation Importeer($regio: ID!, $bestand: BestandInvoer!, $proef: Boolean!, $verantwoording: VerantwoordingInvoer!) {
  ${lijst.veld}(regio: $regio, bestand: $bestand, proef: $proef, verantwoording: $verantwoording) {
    proef toegepast
    nieuw { ...regel } gewijzigd { ...regel } beeindigd { ...regel } ongewijzigd { ...regel }
    ongeldig { regel redenen }
  }
}
fragment regel on ${lijst.regeltype} { regel naam ${lijst.wat} velden { veld oud nieuw } }`;

interface Regel {
  regel: number | null;
  naam: string;
  rol?: string;
  code?: string;
  velden: Array<{ veld: string; oud: string | null; nieuw: string | null }>;
}

log(`reading ${values.bestand}`);
const inhoud = readFileSync(values.bestand!).toString('base64');
log(`comparing the ${values.lijst} with the directory of ${values.regio} at ${gateway}${values.proef ? ' (dry run: nothing is applied)' : ''}`);
const response = await fetch(gateway, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({
    query: mutation,
    variables: { regio: values.regio, bestand: { naam, inhoud }, proef: values.proef, verantwoording: { reden: values.reden ?? `Import van ${naam}`, bron } },
  }),
}).catch((error: unknown) => {
  console.error(`import: the hub at ${gateway} cannot be reached (${error instanceof Error ? error.message : String(error)}); is it running (npm start)?`);
  process.exit(1);
});
const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
if (body.errors?.length) {
  for (const error of body.errors) console.error(`import: ${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
  process.exit(1);
}
const uitkomst = body.data![lijst.veld] as { proef: boolean; toegepast: boolean; ongeldig: Array<{ regel: number; redenen: string[] }> } & Record<'nieuw' | 'gewijzigd' | 'beeindigd' | 'ongewijzigd', Regel[]>;
const waar = (regel: Regel) => (regel.regel === null ? 'niet in het bestand' : `regel ${regel.regel}`);
const velden = (regel: Regel) => regel.velden.map((veld) => `${veld.veld}: ${veld.oud ?? '–'} → ${veld.nieuw ?? '–'}`).join('; ');
for (const [kop, regels] of [['nieuw', uitkomst.nieuw], ['gewijzigd', uitkomst.gewijzigd], ['beëindigd', uitkomst.beeindigd]] as const) {
  console.log(`\n${kop} (${regels.length})`);
  for (const regel of regels) console.log(`  ${waar(regel)}: ${lijst.beschrijf(regel)}${regel.velden.length > 0 ? ` (${velden(regel)})` : ''}`);
}
console.log(`\nongewijzigd: ${uitkomst.ongewijzigd.length}`);
if (uitkomst.ongeldig.length > 0) {
  console.log(`\nongeldig (${uitkomst.ongeldig.length}): het bestand is niet toegepast`);
  for (const regel of uitkomst.ongeldig) console.log(`  regel ${regel.regel}: ${regel.redenen.join('; ')}`);
  process.exit(1);
}
log(uitkomst.toegepast ? 'applied' : uitkomst.proef ? 'dry run: nothing applied; run again without --proef to apply' : 'nothing to apply: the directory already says what the file says');
