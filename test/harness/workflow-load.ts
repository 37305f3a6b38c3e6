import { graphql, type GraphQLResponse } from './graphql.js';
import { bearer, tokenVoor } from './tokens.js';

/**
 * Drives the Transferpunt workflow through the gateway while a fault test breaks something:
 * cases (a home, a person's demand, a referral) are walked from VOORGESTELD to GEHUISVEST, every
 * step retried until the hub answers, and the outcome of an unanswered step read back before a
 * retry, as a careful client would. What the hub acknowledged is recorded, so a test can compare
 * it with what the database holds afterwards.
 */
export const regio = 'noord-en-midden-limburg';
export const punt = 'transferpunt-noord-limburg';

export interface Actors {
  staff: Record<string, string>;
  careProvider: Record<string, string>;
  corporation: Record<string, string>;
}

export async function actors(): Promise<Actors> {
  return {
    staff: bearer(await tokenVoor({ id: 'fault-medewerker', rollen: ['TRANSFERPUNT'], regio, organisatie: 'gemeente-venlo' })),
    careProvider: bearer(await tokenVoor({ id: 'fault-begeleider', rollen: ['ZORGAANBIEDER'], regio, organisatie: 'tactus' })),
    corporation: bearer(await tokenVoor({ id: 'fault-verhuurder', rollen: ['WONINGCORPORATIE'], regio, organisatie: 'omnia-wonen' })),
  };
}

export interface Case {
  woning: string;
  woonvraag: string;
  verwijzing: string;
  /** The last status the hub acknowledged for the referral. */
  acknowledged: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request that may fail while something is broken: a network error counts as no answer. */
export async function tryGraphql(url: string, query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>): Promise<(GraphQLResponse & { status: number }) | null> {
  try {
    return await graphql(url, query, variables, headers);
  } catch {
    return null;
  }
}

let sequence = 0;
export function woningInvoer(overrides: Record<string, unknown> = {}) {
  return {
    matchingspunt: punt, gemeente: 'GM0983', wijk: 'Centrum', contingent: null, soort: 'ZELFSTANDIGE_WONING', kamers: 2, maxBewoners: 2,
    huurInCenten: 60_000, beschikbaarVanaf: '2026-01-01', toegankelijk: true, prikkelarm: true, ondersteuning: 'MIDDEL', ...overrides,
  };
}
export function woonvraagInvoer() {
  sequence += 1;
  return {
    matchingspunt: punt, referentie: `DOS-FAULT-${Date.now()}-${sequence}`, herkomst: 'BESCHERMD_WONEN', huishoudgrootte: 1, maxHuurInCenten: 70_000,
    gewensteGemeenten: ['GM0983'], uitgeslotenGemeenten: [], toegankelijkNodig: false, prikkelarmNodig: true, ondersteuningNodig: 'LICHT',
    urgentie: 3, aangemeldOp: '2026-03-01',
  };
}

function expectOk<T>(response: GraphQLResponse & { status: number }, pick: (data: any) => T): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return pick(response.data);
}

/** Creates cases while the hub is healthy: one home, one demand and one proposal each. */
export async function createCases(gatewayUrl: string, who: Actors, count: number): Promise<Case[]> {
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const woning = expectOk(await graphql(gatewayUrl, 'mutation ($invoer: WoningInvoer!) { registreerWoning(invoer: $invoer) { id } }', { invoer: woningInvoer() }, who.corporation), (data) => data.registreerWoning.id as string);
    const woonvraag = expectOk(await graphql(gatewayUrl, 'mutation ($invoer: WoonvraagInvoer!) { registreerWoonvraag(invoer: $invoer) { id } }', { invoer: woonvraagInvoer() }, who.careProvider), (data) => data.registreerWoonvraag.id as string);
    const voorstel = expectOk(
      await graphql(gatewayUrl, 'mutation ($v: ID!, $w: ID!) { stelVoor(woonvraag: $v, woning: $w) { ok weigering { code bericht } verwijzing { id status } } }', { v: woonvraag, w: woning }, who.staff),
      (data) => data.stelVoor,
    );
    if (!voorstel.ok) throw new Error(`proposal refused: ${JSON.stringify(voorstel.weigering)}`);
    cases.push({ woning, woonvraag, verwijzing: voorstel.verwijzing.id, acknowledged: 'VOORGESTELD' });
  }
  return cases;
}

const steps: Array<{ naar: string; actor: keyof Actors }> = [
  { naar: 'AANGEBODEN', actor: 'staff' },
  { naar: 'GEACCEPTEERD', actor: 'careProvider' },
  { naar: 'GEHUISVEST', actor: 'staff' },
];

async function referralStatus(gatewayUrl: string, who: Actors, item: Case): Promise<string | null> {
  const response = await tryGraphql(gatewayUrl, 'query ($id: ID!) { woonvraag(id: $id) { verwijzingen { id status } } }', { id: item.woonvraag }, who.staff);
  const verwijzingen = response?.data?.woonvraag?.verwijzingen as Array<{ id: string; status: string }> | undefined;
  if (response?.errors?.length || !verwijzingen) return null;
  return verwijzingen.find((verwijzing) => verwijzing.id === item.verwijzing)?.status ?? null;
}

export interface WorkflowRun {
  /** Steps that had to be retried because the hub did not answer or answered with an error. */
  retries: number;
  /** Every error code the hub answered with while it was broken. */
  errorCodes: Set<string>;
  /** Refusals other than "already done", which must not happen: they mean the state was unexpected. */
  unexpectedRefusals: string[];
  /** Resolves when every case is GEHUISVEST. */
  done: Promise<void>;
  /** How many steps the hub acknowledged so far. */
  acknowledgedSteps(): number;
}

/** Walks every case to GEHUISVEST, one step at a time, case after case. */
export function runWorkflow(gatewayUrl: string, who: Actors, cases: Case[], pauseMs = 40, deadlineMs = 120_000): WorkflowRun {
  const run: WorkflowRun = {
    retries: 0,
    errorCodes: new Set(),
    unexpectedRefusals: [],
    done: Promise.resolve(),
    acknowledgedSteps: () => acknowledged,
  };
  let acknowledged = 0;
  const deadline = Date.now() + deadlineMs;
  run.done = (async () => {
    for (const item of cases) {
      for (const step of steps) {
        for (;;) {
          if (Date.now() > deadline) throw new Error(`workflow did not finish within ${deadlineMs} ms (case ${item.verwijzing} at ${item.acknowledged})`);
          const response = await tryGraphql(
            gatewayUrl,
            'mutation ($id: ID!, $naar: VerwijzingStatus!) { zetVerwijzingStap(verwijzing: $id, naar: $naar) { ok weigering { code bericht } verwijzing { id status } } }',
            { id: item.verwijzing, naar: step.naar },
            who[step.actor],
          );
          const result = response?.data?.zetVerwijzingStap;
          if (result?.ok) {
            item.acknowledged = step.naar;
            acknowledged += 1;
            break;
          }
          for (const error of response?.errors ?? []) run.errorCodes.add(String(error.extensions?.code));
          if (!response) run.errorCodes.add('NO_ANSWER');
          // The step may have been written before the answer was lost: read the state back first.
          const status = result ? null : await referralStatus(gatewayUrl, who, item);
          if (status === step.naar) {
            item.acknowledged = step.naar;
            acknowledged += 1;
            break;
          }
          if (result && !result.ok) run.unexpectedRefusals.push(`${item.verwijzing} -> ${step.naar}: ${result.weigering?.code}`);
          run.retries += 1;
          await sleep(150);
        }
        await sleep(pauseMs);
      }
    }
  })();
  return run;
}

export interface Snapshot {
  woonvragen: Array<{ id: string; referentie: string; status: string; verwijzingen: Array<{ id: string; status: string; woning: { id: string }; stappen: Array<{ van: string | null; naar: string }> }> }>;
  woningen: Array<{ id: string; status: string }>;
}

/** Everything the Transferpunt sees of its Matchingspunt, read through the gateway page by page. */
export async function snapshot(gatewayUrl: string, who: Actors): Promise<Snapshot> {
  const all = async <T>(field: 'woonvragen' | 'woningen', selection: string): Promise<T[]> => {
    const nodes: T[] = [];
    let after: string | null = null;
    do {
      const response: GraphQLResponse & { status: number } = await graphql(
        gatewayUrl,
        `query ($punt: ID!, $after: String) { ${field}(matchingspunt: $punt, first: 20, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
        { punt, after },
        who.staff,
      );
      if (response.errors?.length) throw new Error(`snapshot failed: ${JSON.stringify(response.errors)}`);
      const page: { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = response.data[field];
      nodes.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  };
  return {
    woonvragen: await all('woonvragen', 'id referentie status verwijzingen { id status woning { id } stappen { van naar } }'),
    woningen: await all('woningen', 'id status'),
  };
}

/**
 * Each referral's steps form one unbroken chain ending in its status; a home with a live offer is
 * AANGEBODEN and a housed one VERHUURD; a housed person is GEHUISVEST. A half-written step breaks
 * one of these.
 */
export function inconsistencies(state: Snapshot): string[] {
  const problems: string[] = [];
  const woningStatus = new Map(state.woningen.map((woning) => [woning.id, woning.status]));
  for (const vraag of state.woonvragen) {
    for (const verwijzing of vraag.verwijzingen) {
      const chain = verwijzing.stappen;
      if (chain.length === 0 || chain[0]!.van !== null) problems.push(`${verwijzing.id}: chain does not start at the proposal`);
      for (let i = 1; i < chain.length; i++) if (chain[i]!.van !== chain[i - 1]!.naar) problems.push(`${verwijzing.id}: step ${i} does not follow step ${i - 1}`);
      if (chain.at(-1)?.naar !== verwijzing.status) problems.push(`${verwijzing.id}: status ${verwijzing.status} but last step ${chain.at(-1)?.naar}`);
      if (verwijzing.status === 'GEHUISVEST' && vraag.status !== 'GEHUISVEST') problems.push(`${vraag.id}: housed referral but demand ${vraag.status}`);
      const home = woningStatus.get(verwijzing.woning.id);
      if (['AANGEBODEN', 'GEACCEPTEERD'].includes(verwijzing.status) && home !== 'AANGEBODEN') problems.push(`${verwijzing.id}: live offer but home ${home}`);
      if (verwijzing.status === 'GEHUISVEST' && home !== 'VERHUURD') problems.push(`${verwijzing.id}: housed but home ${home}`);
    }
  }
  return problems;
}

/** The Transferpunt's monitor with every field, as its front-end asks it; the e2e tests and the bench send this one document. */
export const monitorQuery = `query Monitor($regio: ID!, $van: String, $tot: String) {
  monitor(regio: $regio, van: $van, tot: $tot) {
    regio { code } van tot drempel uitsplitsingen
    openVraag { aantal onderdrukt }
    beschikbareWoningen
    perMaand { maand aangemeld { aantal onderdrukt } gehuisvest { aantal onderdrukt }
               verwijzingenNaarUitkomst { uitkomst uitkomstNaam telling { aantal onderdrukt } } }
    wachttijdNaarHerkomst { groep naam gehuisvest { aantal onderdrukt } mediaanDagen p90Dagen }
    wachttijdNaarGemeente { groep naam gehuisvest { aantal onderdrukt } mediaanDagen p90Dagen }
  }
}`;
