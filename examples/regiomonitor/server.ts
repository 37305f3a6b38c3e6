import { readFileSync } from 'node:fs';
import type { GraphQLSchema } from 'graphql';
import { toBron, type Bron, type SeedBron } from '../../lib/bron.js';
import { buildSchemaFromFile } from '../../lib/run-subgraph.js';

export const regiomonitorSchemaFile = new URL('./schema.graphql', import.meta.url);
export const regiomonitorDataFile = new URL('./data.json', import.meta.url);

/** The monitor as `data.json` stores it: the facts of section 3.2, each traceable to the document. */
export interface RegiomonitorData {
  naam: string;
  domeinen: string[];
  kpiBron: string | null;
  /** Partner id in the hub (partners subgraph), or null. */
  beheerder: string | null;
  aanleverfrequenties: string[];
  doelen: string[];
  accountgesprekkenPerJaar: number | null;
  /** The `bron` the API serves. */
  bron: SeedBron;
  /** Where each further field is stated; not served, but checked like every other citaat. */
  onderbouwing: Record<string, SeedBron[]>;
}

export interface RegiomonitorSeed {
  /** The code of the hub's `Regio` this monitor belongs to. */
  regio: string;
  monitor: RegiomonitorData;
}

export function readRegiomonitorData(file: URL = regiomonitorDataFile): RegiomonitorSeed {
  const seed = JSON.parse(readFileSync(file, 'utf8')) as Partial<RegiomonitorSeed>;
  if (typeof seed.regio !== 'string' || typeof seed.monitor?.naam !== 'string' || typeof seed.monitor.bron?.document !== 'string') {
    throw new Error(`${file.pathname} is not a regiomonitor seed: it needs "regio" and a "monitor" with "naam" and "bron"`);
  }
  return seed as RegiomonitorSeed;
}

interface RegioReference {
  code: string;
}

export function createRegiomonitorResolvers(seed: RegiomonitorSeed) {
  return {
    Query: {
      _regiomonitorVersie: (): string => '1',
    },
    Regio: {
      __resolveReference: (reference: RegioReference): RegioReference => ({ code: reference.code }),
      monitor: (regio: RegioReference): RegiomonitorData | null => (regio.code === seed.regio ? seed.monitor : null),
    },
    Regiomonitor: {
      beheerder: (monitor: RegiomonitorData): { id: string } | null => (monitor.beheerder === null ? null : { id: monitor.beheerder }),
      bron: (monitor: RegiomonitorData): Bron => toBron(monitor.bron.document, monitor.bron.sectie ?? null, monitor.bron.citaat ?? null),
    },
  };
}

/**
 * Builds the subgraph schema. The schema file is a parameter so tests can serve a changed copy
 * (for example one without `Regio.monitor`, to see the registry refuse a breaking change).
 */
export function createRegiomonitorSchema(schemaFile: URL = regiomonitorSchemaFile): GraphQLSchema {
  return buildSchemaFromFile(schemaFile, createRegiomonitorResolvers(readRegiomonitorData()));
}
