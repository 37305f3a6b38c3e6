/** The gateway benchmark's workloads: each a fixed document with a few sets of variables, sent in turn. */
import { bearer, tokenVoor } from '../../test/harness/tokens.js';
import { PARTNER_ZOEKTERMEN, partnerZoeken, productenLijst, REGIO_CODES, regioPagina, WERKLIJST_REGIO, werklijst, type WorkloadName } from '../workloads.js';

export interface Variant {
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

export interface Workload {
  name: WorkloadName;
  title: string;
  query: string;
  variants: Variant[];
}

export async function gatewayWorkloads(clients: number): Promise<Workload[]> {
  // One Transferpunt worker per client: a worklist is one person's, and the gateway shares only
  // identical calls with the same token, so one token for every client would share nearly all.
  const transferpunt = await Promise.all(
    Array.from({ length: clients }, async (_, index) =>
      bearer(await tokenVoor({ id: `bench-medewerker-${index + 1}`, rollen: ['TRANSFERPUNT'], regio: WERKLIJST_REGIO, organisatie: 'gemeente-venlo' }, '24h')),
    ),
  );
  const regios: Array<string | null> = [null, ...REGIO_CODES];
  return [
    { name: 'regio-pagina', title: 'region page (all four subgraphs)', query: regioPagina, variants: REGIO_CODES.map((code) => ({ variables: { code }, headers: {} })) },
    {
      name: 'partner-zoeken',
      title: 'partner search page',
      query: partnerZoeken,
      variants: PARTNER_ZOEKTERMEN.map((zoek, index) => ({ variables: { zoek, regio: regios[index % regios.length], rol: index % 2 === 0 ? null : 'KETENPARTNER', after: null }, headers: {} })),
    },
    { name: 'producten', title: 'products and subsidies', query: productenLijst, variants: REGIO_CODES.map((code) => ({ variables: { code, after: null }, headers: {} })) },
    { name: 'werklijst', title: 'Transferpunt worklist (a staff token per client)', query: werklijst, variants: transferpunt.map((headers) => ({ variables: {}, headers })) },
  ];
}
