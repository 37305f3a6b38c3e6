import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scratchDatabase } from '../../test/harness/database.js';
import { geraakteCoordinaten, verouderdeCoordinaten } from './checks.js';
import { openRegistryDatabase } from './db/database.js';
import { findUsageSince } from './db/usage-queries.js';
import { judgeByUsage, parseUsageBatch, pruneUsage, recordUsage, windowStart } from './usage.js';

async function withRegistryDb(run: (db: Awaited<ReturnType<typeof openRegistryDatabase>>) => Promise<void>) {
  const scratch = await scratchDatabase('registry');
  const db = await openRegistryDatabase(scratch.location, { statements: 0 });
  try {
    await run(db);
  } finally {
    await db.destroy();
    await scratch.drop();
  }
}

const thisHour = windowStart(0);
const row = (client: string, coordinaat: string, aantal: number, uur = thisHour) => ({ uur, client, versie: '1.0', coordinaat, aantal });

describe('usage batches', () => {
  it('keeps use for the retention only: older hours and their batch ids go, and an old batch sent again adds nothing', async () => {
    await withRegistryDb(async (db) => {
      const day = 86_400_000;
      const start = Date.parse('2026-03-01T12:30:00Z');
      const hourOf = (time: number) => windowStart(0, time);
      const oldBatch = parseUsageBatch({ id: 'batch-old-1', rows: [row('app-a', 'Regio.naam', 3, hourOf(start))] });
      const newBatch = parseUsageBatch({ id: 'batch-new-1', rows: [row('app-a', 'Regio.naam', 4, hourOf(start + 5 * day))] });
      if (!oldBatch.ok || !newBatch.ok) throw new Error('batches do not parse');
      expect(await recordUsage(db, oldBatch, 10, start)).toEqual({ merged: true, skipped: 0 });
      expect(await recordUsage(db, newBatch, 10, start + 5 * day)).toEqual({ merged: true, skipped: 0 });

      // Eleven days on, a 10-day retention takes the first batch's hour and id, not the second's.
      const later = start + 11 * day;
      expect(await pruneUsage(db, 10, later)).toEqual({ rows: 1, batches: 1 });
      expect(await pruneUsage(db, 10, later)).toEqual({ rows: 0, batches: 0 });
      const left = await findUsageSince(db, '2000-01-01T00:00:00Z', null);
      expect(left.map((use) => [use.laatste, use.aantal])).toEqual([[hourOf(start + 5 * day), 4]]);

      // The first batch arriving again (a gateway that held it all along) is merged as new, but its
      // hour is past the retention, so nothing comes back; the second batch is still recognised.
      expect(await recordUsage(db, oldBatch, 10, later)).toEqual({ merged: true, skipped: 1 });
      expect(await recordUsage(db, newBatch, 10, later)).toEqual({ merged: false, skipped: 0 });
      expect((await findUsageSince(db, '2000-01-01T00:00:00Z', null)).map((use) => use.aantal)).toEqual([4]);
    });
  });

  it('adds a batch once: the same batch sent again after a lost answer adds nothing, a new batch adds up', async () => {
    await withRegistryDb(async (db) => {
      const batch = parseUsageBatch({ id: 'batch-0001', rows: [row('app-a', 'Regio.naam', 3), row('app-b', 'Regio.code', 2)] });
      if (!batch.ok) throw new Error(batch.redenen.join('; '));
      expect(await recordUsage(db, batch, 90)).toEqual({ merged: true, skipped: 0 });
      expect(await recordUsage(db, batch, 90)).toEqual({ merged: false, skipped: 0 });
      const next = parseUsageBatch({ id: 'batch-0002', rows: [row('app-a', 'Regio.naam', 4)] });
      if (!next.ok) throw new Error(next.redenen.join('; '));
      await recordUsage(db, next, 90);
      const usage = await findUsageSince(db, windowStart(1), null);
      expect(usage.map((use) => [use.clientNaam, use.coordinaat, use.aantal, use.laatste])).toEqual([
        ['app-a', 'Regio.naam', 7, thisHour],
        ['app-b', 'Regio.code', 2, thisHour],
      ]);
    });
  });

  it('refuses a malformed batch with every problem, and adds up a key that appears twice in one batch', () => {
    const bad = parseUsageBatch({ id: 'x', rows: [{ uur: 'yesterday', client: 'a', versie: '', coordinaat: 'A.b', aantal: 1 }, row('a', 'A.b', 0)] });
    expect(bad).toEqual({ ok: false, redenen: [expect.stringMatching(/^id must be/), expect.stringMatching(/^rows\[0\]/), expect.stringMatching(/^rows\[1\]/)] });
    const twice = parseUsageBatch({ id: 'batch-0003', rows: [row('a', 'A.b', 1), row('a', 'A.b', 2)] });
    expect(twice.ok && twice.rows).toEqual([{ uur: thisHour, clientNaam: 'a', clientVersie: '1.0', coordinaat: 'A.b', aantal: 3 }]);
  });
});

describe('usage-based checks', () => {
  const before = buildSchema(`
    enum Soort { ZORG WONEN }
    input Filter { naam: String }
    type Regio { naam: String code: String oud: String @deprecated(reason: "weg") partners(soort: Soort, eerste: Int): [String] }
    type Query { regio(code: String): Regio regios(filter: Filter): [Regio] }
  `);
  const after = buildSchema(`
    enum Soort { ZORG }
    input Filter { naam: String verplicht: String! }
    type Regio { naam: String oud: String @deprecated(reason: "weg") partners(soort: Soort, eerste: Int!): [String] }
    type Query { regio(code: String): Regio regios(filter: Filter): [Regio] }
  `);
  const brekend = findBreakingChanges(before, after).map((change) => ({ beschrijving: `${change.type}: ${change.description}`, geraakt: geraakteCoordinaten(change) }));

  it('reads the coordinates each breaking change takes away from graphql-js\'s description of it', () => {
    expect(Object.fromEntries(brekend.map((change) => [change.beschrijving.split(':')[0], change.geraakt]))).toEqual({
      FIELD_REMOVED: { exact: ['Regio.code'], prefixes: [] },
      ARG_CHANGED_KIND: { exact: ['Regio.partners(eerste:)', 'Regio.partners'], prefixes: [] },
      VALUE_REMOVED_FROM_ENUM: { exact: ['Soort.WONEN'], prefixes: [] },
      REQUIRED_INPUT_FIELD_ADDED: { exact: [], prefixes: ['Filter.'] },
    });
    expect(verouderdeCoordinaten(after)).toEqual(['Regio.oud']);
  });

  it('refuses a change that breaks reported use, naming client, count and last hour; lets unused ones go; warns about deprecated use', async () => {
    await withRegistryDb(async (db) => {
      const batch = parseUsageBatch({ id: 'batch-0010', rows: [row('app-a', 'Regio.code', 5), row('app-b', 'Regio.oud', 2), row('app-b', 'Regio_X.code', 9)] });
      if (!batch.ok) throw new Error(batch.redenen.join('; '));
      await recordUsage(db, batch, 90);
      const judgement = await judgeByUsage(db, brekend, ['Regio.oud'], 30, false);
      expect(judgement.refusals).toEqual([`Breaking change: FIELD_REMOVED: Regio.code was removed. Used in the last 30 days by app-a 1.0 (5 operations, last in the hour from ${thisHour})`]);
      expect(judgement.warnings).toHaveLength(4);
      expect(judgement.warnings).toContain(`Deprecated Regio.oud is still used in the last 30 days by app-b 1.0 (2 operations, last in the hour from ${thisHour})`);
      expect(judgement.warnings.filter((warning) => warning.includes('may go'))).toHaveLength(3);
    });
  });

  it('refuses every breaking change while no use at all was reported, since unused cannot be told from unknown', async () => {
    await withRegistryDb(async (db) => {
      const judgement = await judgeByUsage(db, brekend, [], 30, true);
      expect(judgement.refusals).toHaveLength(brekend.length);
      expect(judgement.refusals[0]).toMatch(/No use was reported in the last 30 days.*\(an admin may force it\)$/);
    });
  });
});
