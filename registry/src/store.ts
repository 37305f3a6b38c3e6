import { controleer, type SubgraphDefinitie } from './checks.js';
import type { RegistryDb, SupergraphVersieRow } from './database.js';
import type { Uitgever } from './tokens.js';

export interface Uitkomst {
  ok: boolean;
  redenen: string[];
  versie: number | null;
}

export function huidigeSupergraph(db: RegistryDb): Promise<SupergraphVersieRow | undefined> {
  return db.selectFrom('supergraphVersie').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function huidigeSubgraphs(db: RegistryDb): Promise<Array<SubgraphDefinitie & { versie: number; uitgever: string; op: string }>> {
  const supergraph = await huidigeSupergraph(db);
  if (!supergraph) return [];
  const ids = Object.values(JSON.parse(supergraph.samenstelling) as Record<string, number>);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('subgraphVersie').selectAll().where('id', 'in', ids).orderBy('naam').execute();
  return rows.map((row) => ({ naam: row.naam, url: row.url, sdl: row.sdl, versie: row.id, uitgever: row.uitgever, op: row.op }));
}

async function log(db: RegistryDb, actie: string, subgraph: string | null, door: string, redenen: string[]): Promise<void> {
  await db
    .insertInto('registerlog')
    .values({ actie, subgraph, door, op: new Date().toISOString(), ok: redenen.length === 0 ? 1 : 0, redenen: JSON.stringify(redenen) })
    .execute();
}

/** Who may publish what: a region's token only its own subgraphs; the hub's own subgraphs only an admin. */
export function magPubliceren(uitgever: Uitgever | null, naam: string, hubSubgraphNamen: readonly string[]): string | null {
  if (!uitgever) return 'A registry token is required (Authorization: Bearer <token>)';
  if (uitgever.admin) return null;
  if (hubSubgraphNamen.includes(naam)) return `Only an admin may publish the hub's own subgraph ${naam}`;
  if (!uitgever.subgraphs.includes(naam)) return `This token may publish ${uitgever.subgraphs.join(', ') || 'no subgraph'}, not ${naam}`;
  return null;
}

async function operaties(db: RegistryDb) {
  return db.selectFrom('operatie').select(['naam', 'document']).orderBy('naam').execute();
}

export async function controleerPublicatie(db: RegistryDb, kandidaat: SubgraphDefinitie, uitgever: Uitgever, force: boolean) {
  const controle = await controleer(await huidigeSubgraphs(db), kandidaat, await operaties(db), { probe: true });
  const redenen = [...controle.redenen];
  if (controle.brekend.length > 0 && !(force && uitgever.admin)) {
    redenen.push(...controle.brekend.map((change) => `Breaking change: ${change}${uitgever.admin ? ' (an admin may force it)' : ''}`));
  }
  return { redenen, supergraphSdl: controle.supergraphSdl };
}

/** The live graph changes only when every check passed; otherwise nothing is written but the log. */
export async function publiceer(db: RegistryDb, kandidaat: SubgraphDefinitie, uitgever: Uitgever, force: boolean): Promise<Uitkomst> {
  const { redenen, supergraphSdl } = await controleerPublicatie(db, kandidaat, uitgever, force);
  const actie = force ? 'publish (forced)' : 'publish';
  if (redenen.length > 0 || !supergraphSdl) {
    await log(db, actie, kandidaat.naam, uitgever.id, redenen);
    return { ok: false, redenen, versie: null };
  }
  return schrijfVersie(db, kandidaat, supergraphSdl, uitgever, actie);
}

export async function controleerAlleen(db: RegistryDb, kandidaat: SubgraphDefinitie, uitgever: Uitgever): Promise<Uitkomst> {
  const { redenen } = await controleerPublicatie(db, kandidaat, uitgever, false);
  await log(db, 'check', kandidaat.naam, uitgever.id, redenen);
  return { ok: redenen.length === 0, redenen, versie: null };
}

/** Restores an earlier supergraph exactly as it was, as a new version, so history is never rewritten. */
export async function rollback(db: RegistryDb, naarVersie: number, uitgever: Uitgever): Promise<Uitkomst> {
  const doel = await db.selectFrom('supergraphVersie').selectAll().where('id', '=', naarVersie).executeTakeFirst();
  const redenen = !uitgever.admin ? ['Only an admin may roll back the graph'] : !doel ? [`Supergraph version ${naarVersie} does not exist`] : [];
  if (redenen.length > 0 || !doel) {
    await log(db, 'rollback', null, uitgever.id, redenen);
    return { ok: false, redenen, versie: null };
  }
  const nieuw = await db
    .insertInto('supergraphVersie')
    .values({ sdl: doel.sdl, samenstelling: doel.samenstelling, oorzaak: `rollback to version ${naarVersie}`, door: uitgever.id, op: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await log(db, 'rollback', null, uitgever.id, []);
  return { ok: true, redenen: [], versie: nieuw.id };
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
    const controle = await controleer(await huidigeSubgraphs(db), service, await operaties(db), { probe: false });
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
    const huidig = await huidigeSupergraph(trx);
    const samenstelling = huidig ? (JSON.parse(huidig.samenstelling) as Record<string, number>) : {};
    const subgraph = await trx
      .insertInto('subgraphVersie')
      .values({ naam: kandidaat.naam, url: kandidaat.url, sdl: kandidaat.sdl, uitgever: uitgever.id, op })
      .returning('id')
      .executeTakeFirstOrThrow();
    samenstelling[kandidaat.naam] = subgraph.id;
    const supergraph = await trx
      .insertInto('supergraphVersie')
      .values({ sdl: supergraphSdl, samenstelling: JSON.stringify(samenstelling), oorzaak, door: uitgever.id, op })
      .returning('id')
      .executeTakeFirstOrThrow();
    return supergraph.id;
  });
  await log(db, oorzaak, kandidaat.naam, uitgever.id, []);
  return { ok: true, redenen: [], versie };
}

/** Starts the registry's history with the hub's own subgraphs when it has none. */
export async function beginMetHubSubgraphs(db: RegistryDb, services: SubgraphDefinitie[], supergraphSdl: string): Promise<void> {
  if (await huidigeSupergraph(db)) return;
  await db.transaction().execute(async (trx) => {
    const op = new Date().toISOString();
    const samenstelling: Record<string, number> = {};
    for (const service of services) {
      const row = await trx.insertInto('subgraphVersie').values({ naam: service.naam, url: service.url, sdl: service.sdl, uitgever: 'hub', op }).returning('id').executeTakeFirstOrThrow();
      samenstelling[service.naam] = row.id;
    }
    await trx.insertInto('supergraphVersie').values({ sdl: supergraphSdl, samenstelling: JSON.stringify(samenstelling), oorzaak: 'hub start', door: 'hub', op }).execute();
  });
}

export async function registreerOperatie(db: RegistryDb, naam: string, document: string, uitgever: Uitgever): Promise<void> {
  const op = new Date().toISOString();
  await db
    .insertInto('operatie')
    .values({ naam, document, door: uitgever.id, op })
    .onConflict((conflict) => conflict.column('naam').doUpdateSet({ document, door: uitgever.id, op }))
    .execute();
  await log(db, 'register operation', null, uitgever.id, []);
}
