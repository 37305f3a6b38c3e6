import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parse } from 'graphql';
import { readBody, sendJson } from '../../lib/http.js';
import type { Logger } from '../../lib/log.js';
import { actieveAppDocumenten, actieveAppDocumentenTag, appOverzicht, magAppBeheren, parseAppRegistratie, registreerApp, trekAppIn } from './apps.js';
import { createChangelogs } from './changelogs.js';
import type { RegistryDb } from './db/database.js';
import { findLogEntries } from './db/log-queries.js';
import { findOperations } from './db/operation-queries.js';
import { findSubgraphVersions } from './db/subgraph-queries.js';
import { findLatestSupergraphVersion, findSupergraphVersions } from './db/supergraph-queries.js';
import { findUsageSince } from './db/usage-queries.js';
import { controleerAlleen, huidigeSubgraphs, magPubliceren, publiceer, registreerOperatie, rollback } from './store.js';
import { verifyRegistryToken } from './tokens.js';
import { parseUsageBatch, recordUsage, windowStart } from './usage.js';

export interface RegistryServerOptions {
  db: RegistryDb;
  secret: Uint8Array;
  hubSubgraphNamen: readonly string[];
  logger: Logger;
  /** How many days of reported use a breaking change is judged by. */
  usageDays: number;
  /** How many days of reported use the registry keeps; older hours in a batch are skipped. */
  usageRetentionDays: number;
}

/** The body as a JSON object, or null when it is over 5 MB, not JSON, or not an object. */
async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const body = await readBody(req, 5_000_000);
  if (body === 'too-large') return null;
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The registry's HTTP API: JSON in and out, every refusal with all of its reasons. */
export function createRegistryServer({ db, secret, hubSubgraphNamen, logger, usageDays, usageRetentionDays }: RegistryServerOptions) {
  const changelogs = createChangelogs(db);

  /** What a publish changed, for its answer; the version is written already, so a failure here only leaves it out. */
  async function changelogOfPublished(versie: number) {
    try {
      const answer = await changelogs.changelogOf(String(versie));
      if (answer.ok) return { vorige: answer.changelog.vorige, wijzigingen: answer.changelog.wijzigingen, samenvatting: answer.changelog.samenvatting };
    } catch (error) {
      logger.error('the changelog of a published version could not be made', { versie, error: String(error) });
    }
    return {};
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://registry');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/healthcheck') return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && path === '/supergraph') {
      const supergraph = await findLatestSupergraphVersion(db);
      if (!supergraph) return sendJson(res, 404, { error: 'no supergraph yet' });
      res.setHeader('x-supergraph-versie', String(supergraph.id));
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(supergraph.sdl);
      return;
    }
    if (req.method === 'GET' && path === '/subgraphs') {
      const subgraphs = await huidigeSubgraphs(db);
      return sendJson(res, 200, subgraphs.map(({ sdl: _sdl, ...rest }) => rest));
    }
    // `?samenvatting=1` adds each version's change counts; opt-in, since a registry just started works
    // them out from every stored supergraph, and the plain list stays as fast as the polls need.
    if (req.method === 'GET' && path === '/supergraphs') {
      const rows = await findSupergraphVersions(db);
      const samenvattingen = url.searchParams.has('samenvatting') ? await changelogs.samenvattingen(rows.map((row) => row.id)) : null;
      return sendJson(res, 200, rows.map((row) => ({ versie: row.id, oorzaak: row.oorzaak, door: row.door, op: row.op, ...(samenvattingen ? { samenvatting: samenvattingen.get(row.id) } : {}) })));
    }
    const changelogMatch = /^\/supergraphs\/([^/]+)\/changelog$/.exec(path);
    if (req.method === 'GET' && changelogMatch) {
      const answer = await changelogs.changelogOf(changelogMatch[1]!, url.searchParams.get('tegen'));
      return answer.ok ? sendJson(res, 200, answer.changelog) : sendJson(res, answer.status, { ok: false, redenen: answer.redenen });
    }
    // The registered operations as a gateway's TRUSTED_DOCUMENTS_FILE: the id a client sends is the
    // SHA-256 of the document's exact text, as Apollo and Hive clients compute it.
    if (req.method === 'GET' && path === '/trusted-documents') {
      const rows = await findOperations(db);
      return sendJson(res, 200, Object.fromEntries(rows.map((row) => [createHash('sha256').update(row.document).digest('hex'), row.document])));
    }
    // App deployments: the versions with their status, and the active ones' documents for the gateways.
    if (req.method === 'GET' && path === '/apps') return sendJson(res, 200, await appOverzicht(db, usageDays));
    if ((req.method === 'GET' || req.method === 'HEAD') && path === '/persisted-documents') {
      const etag = await actieveAppDocumentenTag(db);
      res.setHeader('etag', etag);
      res.setHeader('cache-control', 'no-cache');
      if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
        res.statusCode = 304;
        res.end();
        return;
      }
      return sendJson(res, 200, await actieveAppDocumenten(db));
    }
    const historyMatch = /^\/subgraphs\/([a-z0-9-]+)\/history$/.exec(path);
    if (req.method === 'GET' && historyMatch) {
      const rows = await findSubgraphVersions(db, historyMatch[1]!);
      return sendJson(res, 200, rows.map((row) => ({ versie: row.id, url: row.url, uitgever: row.uitgever, op: row.op })));
    }

    const uitgever = await verifyRegistryToken(req.headers.authorization, secret);
    if (req.method === 'GET' && path === '/log') {
      if (!uitgever?.admin) return sendJson(res, 403, { ok: false, redenen: ['Only an admin may read the registry log'] });
      return sendJson(res, 200, await findLogEntries(db));
    }
    // Who used what, summed per client version and coordinate: `?coordinate=Type.field` (repeatable)
    // narrows it, `?days=` sets the window (REGISTRY_USAGE_DAYS by default).
    if (req.method === 'GET' && path === '/usage') {
      if (!uitgever) return sendJson(res, 401, { ok: false, redenen: ['A registry token is required'] });
      const days = url.searchParams.has('days') ? Number(url.searchParams.get('days')) : usageDays;
      if (!Number.isInteger(days) || days < 1 || days > usageRetentionDays) return sendJson(res, 400, { ok: false, redenen: [`days must be a whole number from 1 to ${usageRetentionDays} (the registry keeps ${usageRetentionDays} days of use)`] });
      const coordinates = url.searchParams.getAll('coordinate');
      return sendJson(res, 200, await findUsageSince(db, windowStart(days), coordinates.length > 0 ? { exact: coordinates, prefixes: [] } : null));
    }
    if (req.method !== 'POST') return sendJson(res, 404, { error: `Not found: ${req.method} ${path}` });
    const body = await readJsonObject(req);
    if (!body) return sendJson(res, 400, { ok: false, redenen: ['The request body must be a JSON object'] });

    if (path === '/publish' || path === '/check') {
      const kandidaat = { naam: text(body.naam), url: text(body.url), sdl: text(body.sdl) };
      const ontbreekt = Object.entries(kandidaat).filter(([, value]) => !value).map(([key]) => `${key} is required`);
      if (!/^[a-z][a-z0-9-]*$/.test(kandidaat.naam) && kandidaat.naam) ontbreekt.push('naam must be lower-case letters, digits and hyphens');
      if (ontbreekt.length > 0) return sendJson(res, 400, { ok: false, redenen: ontbreekt });
      const weigering = magPubliceren(uitgever, kandidaat.naam, hubSubgraphNamen);
      if (weigering || !uitgever) return sendJson(res, uitgever ? 403 : 401, { ok: false, redenen: [weigering] });
      const uitkomst = path === '/publish' ? await publiceer(db, kandidaat, uitgever, body.force === true, { usageDays }) : await controleerAlleen(db, kandidaat, uitgever, { usageDays });
      logger.info(path.slice(1), { subgraph: kandidaat.naam, door: uitgever.id, ok: uitkomst.ok, redenen: uitkomst.redenen });
      if (uitkomst.ok && uitkomst.versie !== null) return sendJson(res, 200, { ...uitkomst, ...(await changelogOfPublished(uitkomst.versie)) });
      return sendJson(res, uitkomst.ok ? 200 : 422, uitkomst);
    }
    if (path === '/usage') {
      if (!uitgever) return sendJson(res, 401, { ok: false, redenen: ['A registry token is required'] });
      if (!uitgever.usage && !uitgever.admin) return sendJson(res, 403, { ok: false, redenen: ['This token may not report usage; a gateway needs a token made with --usage'] });
      const batch = parseUsageBatch(body);
      if (!batch.ok) return sendJson(res, 400, { ok: false, redenen: batch.redenen });
      const { merged, skipped } = await recordUsage(db, batch, usageRetentionDays);
      return sendJson(res, 200, { ok: true, redenen: [], merged, overgeslagen: skipped });
    }
    if (path === '/rollback') {
      if (!uitgever) return sendJson(res, 401, { ok: false, redenen: ['A registry token is required'] });
      const uitkomst = await rollback(db, Number(body.versie), uitgever);
      logger.info('rollback', { naar: body.versie, door: uitgever.id, ok: uitkomst.ok });
      return sendJson(res, uitkomst.ok ? 200 : 422, uitkomst);
    }
    if (path === '/operations') {
      if (!uitgever?.admin) return sendJson(res, 403, { ok: false, redenen: ['Only an admin may register operations'] });
      const naam = text(body.naam);
      const document = text(body.document);
      try {
        parse(document);
      } catch (error) {
        return sendJson(res, 400, { ok: false, redenen: [`The operation does not parse: ${(error as Error).message}`] });
      }
      if (!naam) return sendJson(res, 400, { ok: false, redenen: ['naam is required'] });
      await registreerOperatie(db, naam, document, uitgever);
      return sendJson(res, 200, { ok: true, redenen: [] });
    }
    if (path === '/apps' || path === '/apps/retire') {
      const naam = text(body.naam);
      if (!naam) return sendJson(res, 400, { ok: false, redenen: ['naam is required'] });
      const weigering = magAppBeheren(uitgever, naam);
      if (weigering || !uitgever) return sendJson(res, uitgever ? 403 : 401, { ok: false, redenen: [weigering] });
      let antwoord;
      if (path === '/apps') {
        antwoord = await registreerApp(db, parseAppRegistratie(body), uitgever);
      } else {
        if (!text(body.versie)) return sendJson(res, 400, { ok: false, redenen: ['versie is required'] });
        antwoord = await trekAppIn(db, naam, text(body.versie), uitgever);
      }
      logger.info(path === '/apps' ? 'register app' : 'retire app', { app: naam, versie: body.versie, door: uitgever.id, ok: antwoord.body.ok, redenen: antwoord.body.redenen });
      return sendJson(res, antwoord.status, antwoord.body);
    }
    return sendJson(res, 404, { error: `Not found: ${req.method} ${path}` });
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('registry request failed', { error: String(error) });
      if (!res.headersSent) sendJson(res, 500, { ok: false, redenen: ['Internal error'] });
    });
  });
}
