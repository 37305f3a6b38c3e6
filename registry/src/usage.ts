import type { BrekendeWijziging } from './checks.js';
import type { RegistryDb } from './db/database.js';
import { deleteUsageBefore, findUsageSince, hasUsageSince, mergeUsageBatch, type UsageRow, type UsageSummary } from './db/usage-queries.js';

const hourPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/;
const maxRowsPerBatch = 20_000;

export type ParsedBatch = { ok: true; id: string; rows: UsageRow[] } | { ok: false; redenen: string[] };

/** Checks a `POST /usage` body: `{ id, rows: [{ uur, client, versie, coordinaat, aantal }] }`, every problem listed. */
export function parseUsageBatch(body: Record<string, unknown>): ParsedBatch {
  const redenen: string[] = [];
  const id = typeof body.id === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(body.id) ? body.id : null;
  if (!id) redenen.push('id must be a batch id of 8 to 64 letters, digits and hyphens');
  const raw = Array.isArray(body.rows) ? body.rows : null;
  if (!raw) redenen.push('rows must be an array');
  else if (raw.length > maxRowsPerBatch) redenen.push(`a batch holds at most ${maxRowsPerBatch} rows`);
  const rows: UsageRow[] = [];
  // The same key twice in one batch is added up here: one statement may not update a row twice.
  const byKey = new Map<string, UsageRow>();
  for (const [index, value] of (raw ?? []).entries()) {
    const row = value as Record<string, unknown>;
    const text = (field: string, max: number) => (typeof row?.[field] === 'string' && (row[field] as string).length <= max ? (row[field] as string) : null);
    const uur = text('uur', 20);
    const client = text('client', 200);
    const versie = text('versie', 200);
    const coordinaat = text('coordinaat', 500);
    const aantal = row?.aantal;
    if (!uur || !hourPattern.test(uur) || !client || versie === null || !coordinaat || !Number.isSafeInteger(aantal) || (aantal as number) < 1) {
      redenen.push(`rows[${index}] must be { uur: "YYYY-MM-DDTHH:00:00Z", client, versie, coordinaat, aantal > 0 }`);
      if (redenen.length > 10) break;
      continue;
    }
    const key = `${uur}\n${client}\n${versie}\n${coordinaat}`;
    const existing = byKey.get(key);
    if (existing) existing.aantal += aantal as number;
    else byKey.set(key, { uur, clientNaam: client, clientVersie: versie, coordinaat, aantal: aantal as number });
  }
  rows.push(...byKey.values());
  return redenen.length > 0 || !id ? { ok: false, redenen } : { ok: true, id, rows };
}

/**
 * Merges a batch, without the hours the registry no longer keeps (`retentionDays`): a gateway that
 * held a batch through a long outage would otherwise bring back use the retention removed.
 */
export async function recordUsage(db: RegistryDb, batch: { id: string; rows: UsageRow[] }, retentionDays: number, now = Date.now()): Promise<{ merged: boolean; skipped: number }> {
  const kept = windowStart(retentionDays, now);
  const rows = batch.rows.filter((row) => row.uur >= kept);
  return { merged: await mergeUsageBatch(db, batch.id, rows, new Date(now).toISOString()), skipped: batch.rows.length - rows.length };
}

/** Removes the use older than `retentionDays` (REGISTRY_USAGE_RETENTION_DAYS), and the batch ids of that time. */
export function pruneUsage(db: RegistryDb, retentionDays: number, now = Date.now()): Promise<{ rows: number; batches: number }> {
  const kept = windowStart(retentionDays, now);
  return deleteUsageBefore(db, kept, new Date(Date.parse(kept)).toISOString());
}

/** The first hour of the window of `days` days that ends now, as the usage table writes hours. */
export function windowStart(days: number, now = Date.now()): string {
  const start = new Date(now - days * 86_400_000);
  start.setUTCMinutes(0, 0, 0);
  return start.toISOString().replace('.000Z', 'Z');
}

function describeUse(uses: UsageSummary[]): string {
  // Per client version, the most used coordinate stands for it; a change rarely touches more than one.
  const byClient = new Map<string, UsageSummary>();
  for (const use of uses) {
    const key = `${use.clientNaam}\n${use.clientVersie}`;
    const seen = byClient.get(key);
    if (!seen) byClient.set(key, { ...use });
    else {
      seen.aantal += use.aantal;
      if (use.laatste > seen.laatste) seen.laatste = use.laatste;
    }
  }
  return [...byClient.values()]
    .map((use) => `${use.clientNaam}${use.clientVersie ? ` ${use.clientVersie}` : ''} (${use.aantal} ${use.aantal === 1 ? 'operation' : 'operations'}, last in the hour from ${use.laatste})`)
    .join(', ');
}

export interface UsageJudgement {
  /** Breaking changes that break reported use, or whose use cannot be told: refused unless an admin forces. */
  refusals: string[];
  /** Breaking changes nobody used in the window, and deprecated coordinates still in use. */
  warnings: string[];
}

/**
 * Judges breaking changes by the use the gateways reported in the last `days` days: a change that
 * takes away a coordinate some client used is refused, naming each client version, its count and
 * its last hour; one nobody used may go. When no use at all was reported in the window (usage
 * reporting off, or a new registry), unused cannot be told from unknown, so every breaking change is
 * refused as before usage reporting existed.
 */
export async function judgeByUsage(db: RegistryDb, brekend: BrekendeWijziging[], verouderd: string[], days: number, admin: boolean): Promise<UsageJudgement> {
  const sinds = windowStart(days);
  const refusals: string[] = [];
  const warnings: string[] = [];
  const forceHint = admin ? ' (an admin may force it)' : '';
  const reported = brekend.length > 0 || verouderd.length > 0 ? await hasUsageSince(db, sinds) : false;
  for (const change of brekend) {
    if (!change.geraakt) {
      refusals.push(`Breaking change: ${change.beschrijving}${forceHint}`);
      continue;
    }
    if (!reported) {
      refusals.push(`Breaking change: ${change.beschrijving} No use was reported in the last ${days} days, so the registry cannot tell that it is unused${forceHint}`);
      continue;
    }
    const uses = await findUsageSince(db, sinds, change.geraakt);
    if (uses.length > 0) refusals.push(`Breaking change: ${change.beschrijving} Used in the last ${days} days by ${describeUse(uses)}${forceHint}`);
    else warnings.push(`${change.beschrijving} Not used by any client in the last ${days} days, so it may go`);
  }
  if (reported && verouderd.length > 0) {
    const uses = await findUsageSince(db, sinds, { exact: verouderd, prefixes: [] });
    for (const coordinaat of verouderd) {
      const ofCoordinate = uses.filter((use) => use.coordinaat === coordinaat);
      if (ofCoordinate.length > 0) warnings.push(`Deprecated ${coordinaat} is still used in the last ${days} days by ${describeUse(ofCoordinate)}`);
    }
  }
  return { refusals, warnings };
}
