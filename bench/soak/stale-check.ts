/**
 * The cache soak's judge: is each answer's value of an edited field one the directory may have held
 * when the answer was served?
 *
 * An edit through the gateway under test must show in every read sent after its acknowledgement
 * arrived, because that gateway drops the cached answers of the subgraph a mutation changed before
 * the mutation's answer goes out. An edit through another path only reaches the gateway through the
 * subgraphs' change feeds, so it must show in every read sent more than `elsewhereBoundMs` after its
 * acknowledgement. A value written by an edit that was sent before the answer arrived is allowed
 * even when its acknowledgement had not come yet: the edit may have committed before the read ran.
 *
 * Times are milliseconds on one clock, the load generator's. The acknowledgement is stamped when the
 * editor saw it, after the gateway sent it, and a read's sending is stamped before it left, so each
 * stamp errs on the side that lets more values through, never on the side that flags a good answer.
 */

export type EditPath = 'gateway' | 'elsewhere';

export interface Edit {
  key: string;
  value: string | null;
  path: EditPath;
  sentMs: number;
  /** When its acknowledgement arrived; null when it never did (an error or a timeout), so it may have landed or not. */
  acknowledgedMs: number | null;
}

export interface Read {
  key: string;
  value: string | null;
  sentMs: number;
  receivedMs: number;
  /** What the gateway said it did (x-vangnet-cache), and which query asked: shown with a stale answer. */
  cache: string | null;
  query: string;
}

export interface StaleAnswer extends Read {
  /** The newest value the read was owed, and the edit that wrote it (null for the value before the run). */
  expected: string | null;
  expectedEdit: Edit | null;
  /** older: an older value than owed; unknown: a value no edit wrote; early: a value of an edit not sent yet when the answer arrived. */
  reason: 'older' | 'unknown' | 'early';
}

/**
 * Every read whose value is older than the newest the rules above owed it, or one that no edit
 * wrote, or one written by an edit sent only after the answer arrived (which would mean the clock
 * or this check is wrong). `initial` holds each key's value before the first edit; edits of one key
 * are sent one after another, in the order given.
 */
export function findStaleAnswers(initial: ReadonlyMap<string, string | null>, edits: readonly Edit[], reads: readonly Read[], elsewhereBoundMs: number): StaleAnswer[] {
  const editsByKey = new Map<string, Edit[]>();
  for (const edit of edits) {
    const list = editsByKey.get(edit.key) ?? [];
    list.push(edit);
    editsByKey.set(edit.key, list);
  }
  const stale: StaleAnswer[] = [];
  for (const read of reads) {
    const history = editsByKey.get(read.key) ?? [];
    // Position 0 is the value before the run; position i is history[i - 1]'s.
    const values = [initial.get(read.key) ?? null, ...history.map((edit) => edit.value)];
    let owed = 0;
    history.forEach((edit, index) => {
      if (edit.acknowledgedMs === null) return;
      const visibleFrom = edit.path === 'gateway' ? edit.acknowledgedMs : edit.acknowledgedMs + elsewhereBoundMs;
      if (visibleFrom < read.sentMs) owed = index + 1;
    });
    const seen = values.lastIndexOf(read.value);
    const owedEdit = owed === 0 ? null : history[owed - 1]!;
    const finding = { ...read, expected: values[owed] ?? null, expectedEdit: owedEdit };
    if (seen < 0) stale.push({ ...finding, reason: 'unknown' });
    else if (seen < owed) stale.push({ ...finding, reason: 'older' });
    else if (seen > 0 && history[seen - 1]!.sentMs > read.receivedMs) stale.push({ ...finding, reason: 'early' });
  }
  return stale;
}

/**
 * For each acknowledged edit, how long after its acknowledgement a read was still sent that showed
 * an older value: how far into its allowance an edit made elsewhere was used, and for an edit
 * through the gateway under test anything above zero is a stale answer. Null when no such read came.
 */
export function longestUnseen(initial: ReadonlyMap<string, string | null>, edits: readonly Edit[], reads: readonly Read[]): Array<{ edit: Edit; unseenMs: number | null }> {
  const readsByKey = new Map<string, Read[]>();
  for (const read of reads) {
    const list = readsByKey.get(read.key) ?? [];
    list.push(read);
    readsByKey.set(read.key, list);
  }
  return edits.map((edit) => {
    const history = edits.filter((candidate) => candidate.key === edit.key);
    const position = history.indexOf(edit) + 1;
    const values = [initial.get(edit.key) ?? null, ...history.map((candidate) => candidate.value)];
    let unseenMs: number | null = null;
    if (edit.acknowledgedMs !== null) {
      for (const read of readsByKey.get(edit.key) ?? []) {
        if (read.sentMs > edit.acknowledgedMs && values.lastIndexOf(read.value) < position) unseenMs = Math.max(unseenMs ?? 0, read.sentMs - edit.acknowledgedMs);
      }
    }
    return { edit, unseenMs };
  });
}
