import { composeServices } from '@theguild/federation-composition';
import { buildSchema, findBreakingChanges, parse, validate, type DocumentNode } from 'graphql';

export interface SubgraphDefinitie {
  naam: string;
  url: string;
  sdl: string;
}

export interface Controle {
  redenen: string[];
  /** Breaking changes against the live graph; the publish refuses them unless an admin forces. */
  brekend: string[];
  supergraphSdl: string | null;
}

function compose(services: Array<SubgraphDefinitie & { document: DocumentNode }>) {
  return composeServices(services.map((service) => ({ name: service.naam, url: service.url, typeDefs: service.document })));
}

/** Asks the subgraph itself for its SDL, as the gateway will: a publish of an unreachable URL is refused. */
async function probeerSubgraph(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
      signal: AbortSignal.timeout(3_000),
    });
    const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
    return body.data?._service?.sdl ? null : `${url} does not answer the federation query { _service { sdl } }`;
  } catch (error) {
    return `${url} does not answer: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Every check a publish runs, in order, collecting every reason: the SDL parses; the new set of
 * subgraphs composes; nothing breaks the live graph; no registered operation breaks; the subgraph
 * answers at its URL.
 */
export async function controleer(
  huidig: SubgraphDefinitie[],
  kandidaat: SubgraphDefinitie,
  operaties: Array<{ naam: string; document: string }>,
  opties: { probe: boolean },
): Promise<Controle> {
  const redenen: string[] = [];
  let kandidaatDocument: DocumentNode;
  try {
    kandidaatDocument = parse(kandidaat.sdl);
  } catch (error) {
    return { redenen: [`The SDL of ${kandidaat.naam} does not parse: ${(error as Error).message}`], brekend: [], supergraphSdl: null };
  }
  const live = huidig.map((service) => ({ ...service, document: parse(service.sdl) }));
  const nieuw = [...live.filter((service) => service.naam !== kandidaat.naam), { ...kandidaat, document: kandidaatDocument }];

  const probe = opties.probe ? probeerSubgraph(kandidaat.url) : Promise.resolve(null);
  const samengesteld = compose(nieuw);
  const brekend: string[] = [];
  if (samengesteld.errors) {
    for (const error of samengesteld.errors) redenen.push(`Composition: ${error.message}`);
  } else {
    const oud = live.length > 0 ? compose(live) : null;
    const nieuwSchema = buildSchema(samengesteld.publicSdl);
    if (oud && !oud.errors) {
      for (const change of findBreakingChanges(buildSchema(oud.publicSdl), nieuwSchema)) brekend.push(`${change.type}: ${change.description}`);
    }
    for (const operatie of operaties) {
      const errors = validate(nieuwSchema, parse(operatie.document));
      for (const error of errors) redenen.push(`Registered operation "${operatie.naam}" would break: ${error.message}`);
    }
  }
  const probeFout = await probe;
  if (probeFout) redenen.push(probeFout);
  return { redenen, brekend, supergraphSdl: samengesteld.errors ? null : `${samengesteld.supergraphSdl.trim()}\n` };
}
