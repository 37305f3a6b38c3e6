import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { KyselyPlugin, OperationNode, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

/*
 * What a request read and wrote, at the level of the directory's records: the gateway's response
 * cache keeps it with each answer, so an acknowledged change drops only the answers that read the
 * changed record (README, "Response cache"). It is taken from the SQL itself, by a Kysely plugin
 * every database of the hub carries: any query a resolver runs is in it, whatever the resolver, so
 * nothing has to remember to declare what it reads.
 *
 * A footprint names relations (tables and views, by their SQL name, a version table `x_versie` as
 * its view `x`) and, for the versioned records, their keys:
 *   `partner#p1`  the record `p1` was read (or written), by its key;
 *   `partner`     the relation was read by anything else (a search, a list, a join, a count):
 *                 any change to any of its records may change what was read;
 *   `*`           something no footprint can describe (SQL text that names tables itself).
 */

/**
 * The versioned records of the directory, by the `soort` their change feed lines carry: the view
 * that shows their latest version (`lib/history.ts` `createLatestVersionView`) and the column that
 * keys them. A feed line `PARTNER p1` is a write of `partner#p1`. Checked against the migrated
 * databases and their feeds by `lib/data-footprint.test.ts`.
 */
export const versionedRecords: Readonly<Record<string, { relation: string; key: string }>> = {
  PARTNER: { relation: 'partner', key: 'id' },
  PARTNERROL: { relation: 'partner_rol', key: 'id' },
  LIDMAATSCHAP: { relation: 'lidmaatschap', key: 'id' },
  BELEIDSDOCUMENT: { relation: 'beleidsdocument', key: 'id' },
  AFSPRAAK: { relation: 'afspraak', key: 'id' },
  BESTUURSORGAAN: { relation: 'bestuursorgaan', key: 'id' },
  ORGAANLID: { relation: 'orgaan_lid', key: 'id' },
  PRODUCT: { relation: 'product', key: 'code' },
  SUBSIDIE: { relation: 'subsidie', key: 'id' },
  SUBSIDIEBEDRAG: { relation: 'subsidie_bedrag', key: 'id' },
  KENGETAL: { relation: 'kengetal', key: 'id' },
};

/** The table every change writes its feed line to: whoever read a feed or a history read it. */
export const feedRelation = 'wijziging';

const keyColumns = new Map(Object.values(versionedRecords).map(({ relation, key }) => [relation, key]));

/** Sent by a gateway whose response cache is on (the cache's epoch): only then does a subgraph report footprints. */
export const footprintRequestHeader = 'x-vangnet-cache-epoch';
export const readsHeader = 'x-vangnet-reads';
export const writesHeader = 'x-vangnet-writes';
/** A new value means the subgraph started again, maybe on changed source files: nothing read from it before holds. */
export const instanceHeader = 'x-vangnet-instance';

/** Changes with every start of the process. */
export const processInstance = randomUUID();

/** Beyond this, a relation's keys are reported as the relation itself, so a header stays far below Node's 16 KB. */
const maxHeaderLength = 6_000;

/** Relation → its keys, or null for the whole relation. */
type Touched = Map<string, Set<string> | null>;

export class Footprint {
  readonly reads: Touched = new Map();
  readonly writes: Touched = new Map();
  /** Something was read that no footprint can describe. */
  everything = false;

  static header(touched: Touched, everything: boolean): string {
    if (everything) return '*';
    const whole = (relation: string, keys: Set<string> | null) => (keys === null ? [relation] : [...keys].map((key) => `${relation}#${encodeURIComponent(key)}`));
    const entries = [...touched];
    let tokens = entries.flatMap(([relation, keys]) => whole(relation, keys));
    // Too long: the relations with the most keys go whole first; reporting more than was read only
    // drops an answer sooner.
    entries.sort(([, a], [, b]) => (b?.size ?? 0) - (a?.size ?? 0));
    while (tokens.join(' ').length > maxHeaderLength && entries.some(([, keys]) => keys !== null)) {
      const index = entries.findIndex(([, keys]) => keys !== null);
      entries[index] = [entries[index]![0], null];
      tokens = entries.flatMap(([relation, keys]) => whole(relation, keys));
    }
    return tokens.join(' ');
  }
}

/** The footprint of the request being served, when its gateway asked for one. */
export const currentFootprint = new AsyncLocalStorage<Footprint>();

/** Parses a footprint header back into tokens, keys decoded; one that does not parse says everything (`*`). */
export function footprintTokens(header: string): string[] {
  try {
    return header
      .split(' ')
      .filter(Boolean)
      .map((token) => {
        const hash = token.indexOf('#');
        return hash < 0 ? token : `${token.slice(0, hash)}#${decodeURIComponent(token.slice(hash + 1))}`;
      });
  } catch {
    return ['*'];
  }
}

/** A version table is written where its view is read: both are the one relation. */
export function relationOf(table: string): string {
  const name = table.toLowerCase();
  return name.endsWith('_versie') ? name.slice(0, -'_versie'.length) : name;
}

/** Records each query's footprint into the request's; queries outside a request (seed, migrations) pass untouched. */
export class FootprintPlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const footprint = currentFootprint.getStore();
    if (footprint) record(args.node, footprint);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

type AnyNode = OperationNode & Record<string, unknown>;

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

function tableName(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.kind === 'AliasNode') return tableName(node.node);
  if (node.kind !== 'TableNode') return undefined;
  return ((node.table as AnyNode).identifier as { name: string }).name;
}

function aliasOf(node: unknown): string | undefined {
  return isNode(node) && node.kind === 'AliasNode' ? ((node.alias as AnyNode).name as string | undefined) : undefined;
}

function add(touched: Touched, relation: string, keys: readonly string[] | null): void {
  const known = touched.get(relation);
  if (known === null) return;
  if (keys === null) {
    touched.set(relation, null);
    return;
  }
  const set = known ?? new Set<string>();
  for (const key of keys) set.add(key);
  touched.set(relation, set);
}

/**
 * The keys a statement on one relation is limited to: a conjunct `key = v` or `key in (...)` at the
 * top of its WHERE. Anything else (no such conjunct, a key compared with a column or a subquery)
 * is no limit, and the statement counts as touching the whole relation.
 */
function keysFromWhere(where: unknown, relation: string, names: ReadonlySet<string>): string[] | null {
  const key = keyColumns.get(relation);
  if (!key || !isNode(where)) return null;
  const conjuncts: AnyNode[] = [];
  const collect = (node: unknown) => {
    if (!isNode(node)) return;
    if (node.kind === 'AndNode') {
      collect(node.left);
      collect(node.right);
    } else if (node.kind === 'ParensNode') collect(node.node);
    else conjuncts.push(node);
  };
  collect(where.where);
  for (const node of conjuncts) {
    if (node.kind !== 'BinaryOperationNode') continue;
    const left = node.leftOperand as AnyNode;
    const operator = (node.operator as AnyNode).operator;
    if (left.kind !== 'ReferenceNode' || (operator !== '=' && operator !== 'in')) continue;
    const column = left.column as AnyNode;
    if (column.kind !== 'ColumnNode' || (column.column as { name: string }).name !== key) continue;
    const qualifier = tableName(left.table);
    if (qualifier !== undefined && !names.has(qualifier)) continue;
    const values = primitiveValues(node.rightOperand);
    if (values) return values;
  }
  return null;
}

function primitiveValues(node: unknown): string[] | null {
  if (!isNode(node)) return null;
  if (node.kind === 'ValueNode') return isKey(node.value) ? [String(node.value)] : null;
  if (node.kind === 'PrimitiveValueListNode') return (node.values as unknown[]).every(isKey) ? (node.values as unknown[]).map(String) : null;
  if (node.kind === 'ValueListNode') {
    const values = (node.values as unknown[]).map((value) => (isNode(value) && value.kind === 'ValueNode' && isKey(value.value) ? String(value.value) : null));
    return values.every((value) => value !== null) ? (values as string[]) : null;
  }
  if (node.kind === 'ParensNode') return primitiveValues(node.node);
  return null;
}

function isKey(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

/** The key values of the rows an INSERT writes, when it names the key column and gives plain values. */
function insertedKeys(node: AnyNode, relation: string): string[] | null {
  const key = keyColumns.get(relation);
  const columns = node.columns as AnyNode[] | undefined;
  const values = node.values as AnyNode | undefined;
  if (!key || !columns || !values || values.kind !== 'ValuesNode') return null;
  const index = columns.findIndex((column) => (column.column as { name: string }).name === key);
  if (index < 0) return null;
  const keys: string[] = [];
  for (const row of values.values as AnyNode[]) {
    const cell = row.kind === 'PrimitiveValueListNode' ? (row.values as unknown[])[index] : row.kind === 'ValueListNode' ? (((row.values as AnyNode[])[index]?.value) as unknown) : undefined;
    if (!isKey(cell)) return null;
    keys.push(String(cell));
  }
  return keys;
}

/**
 * Every relation a statement names is read, except where a WHERE on the key limits it (above); the
 * relation a statement writes is written, by key where the statement says which. A table named in
 * a qualified column (`partner.naam`) is no read of its own: the FROM or JOIN that brings it is.
 */
function record(root: RootOperationNode, footprint: Footprint): void {
  const keyed = new Set<AnyNode>();
  const node = root as AnyNode;
  if (node.kind === 'SelectQueryNode' || node.kind === 'UpdateQueryNode' || node.kind === 'DeleteQueryNode') {
    const froms = node.kind === 'UpdateQueryNode' ? [node.table] : (((node.from as AnyNode | undefined)?.froms as unknown[] | undefined) ?? []);
    const extraFroms = node.kind === 'UpdateQueryNode' ? (((node.from as AnyNode | undefined)?.froms as unknown[] | undefined) ?? []) : [];
    const joins = (node.joins as unknown[] | undefined) ?? [];
    const using = (node.using as AnyNode | undefined)?.tables as unknown[] | undefined;
    const only = froms.length === 1 && extraFroms.length === 0 && joins.length === 0 && !using?.length ? froms[0] : undefined;
    const table = tableName(only);
    if (table !== undefined) {
      const relation = relationOf(table);
      const names = new Set([table, ...(aliasOf(only) ? [aliasOf(only)!] : [])]);
      const keys = keysFromWhere(node.where, relation, names);
      if (keys) {
        add(node.kind === 'SelectQueryNode' ? footprint.reads : footprint.writes, relation, keys);
        keyed.add((isNode(only) && only.kind === 'AliasNode' ? only.node : only) as AnyNode);
      } else if (node.kind !== 'SelectQueryNode') add(footprint.writes, relation, null);
    } else if (node.kind === 'UpdateQueryNode' || node.kind === 'DeleteQueryNode') {
      for (const target of froms) {
        const name = tableName(target);
        if (name !== undefined) add(footprint.writes, relationOf(name), null);
      }
    }
  }
  if (node.kind === 'InsertQueryNode') {
    const table = tableName(node.into);
    if (table !== undefined) {
      const relation = relationOf(table);
      add(footprint.writes, relation, insertedKeys(node, relation));
      keyed.add(node.into as AnyNode);
    }
  }
  if (node.kind === 'RawNode' || node.kind === 'MergeQueryNode') {
    footprint.everything = true;
    return;
  }
  walk(node, footprint, keyed);
}

function walk(node: AnyNode, footprint: Footprint, skip: ReadonlySet<AnyNode>): void {
  if (node.kind === 'TableNode') {
    if (!skip.has(node)) add(footprint.reads, relationOf(tableName(node)!), null);
    return;
  }
  if (node.kind === 'RawNode' && (node.sqlFragments as string[]).some((fragment) => /\b(from|join|into|update)\b/i.test(fragment))) {
    // SQL text that names a table itself: what it reads cannot be told, so it read everything.
    footprint.everything = true;
  }
  for (const [property, value] of Object.entries(node)) {
    if (property === 'kind') continue;
    // A qualified column's table is a name, not a read.
    if (node.kind === 'ReferenceNode' && property === 'table') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, footprint, skip);
    } else if (isNode(value)) walk(value, footprint, skip);
  }
}
