import { beschermdeAppOperaties } from './apps.js';
import { controleer, type SubgraphDefinitie } from './checks.js';
import { findActiveAppDocuments } from './db/app-queries.js';
import type { RegistryDb, SupergraphVersieRow } from './db/database.js';
import { insertLogEntry } from './db/log-queries.js';
import { findOperations, upsertOperation } from './db/operation-queries.js';
import { findSubgraphVersionsByIds, insertSubgraphVersion } from './db/subgraph-queries.js';
import { findLatestSupergraphVersion, findSupergraphVersion, insertSupergraphVersion } from './db/supergraph-queries.js';
import type { Uitgever } from './tokens.js';
import { judgeByUsage } from './usage.js';

export interface Uitkomst {
  ok: boolean;
  redenen: string[];
  versie: number | null;
  /** What passes but should be known: deprecated coordinates still in use, breaking changes nobody used. */
  waarschuwingen?: string[];
}

export interface CheckOptions {
  /** How many days of reported use a breaking change is judged by (REGISTRY_USAGE_DAYS). */
  usageDays: number;
}

function samenstellingVan(supergraph: SupergraphVersieRow): Record<string, number> {
  return JSON.parse(supergraph.samenstelling) as Record<string, number>;
}

export async function huidigeSubgraphs(db: RegistryDb): Promise<Array<SubgraphDefinitie & { versie: number; uitgever: string; op: string }>> {
  const supergraph = await findLatestSupergraphVersion(db);
  if (!supergraph) return [];
  const ids = Object.values(samenstellingVan(supergraph));
  if (ids.length === 0) return [];
  const rows = await findSubgraphVersionsByIds(db, ids);
  return rows.map((row) => ({ naam: row.naam, url: row.url, sdl: row.sdl, versie: row.id, uitgever: row.uitgever, op: row.op }));
}

async function log(db: RegistryDb, actie: string, subgraph: string | null, door: string, redenen: string[]): Promise<void> {
  await insertLogEntry(db, { actie, subgraph, door, op: new Date().toISOString(), ok: redenen.length === 0 ? 1 : 0, redenen: JSON.stringify(redenen) });
}

/** Who may publish what: a region's token only its own subgraphs; the hub's own subgraphs only an admin. */
export function magPubliceren(uitgever: Uitgever | null, naam: string, hubSubgraphNamen: readonly string[]): string | null {
  if (!uitgever) return 'A registry token is required (Authorization: Bearer <token>)';
  if (uitgever.admin) return null;
  if (hubSubgraphNamen.includes(naam)) return `Only an admin may publish the hub's own subgraph ${naam}`;
  if (!uitgever.subgraphs.includes(naam)) return `This token may publish ${uitgever.subgraphs.join(', ') || 'no subgraph'}, not ${naam}`;
  return null;
}

/** What no publish may break: the registered operations and the documents of every active app version. */
async function beschermdeOperaties(db: RegistryDb) {
  return [...(await findOperations(db)), ...beschermdeAppOperaties(await findActiveAppDocuments(db))];
}

export async function controleerPublicatie(db: RegistryDb, kandidaat: SubgraphDefinitie, uitgever: Uitgever, force: boolean, options: CheckOptions) {
  const controle = await controleer(await huidigeSubgraphs(db), kandidaat, await beschermdeOperaties(db), { probe: true });
  const redenen = [...controle.redenen];
  const usage = await judgeByUsage(db, controle.brekend, controle.verouderd, options.usageDays, uitgever.admin);
  if (!(force && uitgever.admin)) redenen.push(...usage.refusals);
  const waarschuwingen = force && uitgever.admin ? [...usage.refusals.map((refusal) => `Forced: ${refusal}`), ...usage.warnings] : usage.warnings;
  return { redenen, waarschuwingen, supergraphSdl: controle.supergraphSdl };
}

/** The live graph changes only when every check passed; otherwise nothing is written but the log. */
export async function publiceer(db: RegistryDb, kandidaat: SubgraphDefinitie, uitgever: Uitgever, force: boolean, options: CheckOptions): Promise<Uitkomst> {
  const { redenen, waarschuwingen, supergraphSdl } = await controleerPublicatie(db, kandidaat, uitgever, force, options);
  const actie = force ? 'publish (forced)' : 'publish';
  if (redenen.length > 0 || !supergraphSdl) {
    await log(db, actie, kandidaat.naam, uitgever.id, redenen);
    return { ok: false, redenen, versie: null, waarschuwingen };
  }
  return { ...(await schrijfVersie(db, kandidaat, supergraphSdl, uitgever, actie)), waarschuwingen };
}

export async function controleerAlleen(db: RegistryDb, kandidaat: SubgraphDefinitie, uitgever: Uitgever, options: CheckOptions): Promise<Uitkomst> {
  const { redenen, waarschuwingen } = await controleerPublicatie(db, kandidaat, uitgever, false, options);
  await log(db, 'check', kandidaat.naam, uitgever.id, redenen);
  return { ok: redenen.length === 0, redenen, versie: null, waarschuwingen };
}

/** Restores an earlier supergraph exactly as it was, as a new version, so history is never rewritten. */
export async function rollback(db: RegistryDb, naarVersie: number, uitgever: Uitgever): Promise<Uitkomst> {
  const doel = await findSupergraphVersion(db, naarVersie);
  const redenen = !uitgever.admin ? ['Only an admin may roll back the graph'] : !doel ? [`Supergraph version ${naarVersie} does not exist`] : [];
  if (redenen.length > 0 || !doel) {
    await log(db, 'rollback', null, uitgever.id, redenen);
    return { ok: false, redenen, versie: null };
  }
  const versie = await insertSupergraphVersion(db, {
    sdl: doel.sdl,
    samenstelling: doel.samenstelling,
    oorzaak: `rollback to version ${naarVersie}`,
    door: uitgever.id,
    op: new Date().toISOString(),
  });
  await log(db, 'rollback', null, uitgever.id, []);
  return { ok: true, redenen: [], versie };
}

/**
 * Brings the hub's own subgraphs in the registry up to the code that runs: after an upgrade of the
 * hub, its new schemas become a new version (composed with the regions' subgraphs, as an admin
 * would publish them), so a stored old supergraph never hides the new hub schema.
 */
export async function werkHubSubgraphsBij(db: RegistryDb, services: SubgraphDefinitie[]): Promise<Uitkomst | null> {
  const huidig = await huidigeSubgraphs(db);
  const gewijzigd = services.filter((service) => {
    const live = huidig.find((entry) => entry.naam === service.naam);
    return !live || live.sdl !== service.sdl || live.url !== service.url;
  });
  if (gewijzigd.length === 0) return null;
  const hub: Uitgever = { id: 'hub', subgraphs: [], admin: true };
  let laatste: Uitkomst | null = null;
  for (const service of gewijzigd) {
    // The hub's subgraphs start before the registry, but may still be warming up: skip the probe.
    const controle = await controleer(await huidigeSubgraphs(db), service, await beschermdeOperaties(db), { probe: false });
    if (controle.redenen.length > 0 || !controle.supergraphSdl) {
      await log(db, 'hub upgrade', service.naam, hub.id, controle.redenen);
      return { ok: false, redenen: controle.redenen, versie: null };
    }
    laatste = await schrijfVersie(db, service, controle.supergraphSdl, hub, 'hub upgrade');
  }
  return laatste;
}

async function schrijfVersie(db: RegistryDb, kandidaat: SubgraphDefinitie, supergraphSdl: string, uitgever: Uitgever, oorzaak: string): Promise<Uitkomst> {
  const versie = await db.transaction().execute(async (trx) => {
    const op = new Date().toISOString();
    const huidig = await findLatestSupergraphVersion(trx);
    const samenstelling = huidig ? samenstellingVan(huidig) : {};
    samenstelling[kandidaat.naam] = await insertSubgraphVersion(trx, { naam: kandidaat.naam, url: kandidaat.url, sdl: kandidaat.sdl, uitgever: uitgever.id, op });
    return insertSupergraphVersion(trx, { sdl: supergraphSdl, samenstelling: JSON.stringify(samenstelling), oorzaak, door: uitgever.id, op });
  });
  await log(db, oorzaak, kandidaat.naam, uitgever.id, []);
  return { ok: true, redenen: [], versie };
}

/** Starts the registry's history with the hub's own subgraphs when it has none. */
export async function beginMetHubSubgraphs(db: RegistryDb, services: SubgraphDefinitie[], supergraphSdl: string): Promise<void> {
  if (await findLatestSupergraphVersion(db)) return;
  await db.transaction().execute(async (trx) => {
    const op = new Date().toISOString();
    const samenstelling: Record<string, number> = {};
    for (const service of services) {
      samenstelling[service.naam] = await insertSubgraphVersion(trx, { naam: service.naam, url: service.url, sdl: service.sdl, uitgever: 'hub', op });
    }
    await insertSupergraphVersion(trx, { sdl: supergraphSdl, samenstelling: JSON.stringify(samenstelling), oorzaak: 'hub start', door: 'hub', op });
  });
}

export async function registreerOperatie(db: RegistryDb, naam: string, document: string, uitgever: Uitgever): Promise<void> {
  await upsertOperation(db, { naam, document, door: uitgever.id, op: new Date().toISOString() });
  await log(db, 'register operation', null, uitgever.id, []);
}
