/**
 * The cache soak (issue #21): a gateway with the response cache on, read by closed-loop anonymous
 * clients while a region steward edits fields they read every few seconds, mostly through that
 * gateway and sometimes through the hub's other gateway, which the cached gateway only learns of
 * from the subgraphs' change feeds. Every value of an edited field in every answer is judged by
 * bench/soak/stale-check.ts against the edits acknowledged before the read was sent.
 *
 * The edited records are made for the run in Oost-Veluwe (a partner with a KETENPARTNER role and a
 * category-15 product), plus one existing membership whose explanation is rewritten, so the
 * region's public lists and the soak's products workload carry the edited fields too.
 */
import { readGatewayConfig } from '../../gateway/src/config.js';
import { graphql } from '../../test/harness/graphql.js';
import { startGateway, type RunningHub } from '../../test/harness/hub.js';
import { directoryActors } from '../../test/harness/tokens.js';
import { mulberry32 } from '../measure.js';
import { tableCell } from '../report-parts.js';
import { PARTNER_ROLLEN, PARTNER_ZOEKTERMEN, partnerZoeken, productenLijst, REGIO_CODES, regioPagina } from '../workloads.js';
import { ask, type SoakRequest } from './ask.js';
import { findStaleAnswers, longestUnseen, type Edit, type EditPath, type Read, type StaleAnswer } from './stale-check.js';

export interface CacheSoakConfig {
  seconds: number;
  clients: number;
  editIntervalMs: number;
  /** The share of edits, in percent, sent through the other gateway. */
  elsewherePercent: number;
}

const REQUEST_TIMEOUT_MS = 30_000;
const REGIO = 'oost-veluwe';
/** More stale answers than this are counted but not all kept for the report. */
const STALE_KEPT = 1_000;

const verantwoording = { reden: 'Cache soak: een wijziging om te zien dat de gateway haar direct toont', bron: { opgaveVan: 'Gemeente Apeldoorn', opgaveOp: '2026-11-20' } };

/** A field the editor rewrites, and how to find it in any answer: an object with `idField` equal to `id` that has `field`. */
interface EditedField {
  key: string;
  idField: 'id' | 'code';
  id: string;
  field: 'naam' | 'toelichting';
  initial: string | null;
  versie: number;
  /** Edits sent so far; the next value carries the next number, so every value is one edit's own. */
  count: number;
  valueOf(marker: number): string;
  /** The mutation, whose one result field answers `ok`, `weigering` and `<record> { versie }`. */
  mutation: string;
  record: 'partner' | 'product' | 'lidmaatschap';
  variables(value: string, versie: number): Record<string, unknown>;
  /** Reads the record's versie again after an edit whose answer did not say it. */
  versieQuery: SoakRequest;
  versieOf(data: any): number;
}

const documents = {
  partner: 'query SoakPartner($id: ID!) { partner(id: $id) { id naam soort } }',
  product: 'query SoakProduct($code: ID!) { product(code: $code) { code naam categorie { naam } } }',
  lidmaatschappen: 'query SoakLidmaatschappen($code: ID!) { regio(code: $code) { naam lidmaatschappen { id status toelichting gemeente { naam } } } }',
  regio: 'query SoakRegio($code: ID!) { regio(code: $code) { naam lidmaatschappen { id toelichting } ketenpartners: partners(rol: KETENPARTNER) { id naam } producten(categorie: "15") { code naam } } }',
};

async function setUp(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<any> {
  const response = await graphql(url, query, variables, headers);
  const [result] = Object.values((response.data ?? {}) as Record<string, any>);
  if (response.status !== 200 || response.errors || (result && 'ok' in result && !result.ok)) {
    throw new Error(`cache soak: setting up the edited records failed: HTTP ${response.status} ${JSON.stringify(response.errors ?? result?.weigering)}`);
  }
  return result;
}

/** Makes the partner and the product the run edits, and picks the membership, through `url`. */
async function editedFields(url: string, steward: Record<string, string>): Promise<EditedField[]> {
  const partnerNaam = 'Soak Cachezorg';
  const { partner } = await setUp(
    url,
    `mutation ($organisatie: OrganisatieInvoer!, $rollen: [RolInvoer!]!, $verantwoording: VerantwoordingInvoer!) {
      maakOrganisatie(organisatie: $organisatie, rollen: $rollen, verantwoording: $verantwoording, bevestigNieuw: true) { ok weigering { code } partner { id naam versie } } }`,
    { organisatie: { naam: partnerNaam, soort: 'WELZIJN' }, rollen: [{ regio: REGIO, rol: 'KETENPARTNER' }], verantwoording },
    steward,
  );
  const productNaam = 'Soak cacheproduct';
  const { product } = await setUp(
    url,
    `mutation ($regio: ID!, $product: ProductInvoer!, $verantwoording: VerantwoordingInvoer!) {
      voegProductToe(regio: $regio, product: $product, verantwoording: $verantwoording) { ok weigering { code } product { code naam versie } } }`,
    { regio: REGIO, product: { code: '15Z97', naam: productNaam }, verantwoording },
    steward,
  );
  const regio = await setUp(url, 'query ($code: ID!) { regio(code: $code) { lidmaatschappen { id toelichting versie } } }', { code: REGIO }, {});
  const lidmaatschap = regio.lidmaatschappen[0] as { id: string; toelichting: string | null; versie: number };
  const uitkomst = 'ok weigering { code bericht }';
  return [
    {
      key: `partner ${partner.id} naam`, idField: 'id', id: partner.id, field: 'naam', initial: partner.naam, versie: partner.versie, count: 0,
      valueOf: (marker) => `${partnerNaam} v${marker}`,
      mutation: `mutation ($id: ID!, $versie: Int!, $organisatie: OrganisatieInvoer!, $verantwoording: VerantwoordingInvoer!) {
        wijzigOrganisatie(id: $id, versie: $versie, organisatie: $organisatie, verantwoording: $verantwoording) { ${uitkomst} partner { versie } } }`,
      record: 'partner',
      variables: (value, versie) => ({ id: partner.id, versie, organisatie: { naam: value, soort: 'WELZIJN' }, verantwoording }),
      versieQuery: { query: 'query ($id: ID!) { partner(id: $id) { versie } }', variables: { id: partner.id } },
      versieOf: (data) => data.partner.versie,
    },
    {
      key: `product ${product.code} naam`, idField: 'code', id: product.code, field: 'naam', initial: product.naam, versie: product.versie, count: 0,
      valueOf: (marker) => `${productNaam} v${marker}`,
      mutation: `mutation ($code: ID!, $versie: Int!, $product: ProductWijzigingInvoer!, $verantwoording: VerantwoordingInvoer!) {
        wijzigProduct(code: $code, versie: $versie, product: $product, verantwoording: $verantwoording) { ${uitkomst} product { versie } } }`,
      record: 'product',
      variables: (value, versie) => ({ code: product.code, versie, product: { naam: value }, verantwoording }),
      versieQuery: { query: 'query ($code: ID!) { product(code: $code) { versie } }', variables: { code: product.code } },
      versieOf: (data) => data.product.versie,
    },
    {
      key: `lidmaatschap ${lidmaatschap.id} toelichting`, idField: 'id', id: lidmaatschap.id, field: 'toelichting', initial: lidmaatschap.toelichting, versie: lidmaatschap.versie, count: 0,
      valueOf: (marker) => `Soak: toelichting v${marker}`,
      mutation: `mutation ($id: ID!, $versie: Int!, $lidmaatschap: LidmaatschapWijzigingInvoer!, $verantwoording: VerantwoordingInvoer!) {
        wijzigLidmaatschap(id: $id, versie: $versie, lidmaatschap: $lidmaatschap, verantwoording: $verantwoording) { ${uitkomst} lidmaatschap { versie } } }`,
      record: 'lidmaatschap',
      variables: (value, versie) => ({ id: lidmaatschap.id, versie, lidmaatschap: { toelichting: value }, verantwoording }),
      versieQuery: { query: 'query ($code: ID!) { regio(code: $code) { lidmaatschappen { id versie } } }', variables: { code: REGIO } },
      versieOf: (data) => data.regio.lidmaatschappen.find((candidate: { id: string }) => candidate.id === lidmaatschap.id).versie,
    },
  ];
}

/** Every value of an edited field in an answer, wherever the query put it. */
function editedValuesIn(data: unknown, fields: readonly EditedField[], found: Array<{ key: string; value: string | null }> = []): Array<{ key: string; value: string | null }> {
  if (Array.isArray(data)) {
    for (const item of data) editedValuesIn(item, fields, found);
  } else if (data !== null && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    for (const field of fields) {
      if (record[field.idField] === field.id && field.field in record) found.push({ key: field.key, value: record[field.field] as string | null });
    }
    for (const value of Object.values(record)) editedValuesIn(value, fields, found);
  }
  return found;
}

interface QueryCounts {
  reads: number;
  hit: number;
  miss: number;
  bypass: number;
  /** Answers without the cache header: the cache did not judge them (an error before execution). */
  unmarked: number;
  errors: number;
  /** Values of edited fields the answers held, all judged. */
  checked: number;
  checkedFromCache: number;
}

interface ErrorSeen {
  source: string;
  message: string;
  count: number;
  firstAtS: number;
  lastAtS: number;
}

export type CacheSoakReport = Awaited<ReturnType<typeof runCacheSoak>>;

export async function runCacheSoak(hub: RunningHub, config: CacheSoakConfig) {
  const gatewayEnv = { RESPONSE_CACHE: 'true' };
  // The bound the check holds the gateway to is the one the gateway itself reads from this environment.
  const gatewayConfig = readGatewayConfig([hub.supergraphFile], { ...process.env, ...gatewayEnv });
  const boundMs = gatewayConfig.responseCacheMaxStaleMs;
  const { stewardOv: steward } = await directoryActors();
  // Set up through the other gateway before the cached one starts, so nothing of the run is cached yet.
  const fields = await editedFields(hub.gatewayUrl, steward);
  const initial = new Map(fields.map((field) => [field.key, field.initial]));
  const cached = await startGateway(hub.supergraphFile, gatewayEnv);
  const paths: Record<EditPath, string> = { gateway: cached.gatewayUrl, elsewhere: hub.gatewayUrl };
  const [partner, product] = fields as [EditedField, EditedField, EditedField];

  const readers: ReadonlyArray<readonly [string, number, (pick: <T>(items: readonly T[]) => T, random: () => number) => SoakRequest]> = [
    ['SoakPartner', 0.15, () => ({ query: documents.partner, variables: { id: partner.id } })],
    ['SoakProduct', 0.15, () => ({ query: documents.product, variables: { code: product.id } })],
    ['SoakLidmaatschappen', 0.1, (pick, random) => ({ query: documents.lidmaatschappen, variables: { code: random() < 0.7 ? REGIO : pick(REGIO_CODES) } })],
    ['SoakRegio', 0.2, (pick, random) => ({ query: documents.regio, variables: { code: random() < 0.7 ? REGIO : pick(REGIO_CODES) } })],
    ['partner-zoeken', 0.15, (pick) => ({ query: partnerZoeken, variables: { zoek: pick(PARTNER_ZOEKTERMEN), regio: pick([null, ...REGIO_CODES]), rol: pick(PARTNER_ROLLEN), after: null } })],
    ['producten', 0.15, (pick, random) => ({ query: productenLijst, variables: { code: random() < 0.6 ? REGIO : pick(REGIO_CODES), after: null } })],
    // Never cached (it asks woonopties): the bypass path under the same edits.
    ['regio-pagina', 0.1, (pick) => ({ query: regioPagina, variables: { code: pick(REGIO_CODES) } })],
  ];
  const counts = Object.fromEntries(readers.map(([name]) => [name, { reads: 0, hit: 0, miss: 0, bypass: 0, unmarked: 0, errors: 0, checked: 0, checkedFromCache: 0 }])) as Record<string, QueryCounts>;
  const observed: Read[] = [];
  const edits: Edit[] = [];
  const errors = new Map<string, ErrorSeen>();

  const start = performance.now();
  const now = () => performance.now() - start;
  const deadline = config.seconds * 1000;
  const recordError = (source: string, message: string) => {
    const at = Math.round(now() / 100) / 10;
    const seen = errors.get(`${source}\u0000${message}`);
    if (seen) {
      seen.count += 1;
      seen.lastAtS = at;
    } else {
      errors.set(`${source}\u0000${message}`, { source, message, count: 1, firstAtS: at, lastAtS: at });
    }
  };

  async function reader(index: number): Promise<void> {
    const random = mulberry32(2_100 + index);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    while (now() < deadline) {
      let roll = random();
      const [name, , build] = readers.find(([, weight]) => (roll -= weight) < 0) ?? readers.at(-1)!;
      const request = build(pick, random);
      const sentMs = now();
      const answer = await ask(cached.gatewayUrl, request, REQUEST_TIMEOUT_MS);
      const receivedMs = now();
      const count = counts[name]!;
      count.reads += 1;
      if (answer.cache === 'hit' || answer.cache === 'miss' || answer.cache === 'bypass') count[answer.cache] += 1;
      else count.unmarked += 1;
      if (answer.failure) {
        count.errors += 1;
        recordError(name, answer.failure);
        continue;
      }
      for (const { key, value } of editedValuesIn(answer.data, fields)) {
        observed.push({ key, value, sentMs, receivedMs, cache: answer.cache, query: name });
        count.checked += 1;
        if (answer.cache === 'hit') count.checkedFromCache += 1;
      }
    }
  }

  async function editor(): Promise<void> {
    for (let n = 0; ; n += 1) {
      const dueMs = (n + 1) * config.editIntervalMs;
      if (dueMs >= deadline) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueMs - now())));
      const field = fields[n % fields.length]!;
      // Spread evenly, and (with three fields) onto each field in turn.
      const path: EditPath = Math.floor(((n + 1) * config.elsewherePercent) / 100) > Math.floor((n * config.elsewherePercent) / 100) ? 'elsewhere' : 'gateway';
      field.count += 1;
      const value = field.valueOf(field.count);
      const sentMs = now();
      const answer = await ask(paths[path], { query: field.mutation, variables: field.variables(value, field.versie), headers: steward }, REQUEST_TIMEOUT_MS);
      const acknowledgedMs = now();
      const [uitkomst] = Object.values((answer.data ?? {}) as Record<string, any>);
      const failure = answer.failure ?? (uitkomst?.ok ? null : `refused: ${JSON.stringify(uitkomst?.weigering ?? uitkomst)}`);
      if (failure === null) {
        field.versie = uitkomst[field.record].versie;
        edits.push({ key: field.key, value, path, sentMs, acknowledgedMs });
        continue;
      }
      // Landed or not, nobody knows: the value is allowed from now on but never owed.
      edits.push({ key: field.key, value, path, sentMs, acknowledgedMs: null });
      recordError(`edit ${field.key} (${path})`, failure);
      const current = await ask(hub.gatewayUrl, { ...field.versieQuery, headers: steward }, REQUEST_TIMEOUT_MS);
      if (current.data) field.versie = field.versieOf(current.data);
    }
  }

  const progress = setInterval(() => {
    const all = Object.values(counts);
    const reads = all.reduce((sum, count) => sum + count.reads, 0);
    const hits = all.reduce((sum, count) => sum + count.hit, 0);
    console.log(`cache soak: ${Math.round(now() / 1000)}/${config.seconds} s  ${reads} reads (${hits} hits)  ${edits.length} edits  ${[...errors.values()].reduce((sum, error) => sum + error.count, 0)} errors`);
  }, 10_000);
  console.log(
    `cache soak: ${config.clients} readers for ${config.seconds} s against ${cached.gatewayUrl} (RESPONSE_CACHE=true, feeds polled every ${gatewayConfig.responseCacheFeedPollMs} ms, ` +
      `at most ${boundMs} ms stale); an edit every ${config.editIntervalMs} ms, ${config.elsewherePercent} % through ${hub.gatewayUrl}`,
  );
  let durationS: number;
  try {
    await Promise.all([editor(), ...Array.from({ length: config.clients }, (_, index) => reader(index))]);
    durationS = now() / 1000;
    const { child } = cached.gatewayProcess;
    if (child.exitCode !== null || child.signalCode !== null) recordError('gateway', `the cached gateway exited during the run (code ${child.exitCode}, signal ${child.signalCode})`);
  } finally {
    clearInterval(progress);
    await cached.gatewayProcess.stop();
  }

  const stale = findStaleAnswers(initial, edits, observed, boundMs);
  return {
    config,
    durationS,
    cache: { feedPollMs: gatewayConfig.responseCacheFeedPollMs, maxStaleMs: boundMs, ttlMs: gatewayConfig.responseCacheTtlMs },
    fields: fields.map(({ key, initial: before, count }) => ({ key, initial: before, edits: count })),
    counts,
    edits: longestUnseen(initial, edits, observed).map(({ edit, unseenMs }) => ({ ...edit, unseenMs })),
    staleCount: stale.length,
    staleByEdit: staleByOwedEdit(stale),
    stale: stale.slice(0, STALE_KEPT),
    errors: [...errors.values()],
  };
}

/** Stale answers grouped by the edit they missed, so a run with hundreds shows which edits and for how long. */
function staleByOwedEdit(stale: readonly StaleAnswer[]) {
  const groups = new Map<Edit | null | string, { key: string; expected: string | null; edit: Edit | null; reason: StaleAnswer['reason']; count: number; fromCache: number; firstSentMs: number; lastSentMs: number; seen: Set<string> }>();
  for (const answer of stale) {
    // A value no edit wrote, or one from the future, is its own group whatever it was owed.
    const group = answer.reason === 'older' ? answer.expectedEdit : `${answer.reason}\u0000${answer.key}`;
    const entry = groups.get(group) ?? { key: answer.key, expected: answer.expected, edit: answer.expectedEdit, reason: answer.reason, count: 0, fromCache: 0, firstSentMs: answer.sentMs, lastSentMs: answer.sentMs, seen: new Set<string>() };
    entry.count += 1;
    if (answer.cache === 'hit') entry.fromCache += 1;
    entry.firstSentMs = Math.min(entry.firstSentMs, answer.sentMs);
    entry.lastSentMs = Math.max(entry.lastSentMs, answer.sentMs);
    entry.seen.add(JSON.stringify(answer.value));
    groups.set(group, entry);
  }
  return [...groups.values()].map(({ seen, ...entry }) => ({ ...entry, seen: [...seen] }));
}

export function cacheSoakPassed(report: CacheSoakReport): boolean {
  return cacheSoakProblems(report).length === 0;
}

/** What fails the cache soak: errors, stale answers, and a run that did not test what it claims. */
function cacheSoakProblems(report: CacheSoakReport): string[] {
  const all = Object.values(report.counts);
  const problems: string[] = [];
  const errorCount = report.errors.reduce((sum, error) => sum + error.count, 0);
  if (errorCount > 0) problems.push(`${errorCount} errors`);
  if (report.staleCount > 0) problems.push(`${report.staleCount} stale answers`);
  if (all.reduce((sum, count) => sum + count.checkedFromCache, 0) === 0) problems.push('no edited value was ever served from the cache');
  const acknowledgedThrough = (path: EditPath) => report.edits.some((edit) => edit.path === path && edit.acknowledgedMs !== null);
  if (report.config.elsewherePercent < 100 && !acknowledgedThrough('gateway')) problems.push('no edit through the cached gateway was acknowledged');
  if (report.config.elsewherePercent > 0 && !acknowledgedThrough('elsewhere')) problems.push('no edit through the other gateway was acknowledged');
  return problems;
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

export function cacheSoakMarkdown(report: CacheSoakReport): string {
  const all = Object.values(report.counts);
  const sum = (pick: (count: QueryCounts) => number) => all.reduce((total, count) => total + pick(count), 0);
  const reads = sum((count) => count.reads);
  const hits = sum((count) => count.hit);
  const cacheable = sum((count) => count.hit + count.miss);
  const errorCount = report.errors.reduce((total, error) => total + error.count, 0);
  const acknowledged = (path: EditPath) => report.edits.filter((edit) => edit.path === path && edit.acknowledgedMs !== null);
  const ackMs = (path: EditPath) => {
    const times = acknowledged(path).map((edit) => edit.acknowledgedMs! - edit.sentMs);
    return times.length === 0 ? '–' : `${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(0)} ms`;
  };
  const unseen = (path: EditPath) => {
    const longest = Math.max(-1, ...report.edits.filter((edit) => edit.path === path && edit.unseenMs !== null).map((edit) => edit.unseenMs!));
    return longest < 0 ? 'never' : `${longest.toFixed(0)} ms`;
  };
  const problems = cacheSoakProblems(report);
  const pctOf = (part: number, whole: number) => (whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)} %`);
  return [
    '## The response cache under edits',
    '',
    `A second gateway on the same subgraphs with the response cache on (\`RESPONSE_CACHE=true\`; change feeds read every ${report.cache.feedPollMs} ms, ` +
      `\`RESPONSE_CACHE_MAX_STALE_MS\` ${report.cache.maxStaleMs} ms, answers kept at most ${report.cache.ttlMs / 1000} s), ` +
      `read by ${report.config.clients} closed-loop anonymous clients for ${report.durationS.toFixed(0)} s. ` +
      `Every ${report.config.editIntervalMs} ms a region steward (REGIOBEHEERDER of ${REGIO}) edits the next of three fields the readers read, ` +
      `each time with a new numbered value ("… v17"): the name of a partner and of a product made for the run, and the explanation of a membership. ` +
      `About ${100 - report.config.elsewherePercent} % of the edits go through the cached gateway, the rest through the hub's other gateway (cache off), which the cached one learns of only from the change feeds. ` +
      'Readers send cacheable queries that hold the edited fields (the partner, the product, the region\'s memberships, and a region page of partners, memberships and products), ' +
      'the soak\'s partner search and products list (whose product lists hold the edited product), and the region page with woonopties, which is never cached.',
    '',
    'Every value of an edited field in every answer is checked against the directory at the moment the answer was served (bench/soak/stale-check.ts): ' +
      'it is stale when it is older than the newest edit through the cached gateway acknowledged before the read was sent, ' +
      `or than the newest edit through the other gateway acknowledged more than ${report.cache.maxStaleMs} ms (the cached gateway's \`RESPONSE_CACHE_MAX_STALE_MS\`) before the read was sent. ` +
      'A value from an edit sent before the answer arrived is allowed whether or not its acknowledgement had come. ' +
      'An error is an HTTP status other than 200, a body with `errors`, a body without data, no answer in 30 s, or an edit refused or not answered.',
    '',
    `**Verdict: ${problems.length === 0 ? 'pass' : `FAIL (${problems.join('; ')})`}.** ${reads.toLocaleString('en')} reads, ${hits.toLocaleString('en')} from the cache ` +
      `(${pctOf(hits, reads)} of all reads, ${pctOf(hits, cacheable)} of the cacheable ones); ${report.edits.length} edits, ` +
      `${acknowledged('gateway').length} acknowledged through the cached gateway and ${acknowledged('elsewhere').length} through the other; ` +
      `${sum((count) => count.checked).toLocaleString('en')} values of edited fields checked (${sum((count) => count.checkedFromCache).toLocaleString('en')} of them served from the cache): ` +
      `**${report.staleCount} stale**, **${errorCount} errors**.`,
    '',
    '| query | reads | hit | miss | bypass | no cache header | errors | edited values checked | of them from the cache |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...Object.entries(report.counts).map(
      ([name, count]) =>
        `| ${name} | ${count.reads.toLocaleString('en')} | ${count.hit.toLocaleString('en')} | ${count.miss.toLocaleString('en')} | ${count.bypass.toLocaleString('en')} | ${count.unmarked} | ${count.errors} | ${count.checked.toLocaleString('en')} | ${count.checkedFromCache.toLocaleString('en')} |`,
    ),
    `| all | ${reads.toLocaleString('en')} | ${hits.toLocaleString('en')} | ${sum((count) => count.miss).toLocaleString('en')} | ${sum((count) => count.bypass).toLocaleString('en')} | ${sum((count) => count.unmarked)} | ${sum((count) => count.errors)} | ${sum((count) => count.checked).toLocaleString('en')} | ${sum((count) => count.checkedFromCache).toLocaleString('en')} |`,
    '',
    '| edited field | value before the run | edits | through the cached gateway | through the other gateway |',
    '|---|---|--:|---|---|',
    ...report.fields.map((field) => {
      const own = report.edits.filter((edit) => edit.key === field.key);
      const through = (path: EditPath) => own.filter((edit) => edit.path === path).length;
      return `| ${tableCell(field.key)} | ${tableCell(JSON.stringify(field.initial))} | ${field.edits} | ${through('gateway')} | ${through('elsewhere')} |`;
    }),
    `| all | | ${report.edits.length} | ${report.edits.filter((edit) => edit.path === 'gateway').length} | ${report.edits.filter((edit) => edit.path === 'elsewhere').length} |`,
    '',
    `An edit took ${ackMs('gateway')} on average from sending to acknowledgement through the cached gateway, ${ackMs('elsewhere')} through the other. ` +
      `The longest an acknowledged edit went unseen (the last read sent after its acknowledgement that still showed an older value): ${unseen('gateway')} through the cached gateway, where nothing is allowed, ` +
      `and ${unseen('elsewhere')} through the other gateway, where ${report.cache.maxStaleMs} ms is allowed.`,
    '',
    '### Stale answers',
    '',
    ...(report.staleCount === 0
      ? ['None.']
      : [
          `${report.staleCount}, by the edit they missed (times are seconds since the readers started):`,
          '',
          '| field | value owed | by the edit (path, sent → acknowledged) | stale answers (from the cache) | reads sent from → to | values seen |',
          '|---|---|---|--:|---|---|',
          ...report.staleByEdit.map((group) => {
            const owedBy = group.reason !== 'older' ? ({ unknown: 'no edit wrote the value seen', early: 'the value seen was written by an edit sent after the answer arrived' } as const)[group.reason] : group.edit ? `${group.edit.path}, ${seconds(group.edit.sentMs)} → ${seconds(group.edit.acknowledgedMs!)}` : 'the value before the run';
            return `| ${tableCell(group.key)} | ${tableCell(JSON.stringify(group.expected))} | ${owedBy} | ${group.count} (${group.fromCache}) | ${seconds(group.firstSentMs)} → ${seconds(group.lastSentMs)} | ${tableCell(group.seen.join(', '))} |`;
          }),
          '',
          `The first ${Math.min(20, report.staleCount)} one by one (up to ${STALE_KEPT} in \`bench/soak-raw.json\`):`,
          '',
          '| field | value seen | value owed | owed by the edit (path, sent → acknowledged) | read sent → received | cache | query | why |',
          '|---|---|---|---|---|---|---|---|',
          ...report.stale.slice(0, 20).map((answer: StaleAnswer) => {
            const owedBy = answer.expectedEdit ? `${answer.expectedEdit.path}, ${seconds(answer.expectedEdit.sentMs)} → ${seconds(answer.expectedEdit.acknowledgedMs!)}` : 'the value before the run';
            const why = { older: 'older than owed', unknown: 'no edit wrote it', early: 'its edit was sent after the answer arrived' }[answer.reason];
            return `| ${tableCell(answer.key)} | ${tableCell(JSON.stringify(answer.value))} | ${tableCell(JSON.stringify(answer.expected))} | ${owedBy} | ${seconds(answer.sentMs)} → ${seconds(answer.receivedMs)} | ${answer.cache ?? '–'} | ${answer.query} | ${why} |`;
          }),
        ]),
    '',
    '### Errors of the cache soak',
    '',
    ...(report.errors.length === 0
      ? ['None.']
      : ['| query or edit | count | first at (s) | last at (s) | message |', '|---|--:|--:|--:|---|', ...report.errors.map((error) => `| ${tableCell(error.source)} | ${error.count} | ${error.firstAtS} | ${error.lastAtS} | ${tableCell(error.message)} |`)]),
    '',
  ].join('\n');
}
