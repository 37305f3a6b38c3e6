import { createHash } from 'node:crypto';
import { buildSchema, Kind, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { publicSchemaOf } from '../../lib/public-schema.js';
import { uniqueViolation } from '../../lib/database.js';
import { findActiveAppDocuments, findActiveAppVersionIds, findAppDocuments, findAppVersion, findAppVersions, findLastUseOfClients, insertAppVersion, retireAppVersion, type ActiveAppDocument, type AppDocument } from './db/app-queries.js';
import type { RegistryDb } from './db/database.js';
import { insertLogEntry } from './db/log-queries.js';
import { findLatestSupergraphVersion } from './db/supergraph-queries.js';
import type { Uitgever } from './tokens.js';
import { windowStart } from './usage.js';

// Neither may hold `~`: the gateway reads an app's document id as `name~version~hash`, as Hive does.
const appNaamPattern = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const appVersiePattern = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;
const maxDocumenten = 5_000;

export interface AppRegistratie {
  naam: string;
  versie: string;
  documenten: AppDocument[];
}

/** What the HTTP API answers: its status and a body in the registry's `{ ok, redenen }` form. */
export interface AppAntwoord {
  status: number;
  body: { ok: boolean; redenen: string[]; waarschuwingen?: string[]; nieuw?: boolean; documenten?: number };
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** A document's id as clients send it: bare hex, or the client preset's `sha256:` form. */
function hashOf(id: string): string | null {
  const hex = id.trim().replace(/^sha256:/, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

const kort = (hash: string) => hash.slice(0, 12);

/**
 * Checks a `POST /apps` body: `{ naam, versie, documenten }`, with the documents as the client
 * preset's persisted-documents.json (`{ "<sha256>": "<document>" }`, the id with or without
 * `sha256:`) or as a list of documents. A supplied id must be the SHA-256 of the document's exact
 * text, since that is what the app will send. Every problem is listed.
 */
export function parseAppRegistratie(body: Record<string, unknown>): { registratie: AppRegistratie; redenen: string[] } {
  const redenen: string[] = [];
  const naam = typeof body.naam === 'string' ? body.naam : '';
  const versie = typeof body.versie === 'string' ? body.versie : '';
  if (!appNaamPattern.test(naam)) redenen.push('naam must be 1 to 64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');
  if (!appVersiePattern.test(versie)) redenen.push('versie must be 1 to 64 letters, digits, ".", "_", "+" or "-", starting with a letter or digit');
  const raw = body.documenten;
  const entries: Array<[string | null, unknown]> = Array.isArray(raw)
    ? raw.map((document) => [null, document])
    : raw && typeof raw === 'object'
      ? Object.entries(raw)
      : [];
  if (!raw || typeof raw !== 'object') redenen.push('documenten must be an object { "<sha256>": "<document>" } or a list of documents');
  else if (entries.length === 0) redenen.push('documenten holds no documents');
  else if (entries.length > maxDocumenten) redenen.push(`an app version holds at most ${maxDocumenten} documents`);
  const byHash = new Map<string, string>();
  for (const [index, [id, document]] of entries.entries()) {
    const where = id === null ? `documenten[${index}]` : `Document "${id}"`;
    if (typeof document !== 'string' || document.trim() === '') {
      redenen.push(`${where} is not a document (a non-empty string)`);
      continue;
    }
    const computed = sha256Hex(document);
    if (id !== null) {
      const supplied = hashOf(id);
      if (!supplied) {
        redenen.push(`${where}: the id must be the SHA-256 of the document in hex (64 characters, "sha256:" in front allowed)`);
        continue;
      }
      if (supplied !== computed) {
        redenen.push(`${where}: the id is not the SHA-256 of the document's text (that is ${computed}); the app would send an id the gateway cannot match`);
        continue;
      }
    }
    byHash.set(computed, document);
  }
  // The documents that are well-formed go on to be validated, so one answer lists every problem.
  return { registratie: { naam, versie, documenten: [...byHash].map(([hash, document]) => ({ hash, document })) }, redenen };
}

function operationLabel(document: DocumentNode): string {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? `${operation.operation} ${operation.name?.value ?? '(anonymous)'}` : 'no operation';
}

/** Every reason a document cannot run on the schema: it does not parse, or does not validate. */
export function valideerAppDocumenten(schema: GraphQLSchema, documenten: AppDocument[]): string[] {
  const redenen: string[] = [];
  for (const { hash, document } of documenten) {
    let parsed: DocumentNode;
    try {
      parsed = parse(document);
    } catch (error) {
      redenen.push(`Document ${kort(hash)} does not parse: ${(error as Error).message}`);
      continue;
    }
    for (const error of validate(schema, parsed)) redenen.push(`Document ${kort(hash)} (${operationLabel(parsed)}) does not validate against the current schema: ${error.message}`);
  }
  return redenen;
}

/**
 * The documents of the active app versions as operations a publish must not break. A document that
 * several versions share is checked once, and its reason names each of them.
 */
export function beschermdeAppOperaties(documenten: ActiveAppDocument[]): Array<{ naam: string; document: string; omschrijving: string }> {
  const byHash = new Map<string, { document: string; versies: string[] }>();
  for (const { naam, versie, hash, document } of documenten) {
    const entry = byHash.get(hash) ?? { document, versies: [] };
    entry.versies.push(`${naam} ${versie}`);
    byHash.set(hash, entry);
  }
  return [...byHash].map(([hash, { document, versies }]) => {
    let label = 'unparsable';
    try {
      label = operationLabel(parse(document));
    } catch {
      // Registered documents parsed at registration; the check itself reports it if one ever does not.
    }
    return { naam: hash, document, omschrijving: `Document ${kort(hash)} (${label}) of active app version ${versies.join(', ')}` };
  });
}

/** Who may register and retire an app's versions: an admin, or a token made for that app. */
export function magAppBeheren(uitgever: Uitgever | null, naam: string): string | null {
  if (!uitgever) return 'A registry token is required (Authorization: Bearer <token>)';
  if (uitgever.admin || uitgever.apps?.includes(naam)) return null;
  return `This token may register ${uitgever.apps?.length ? `the apps ${uitgever.apps.join(', ')}` : 'no app'}, not ${naam}; an admin makes one with: npm run subgraph -- token --app ${naam}`;
}

let schemaCache: { supergraphId: number; schema: GraphQLSchema } | null = null;

/** The public schema of the live supergraph, as clients see it: what an app's documents must validate against. */
async function huidigPubliekSchema(db: RegistryDb): Promise<GraphQLSchema | null> {
  const supergraph = await findLatestSupergraphVersion(db);
  if (!supergraph) return null;
  if (schemaCache?.supergraphId !== supergraph.id) schemaCache = { supergraphId: supergraph.id, schema: buildSchema(publicSchemaOf(supergraph.sdl)) };
  return schemaCache.schema;
}

async function log(db: RegistryDb, actie: string, door: string, redenen: string[]): Promise<void> {
  await insertLogEntry(db, { actie, subgraph: null, door, op: new Date().toISOString(), ok: redenen.length === 0 ? 1 : 0, redenen: JSON.stringify(redenen) });
}

/** An app version that exists already: the same documents again is fine, other documents never. */
async function bestaandeVersie(db: RegistryDb, registratie: AppRegistratie): Promise<AppAntwoord | null> {
  const bestaand = await findAppVersion(db, registratie.naam, registratie.versie);
  if (!bestaand) return null;
  const opgeslagen = (await findAppDocuments(db, bestaand.id)).map((document) => document.hash).sort();
  const nieuw = registratie.documenten.map((document) => document.hash).sort();
  const wie = `${registratie.naam} ${registratie.versie}`;
  if (opgeslagen.length !== nieuw.length || opgeslagen.some((hash, index) => hash !== nieuw[index])) {
    return {
      status: 409,
      body: { ok: false, redenen: [`App version ${wie} is already registered with other documents (${opgeslagen.length}, registered ${bestaand.op} by ${bestaand.door}); an app version never changes: register a new version`] },
    };
  }
  if (bestaand.status !== 'actief') {
    return { status: 409, body: { ok: false, redenen: [`App version ${wie} was retired ${bestaand.ingetrokkenOp ?? ''} by ${bestaand.ingetrokkenDoor ?? ''}; register a new version`] } };
  }
  return { status: 200, body: { ok: true, redenen: [], nieuw: false, documenten: opgeslagen.length } };
}

/**
 * Registers an app version with its documents, active at once: the gateways run them by id from
 * their next poll, and from then on a publish that breaks one is refused. Documents that do not
 * validate against the live graph are refused, all reasons listed, and nothing is written.
 */
export async function registreerApp(db: RegistryDb, invoer: ReturnType<typeof parseAppRegistratie>, uitgever: Uitgever): Promise<AppAntwoord> {
  const { registratie } = invoer;
  const actie = `register app ${registratie.naam} ${registratie.versie}`;
  const bestaand = invoer.redenen.length === 0 ? await bestaandeVersie(db, registratie) : null;
  if (bestaand) {
    await log(db, actie, uitgever.id, bestaand.body.redenen);
    return bestaand;
  }
  const schema = await huidigPubliekSchema(db);
  const redenen = [...invoer.redenen, ...(schema ? valideerAppDocumenten(schema, registratie.documenten) : ['The registry has no supergraph yet to check the documents against'])];
  if (redenen.length > 0) {
    await log(db, actie, uitgever.id, redenen);
    return { status: invoer.redenen.length > 0 ? 400 : 422, body: { ok: false, redenen } };
  }
  try {
    await insertAppVersion(db, { naam: registratie.naam, versie: registratie.versie, status: 'actief', door: uitgever.id, op: new Date().toISOString() }, registratie.documenten);
  } catch (error) {
    // The same version registered at the same moment by another build: judge against that one.
    const race = uniqueViolation(error) ? await bestaandeVersie(db, registratie) : null;
    if (!race) throw error;
    return race;
  }
  await log(db, actie, uitgever.id, []);
  return { status: 201, body: { ok: true, redenen: [], nieuw: true, documenten: registratie.documenten.length } };
}

/** Retires an app version: the gateways refuse its ids from their next poll, and it no longer holds the schema back. */
export async function trekAppIn(db: RegistryDb, naam: string, versie: string, uitgever: Uitgever): Promise<AppAntwoord> {
  const actie = `retire app ${naam} ${versie}`;
  const bestaand = await findAppVersion(db, naam, versie);
  if (!bestaand) {
    const redenen = [`App version ${naam} ${versie} is not registered`];
    await log(db, actie, uitgever.id, redenen);
    return { status: 404, body: { ok: false, redenen } };
  }
  const retired = await retireAppVersion(db, bestaand.id, uitgever.id, new Date().toISOString());
  await log(db, actie, uitgever.id, []);
  return {
    status: 200,
    body: { ok: true, redenen: [], ...(retired ? {} : { waarschuwingen: [`App version ${naam} ${versie} was already retired ${bestaand.ingetrokkenOp ?? ''} by ${bestaand.ingetrokkenDoor ?? ''}`] }) },
  };
}

/** Every app version, with its document count and the last hour the gateways reported it in (within the usage window). */
export async function appOverzicht(db: RegistryDb, usageDays: number) {
  const versies = await findAppVersions(db);
  const laatste = await findLastUseOfClients(db, [...new Set(versies.map((versie) => versie.naam))], windowStart(usageDays));
  return versies.map(({ id: _id, ...versie }) => ({ ...versie, laatstGebruikt: laatste.get(`${versie.naam}\n${versie.versie}`) ?? null }));
}

/**
 * The documents the gateways run by id, keyed as clients send them (`name~version~sha256`), with an
 * ETag. Documents never change within a version, so the set of active versions fixes the answer and
 * the tag is computed from their ids alone: a gateway's poll that changes nothing costs one small query.
 */
export async function actieveAppDocumentenTag(db: RegistryDb): Promise<string> {
  const ids = await findActiveAppVersionIds(db);
  return `"${createHash('sha256').update(ids.join(',')).digest('base64url').slice(0, 27)}"`;
}

export async function actieveAppDocumenten(db: RegistryDb): Promise<Record<string, string>> {
  const documenten = await findActiveAppDocuments(db);
  return Object.fromEntries(documenten.map(({ naam, versie, hash, document }) => [`${naam}~${versie}~${hash}`, document]));
}
