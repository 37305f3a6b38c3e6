import { composeServices } from '@theguild/federation-composition';
import { buildSchema, findBreakingChanges, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, parse, validate, type BreakingChange, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { CoordinateSelection } from './db/usage-queries.js';

export interface SubgraphDefinitie {
  naam: string;
  url: string;
  sdl: string;
}

export interface BrekendeWijziging {
  /** As graphql-js's findBreakingChanges says it: `FIELD_REMOVED: Regio.monitor was removed.` */
  beschrijving: string;
  /** The coordinates whose reported use this change breaks; null when use cannot tell (a union member removed). */
  geraakt: CoordinateSelection | null;
}

export interface Controle {
  redenen: string[];
  /** Breaking changes against the live graph; the publish refuses them when they break reported use, unless an admin forces. */
  brekend: BrekendeWijziging[];
  /** Deprecated fields, arguments, input fields and enum values of the new graph, by coordinate. */
  verouderd: string[];
  supergraphSdl: string | null;
}

/**
 * The coordinates a breaking change takes away, read from graphql-js's own description of it (its
 * wording is stable within graphql 16, and registry/src/checks.test.ts fails if it moves). A field
 * changed in type, or an argument changed or made required, breaks every client that selects the
 * field, so the field's own coordinate is looked up too.
 */
export function geraakteCoordinaten(change: BreakingChange): CoordinateSelection | null {
  const exact = (...coordinates: string[]) => ({ exact: coordinates, prefixes: [] });
  const description = change.description;
  let match: RegExpExecArray | null;
  switch (change.type) {
    case 'TYPE_REMOVED':
    case 'TYPE_CHANGED_KIND':
      match = /^(\w+) (?:was removed|changed from)/.exec(description);
      return match ? { exact: [], prefixes: [`${match[1]}.`] } : null;
    case 'FIELD_REMOVED':
      match = /^(\w+)\.(\w+) was removed/.exec(description);
      return match ? exact(`${match[1]}.${match[2]}`) : null;
    case 'FIELD_CHANGED_KIND':
      match = /^(\w+)\.(\w+) changed type/.exec(description);
      return match ? exact(`${match[1]}.${match[2]}`) : null;
    case 'ARG_REMOVED':
    case 'ARG_CHANGED_KIND':
      match = /^(\w+)\.(\w+) arg (\w+) /.exec(description);
      return match ? exact(`${match[1]}.${match[2]}(${match[3]}:)`, ...(change.type === 'ARG_CHANGED_KIND' ? [`${match[1]}.${match[2]}`] : [])) : null;
    case 'REQUIRED_ARG_ADDED':
      match = /^A required arg \w+ on (\w+)\.(\w+) was added/.exec(description);
      return match ? exact(`${match[1]}.${match[2]}`) : null;
    case 'VALUE_REMOVED_FROM_ENUM':
      match = /^(\w+) was removed from enum type (\w+)/.exec(description);
      return match ? exact(`${match[2]}.${match[1]}`) : null;
    case 'REQUIRED_INPUT_FIELD_ADDED':
      // Every client that writes the input object breaks; its fields are what the gateway sees of it.
      match = /^A required field \w+ on input type (\w+) was added/.exec(description);
      return match ? { exact: [], prefixes: [`${match[1]}.`] } : null;
    default:
      return null;
  }
}

/** The coordinates of everything deprecated in a schema, which the gateway reports use of. */
export function verouderdeCoordinaten(schema: GraphQLSchema): string[] {
  const coordinates: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason != null) coordinates.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (arg.deprecationReason != null) coordinates.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (field.deprecationReason != null) coordinates.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (value.deprecationReason != null) coordinates.push(`${type.name}.${value.name}`);
    }
  }
  return coordinates;
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
  /** `omschrijving` names where an operation comes from (an app version) when it is not a registered operation. */
  operaties: Array<{ naam: string; document: string; omschrijving?: string }>,
  opties: { probe: boolean },
): Promise<Controle> {
  const redenen: string[] = [];
  let kandidaatDocument: DocumentNode;
  try {
    kandidaatDocument = parse(kandidaat.sdl);
  } catch (error) {
    return { redenen: [`The SDL of ${kandidaat.naam} does not parse: ${(error as Error).message}`], brekend: [], verouderd: [], supergraphSdl: null };
  }
  const live = huidig.map((service) => ({ ...service, document: parse(service.sdl) }));
  const nieuw = [...live.filter((service) => service.naam !== kandidaat.naam), { ...kandidaat, document: kandidaatDocument }];

  const probe = opties.probe ? probeerSubgraph(kandidaat.url) : Promise.resolve(null);
  const samengesteld = compose(nieuw);
  const brekend: BrekendeWijziging[] = [];
  let verouderd: string[] = [];
  if (samengesteld.errors) {
    for (const error of samengesteld.errors) redenen.push(`Composition: ${error.message}`);
  } else {
    const oud = live.length > 0 ? compose(live) : null;
    const nieuwSchema = buildSchema(samengesteld.publicSdl);
    if (oud && !oud.errors) {
      for (const change of findBreakingChanges(buildSchema(oud.publicSdl), nieuwSchema)) brekend.push({ beschrijving: `${change.type}: ${change.description}`, geraakt: geraakteCoordinaten(change) });
    }
    verouderd = verouderdeCoordinaten(nieuwSchema);
    for (const operatie of operaties) {
      const errors = validate(nieuwSchema, parse(operatie.document));
      for (const error of errors) redenen.push(`${operatie.omschrijving ?? `Registered operation "${operatie.naam}"`} would break: ${error.message}`);
    }
  }
  const probeFout = await probe;
  if (probeFout) redenen.push(probeFout);
  return { redenen, brekend, verouderd, supergraphSdl: samengesteld.errors ? null : `${samengesteld.supergraphSdl.trim()}\n` };
}
