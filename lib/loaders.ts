import DataLoader from 'dataloader';

/**
 * Batch functions below run one query for all keys of a request and return results in key order,
 * as DataLoader requires.
 */
export function createEntityLoader<Key, Row>(
  fetchRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null>(async (keys) => {
    const rows = await fetchRows(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export function createGroupLoader<Key, Row>(
  fetchRows: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const rows = await fetchRows(keys);
    const byKey = new Map<Key, Row[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = byKey.get(key);
      if (group) group.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * For non-null fields whose row the database guarantees by a foreign key: a missing row is a
 * broken invariant, reported as an internal error rather than a silent null.
 */
export async function loadExisting<Key, Row>(loader: DataLoader<Key, Row | null>, key: Key, what: string): Promise<Row> {
  const row = await loader.load(key);
  if (row === null) throw new Error(`${what} ${String(key)} is referenced but does not exist`);
  return row;
}

/**
 * One loader per distinct argument set (a peildatum, a filter), so all parents asked with the same
 * arguments share one query.
 */
export function perArguments<Args, Loader>(create: (args: Args) => Loader): (args: Args) => Loader {
  const loaders = new Map<string, Loader>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}
