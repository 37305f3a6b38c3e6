import { graphql, type GraphQLResponse } from './graphql.js';
import { woningInvoer, woonvraagInvoer, type Actors } from './workflow-load.js';

/**
 * What the hub acknowledged, and when: an answer with status 200, no errors and (for a workflow
 * step) `ok: true`. `sentAt` and `at` bracket the moment the hub wrote it, on this machine's clock.
 */
export interface Acknowledgement {
  kind: 'woning' | 'woonvraag' | 'voorstel' | 'stap' | 'inzage';
  /** The home, demand or referral it created or changed; for an inzage the demand that was read. */
  id: string;
  /** The referral's new status, for a proposal (VOORGESTELD) or a step. */
  naar?: string;
  sentAt: number;
  at: number;
}

export interface AcknowledgedLoad {
  acknowledgements: Acknowledgement[];
  /** Answers that were not acknowledgements; on a healthy hub there are none. */
  failures: string[];
  stop(): Promise<void>;
}

const steps = [
  { naar: 'AANGEBODEN', actor: 'staff' },
  { naar: 'GEACCEPTEERD', actor: 'careProvider' },
  { naar: 'GEHUISVEST', actor: 'staff' },
] as const;

/**
 * Walks new cases through the Transferpunt workflow until stopped, on `workers` loops at once: a
 * home, a demand, a proposal, each step to GEHUISVEST, and after each step the Transferpunt reads
 * the demand (which writes an INZAGE entry in the access log). Every acknowledged write is recorded.
 */
export function startAcknowledgedLoad(gatewayUrl: string, who: Actors, workers = 2): AcknowledgedLoad {
  const acknowledgements: Acknowledgement[] = [];
  const failures: string[] = [];
  let running = true;
  const send = async (kind: Acknowledgement['kind'], query: string, variables: Record<string, unknown>, headers: Record<string, string>, pick: (data: any) => { id: string; naar?: string } | null): Promise<{ id: string } | null> => {
    const sentAt = Date.now();
    let response: (GraphQLResponse & { status: number }) | null = null;
    try {
      response = await graphql(gatewayUrl, query, variables, headers);
    } catch (error) {
      failures.push(`${kind}: ${String(error)}`);
      return null;
    }
    const picked = response.status === 200 && !response.errors?.length ? pick(response.data) : null;
    if (!picked) {
      failures.push(`${kind}: ${JSON.stringify(response).slice(0, 300)}`);
      return null;
    }
    acknowledgements.push({ kind, ...picked, sentAt, at: Date.now() });
    return picked;
  };
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const woning = await send('woning', 'mutation ($invoer: WoningInvoer!) { registreerWoning(invoer: $invoer) { id } }', { invoer: woningInvoer() }, who.corporation, (data) => data.registreerWoning);
      const woonvraag = await send('woonvraag', 'mutation ($invoer: WoonvraagInvoer!) { registreerWoonvraag(invoer: $invoer) { id } }', { invoer: woonvraagInvoer() }, who.careProvider, (data) => data.registreerWoonvraag);
      if (!woning || !woonvraag) continue;
      const verwijzing = await send(
        'voorstel',
        'mutation ($v: ID!, $w: ID!) { stelVoor(woonvraag: $v, woning: $w) { ok verwijzing { id } } }',
        { v: woonvraag.id, w: woning.id },
        who.staff,
        (data) => (data.stelVoor.ok ? { id: data.stelVoor.verwijzing.id, naar: 'VOORGESTELD' } : null),
      );
      if (!verwijzing) continue;
      for (const step of steps) {
        if (!running) break;
        const done = await send(
          'stap',
          'mutation ($id: ID!, $naar: VerwijzingStatus!) { zetVerwijzingStap(verwijzing: $id, naar: $naar) { ok verwijzing { id status } } }',
          { id: verwijzing.id, naar: step.naar },
          who[step.actor],
          (data) => (data.zetVerwijzingStap.ok ? { id: verwijzing.id, naar: data.zetVerwijzingStap.verwijzing.status } : null),
        );
        if (!done) break;
        await send('inzage', 'query ($id: ID!) { woonvraag(id: $id) { id status } }', { id: woonvraag.id }, who.staff, (data) => (data.woonvraag ? { id: data.woonvraag.id } : null));
      }
    }
  });
  return {
    acknowledgements,
    failures,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
