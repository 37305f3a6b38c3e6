// `npm run subgraph -- <command> [flags]`: the registry's command-line client.
//   check     --name N --url U --schema FILE   dry run for a region's CI: every reason, exit code 1 when refused
//   publish   --name N --url U --schema FILE [--force]   (--force: an admin publishes a breaking change clients still use); prints what it changed
//   usage     [--coordinate Type.field ...] [--days D]   who used what in the last D days (REGISTRY_USAGE_DAYS by default)
//   list | history --name N | versions         (versions: with each version's count of breaking, dangerous and safe changes)
//   changelog [--versie V] [--tegen N]          what version V (default: the live one) changed against N (default: the version before it)
//   rollback  --versie V                        (admin)
//   operation --name N --document FILE         register an operation a front-end uses (admin)
//   trusted-documents                          print the registered operations as a gateway's TRUSTED_DOCUMENTS_FILE
//   app publish --name N --version V --documents FILE   register an app version's documents (FILE: the client preset's
//                                              persisted-documents.json {hash: document}, or a JSON list of documents)
//   app list | app retire --name N --version V  the app versions and their status; retire one (admin or the app's token)
//   token     --subgraph N [--subgraph M] [--admin] [--usage] [--app A] [--uitgever id]   development registry token
//             (--usage: a gateway's, to report usage; --app: an app's build, to register and retire its versions)
// Flags everywhere: --registry URL (or REGISTRY_URL, default http://localhost:4010), --token T (or REGISTRY_TOKEN).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { registrySecret, signRegistryToken } from '../registry/src/tokens.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    url: { type: 'string' },
    schema: { type: 'string' },
    document: { type: 'string' },
    force: { type: 'boolean', default: false },
    versie: { type: 'string' },
    tegen: { type: 'string' },
    registry: { type: 'string' },
    token: { type: 'string' },
    subgraph: { type: 'string', multiple: true },
    admin: { type: 'boolean', default: false },
    usage: { type: 'boolean', default: false },
    coordinate: { type: 'string', multiple: true },
    days: { type: 'string' },
    uitgever: { type: 'string' },
    version: { type: 'string' },
    documents: { type: 'string' },
    app: { type: 'string', multiple: true },
  },
});

const command = positionals[0];
const registry = (values.registry ?? process.env.REGISTRY_URL ?? 'http://localhost:4010').replace(/\/$/, '');
const token = values.token ?? process.env.REGISTRY_TOKEN;

function usage(message: string): never {
  console.error(`subgraph: ${message}\nSee the comment at the top of scripts/subgraph.ts or the README ("Publishing a region's own subgraph").`);
  process.exit(2);
}

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string' || !value) usage(`--${name} is required for ${command}`);
  return value;
}

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${registry}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }).catch((error: unknown) => {
    console.error(`subgraph: the registry at ${registry} does not answer (${(error as Error).cause ?? error}); is the hub running? Set --registry or REGISTRY_URL.`);
    process.exit(3);
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

function report(result: { status: number; body: any }, success: string): void {
  for (const waarschuwing of result.body?.waarschuwingen ?? []) console.warn(`warning: ${waarschuwing}`);
  if (result.body?.ok) {
    console.log(success.replace('{versie}', String(result.body.versie ?? '')));
    return;
  }
  console.error(`refused (HTTP ${result.status}):`);
  for (const reden of result.body?.redenen ?? [String(result.body)]) console.error(`  - ${reden}`);
  process.exit(1);
}

interface Changelog {
  versie: number;
  vorige: number | null;
  oorzaak?: string;
  door?: string;
  op?: string;
  wijzigingen: Array<{ soort: 'brekend' | 'riskant' | 'veilig'; coordinaat: string; beschrijving: string }>;
}

const soorten = [
  ['brekend', 'Brekend (een bestaande query kan falen)'],
  ['riskant', 'Riskant (blijft werken, maar het antwoord kan anders zijn)'],
  ['veilig', 'Veilig'],
] as const;

/** A changelog in plain words, grouped breaking, dangerous, safe; a group without changes is left out. */
function printChangelog(changelog: Changelog): void {
  const wie = changelog.oorzaak ? ` (${changelog.oorzaak} door ${changelog.door}, ${changelog.op})` : '';
  if (changelog.vorige === null) {
    console.log(`Supergraphversie ${changelog.versie}${wie} is de eerste: er is geen vorige versie om mee te vergelijken.`);
    return;
  }
  console.log(`Supergraphversie ${changelog.versie}${wie}, vergeleken met versie ${changelog.vorige}:`);
  if (changelog.wijzigingen.length === 0) console.log('  geen wijzigingen in het schema dat clients zien');
  for (const [soort, kop] of soorten) {
    const wijzigingen = changelog.wijzigingen.filter((wijziging) => wijziging.soort === soort);
    if (wijzigingen.length === 0) continue;
    console.log(`${kop}: ${wijzigingen.length}`);
    for (const wijziging of wijzigingen) console.log(`  - ${wijziging.beschrijving}`);
  }
}

switch (command) {
  case 'check':
  case 'publish': {
    const body = { naam: required('name'), url: required('url'), sdl: readFileSync(required('schema'), 'utf8'), force: values.force };
    const result = await call('POST', `/${command}`, body);
    report(result, command === 'check' ? `${body.naam}: all checks passed` : `${body.naam} published; supergraph version {versie}`);
    if (Array.isArray(result.body?.wijzigingen)) printChangelog({ versie: result.body.versie, vorige: result.body.vorige ?? null, wijzigingen: result.body.wijzigingen });
    break;
  }
  case 'list':
    console.table((await call('GET', '/subgraphs')).body);
    break;
  case 'versions': {
    const result = await call('GET', '/supergraphs?samenvatting=1');
    if (result.status !== 200) report(result, '');
    console.table(result.body.map(({ samenvatting, ...versie }: { samenvatting: Record<string, number> }) => ({ ...versie, ...samenvatting })));
    break;
  }
  case 'changelog': {
    let versie = values.versie;
    if (!versie) {
      const versions = await call('GET', '/supergraphs');
      if (versions.status !== 200) report(versions, '');
      versie = String(versions.body.at(-1)?.versie ?? usage('the registry has no supergraph version yet'));
    }
    const result = await call('GET', `/supergraphs/${encodeURIComponent(versie)}/changelog${values.tegen ? `?tegen=${encodeURIComponent(values.tegen)}` : ''}`);
    if (result.status !== 200) report(result, '');
    printChangelog(result.body as Changelog);
    break;
  }
  case 'history':
    console.table((await call('GET', `/subgraphs/${required('name')}/history`)).body);
    break;
  case 'rollback':
    report(await call('POST', '/rollback', { versie: Number(required('versie')) }), 'rolled back; the live supergraph is now version {versie}');
    break;
  case 'operation':
    report(await call('POST', '/operations', { naam: required('name'), document: readFileSync(required('document'), 'utf8') }), 'operation registered');
    break;
  case 'usage': {
    const query = new URLSearchParams([...(values.coordinate ?? []).map((coordinate) => ['coordinate', coordinate]), ...(values.days ? [['days', values.days]] : [])]);
    const result = await call('GET', `/usage${query.size > 0 ? `?${query}` : ''}`);
    if (result.status !== 200) report(result, '');
    console.table(result.body);
    break;
  }
  case 'trusted-documents': {
    const result = await call('GET', '/trusted-documents');
    if (result.status !== 200) report(result, '');
    console.log(JSON.stringify(result.body, null, 2));
    break;
  }
  case 'app':
    await app(positionals[1]);
    break;
  case 'token': {
    if (process.env.VANGNET_MODE === 'production') usage('refusing to print registry tokens in production mode');
    const subgraphs = values.subgraph ?? [];
    const apps = values.app ?? [];
    if (subgraphs.length === 0 && apps.length === 0 && !values.admin && !values.usage) usage('token needs --subgraph NAME (repeatable), --app NAME (repeatable), --admin or --usage');
    const id =
      values.uitgever ?? (values.admin ? 'dev-admin' : subgraphs.length > 0 ? `dev-${subgraphs.join('-')}` : apps.length > 0 ? `dev-app-${apps.join('-')}` : 'dev-gateway');
    console.log(await signRegistryToken({ id, subgraphs, admin: values.admin, usage: values.usage, apps }, registrySecret()));
    break;
  }
  default:
    usage(command ? `unknown command "${command}"` : 'a command is required: check, publish, list, versions, changelog, history, rollback, operation, usage, trusted-documents, app, token');
}

/** Reads an app's documents file: a JSON object { hash: document } or a JSON list of documents, sent as it is. */
function readDocumentsFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    usage(`cannot read --documents ${file}: ${(error as Error).message}`);
  }
  try {
    const documents: unknown = JSON.parse(text);
    if (documents && typeof documents === 'object') return documents;
  } catch {
    // Said below, with what the file should hold.
  }
  usage(`--documents ${file} must be JSON: the client preset's persisted-documents.json ({"<sha256>": "<document>"}) or a list of documents`);
}

async function app(subcommand: string | undefined): Promise<void> {
  switch (subcommand) {
    case 'publish': {
      const naam = required('name');
      const versie = required('version');
      const result = await call('POST', '/apps', { naam, versie, documenten: readDocumentsFile(required('documents')) });
      const count = result.body?.documenten;
      report(result, result.body?.nieuw === false ? `${naam} ${versie} was already registered with these ${count} documents; nothing changed` : `${naam} ${versie} registered with ${count} documents; the gateways run them by id as ${naam}~${versie}~<sha256>`);
      break;
    }
    case 'retire': {
      const naam = required('name');
      const versie = required('version');
      report(await call('POST', '/apps/retire', { naam, versie }), `${naam} ${versie} retired; the gateways refuse its document ids from their next poll`);
      break;
    }
    case 'list': {
      const result = await call('GET', '/apps');
      if (result.status !== 200) report(result, '');
      console.table(result.body);
      break;
    }
    default:
      usage(subcommand ? `unknown app command "${subcommand}": publish, list or retire` : 'app needs a command: publish, list or retire');
  }
}
