import { setImmediate as nextTurn } from 'node:timers/promises';
import type { GraphQLSchema } from 'graphql';
import { changelogBetween, publicSchemaFromSupergraph, samenvattingVan, type Samenvatting, type Wijziging } from './changelog.js';
import type { RegistryDb, SupergraphVersieRow } from './db/database.js';
import { findPreviousSupergraphVersion, findSupergraphVersion } from './db/supergraph-queries.js';

export interface Changelog {
  versie: number;
  /** The version it is compared with: the one before it, `?tegen=` when given, null for the first. */
  vorige: number | null;
  oorzaak: string;
  door: string;
  op: string;
  wijzigingen: Wijziging[];
  samenvatting: Samenvatting;
}

export type ChangelogAnswer = { ok: true; changelog: Changelog } | { ok: false; status: 400 | 404; redenen: string[] };

/** A Map that forgets the entry used longest ago once it holds more than `size`. */
class Lru<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly size: number) {}
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as K);
  }
}

const asVersion = (value: string): number | null => (/^[1-9]\d{0,15}$/.test(value) ? Number(value) : null);

/**
 * The changelog of each supergraph version, worked out on request. A version never changes, so a
 * changelog is kept for the pair it compares, and its counts far longer (three numbers a pair); the
 * public schemas it is made from are large, so only the last few are kept.
 */
export function createChangelogs(db: RegistryDb, { schemas = 8, changelogs = 64 } = {}) {
  const publicSchemas = new Lru<number, GraphQLSchema>(schemas);
  const kept = new Lru<string, Wijziging[]>(changelogs);
  const counts = new Lru<string, Samenvatting>(10_000);

  function publicSchemaOf(row: SupergraphVersieRow): GraphQLSchema {
    let schema = publicSchemas.get(row.id);
    if (!schema) {
      schema = publicSchemaFromSupergraph(row.sdl);
      publicSchemas.set(row.id, schema);
    }
    return schema;
  }

  function changesBetween(oud: SupergraphVersieRow | undefined, nieuw: SupergraphVersieRow): Wijziging[] {
    // The first version has nothing before it to differ from.
    if (!oud || oud.sdl === nieuw.sdl) return [];
    const key = `${oud.id}>${nieuw.id}`;
    let wijzigingen = kept.get(key);
    if (!wijzigingen) {
      wijzigingen = changelogBetween(publicSchemaOf(oud), publicSchemaOf(nieuw));
      kept.set(key, wijzigingen);
      counts.set(key, samenvattingVan(wijzigingen));
    }
    return wijzigingen;
  }

  /** Version `versie` (a path segment) against `tegen` (a query parameter), or the version before it. */
  async function changelogOf(versie: string, tegen?: string | null): Promise<ChangelogAnswer> {
    const id = asVersion(versie);
    const row = id === null ? undefined : await findSupergraphVersion(db, id);
    if (!row) return { ok: false, status: 404, redenen: [`Supergraph version ${versie} does not exist; GET /supergraphs lists the versions`] };
    let oud: SupergraphVersieRow | undefined;
    if (tegen != null) {
      const tegenId = asVersion(tegen);
      if (tegenId === null) return { ok: false, status: 400, redenen: [`tegen must be a supergraph version number, not "${tegen}"`] };
      oud = await findSupergraphVersion(db, tegenId);
      if (!oud) return { ok: false, status: 404, redenen: [`Supergraph version ${tegen} (tegen) does not exist; GET /supergraphs lists the versions`] };
    } else {
      oud = await findPreviousSupergraphVersion(db, row.id);
    }
    const wijzigingen = changesBetween(oud, row);
    return {
      ok: true,
      changelog: { versie: row.id, vorige: oud?.id ?? null, oorzaak: row.oorzaak, door: row.door, op: row.op, wijzigingen, samenvatting: samenvattingVan(wijzigingen) },
    };
  }

  /**
   * The counts of each version's changelog against the version before it, for versions listed oldest
   * first. A pair not counted yet is worked out here, one at a time with a turn of the event loop in
   * between, so a long history does not hold up the gateways' polls meanwhile.
   */
  async function samenvattingen(ids: readonly number[]): Promise<Map<number, Samenvatting>> {
    const result = new Map<number, Samenvatting>();
    for (const [index, id] of ids.entries()) {
      const vorige = index > 0 ? ids[index - 1]! : null;
      const known = vorige === null ? null : counts.get(`${vorige}>${id}`);
      if (vorige === null || known) {
        result.set(id, known ?? samenvattingVan([]));
        continue;
      }
      await nextTurn();
      const [oud, nieuw] = await Promise.all([findSupergraphVersion(db, vorige), findSupergraphVersion(db, id)]);
      result.set(id, samenvattingVan(nieuw ? changesBetween(oud, nieuw) : []));
    }
    return result;
  }

  return { changelogOf, samenvattingen };
}

export type Changelogs = ReturnType<typeof createChangelogs>;
