import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scratchDatabase } from '../../test/harness/database.js';
import { geraakteCoordinaten, verouderdeCoordinaten } from './checks.js';
import { openRegistryDatabase } from './db/database.js';
import { findUsageSince } from './db/usage-queries.js';
import { judgeByUsage, parseUsageBatch, recordUsage, windowStart } from './usage.js';

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
  it('adds a batch once: the same batch sent again after a lost answer adds nothing, a new batch adds up', async () => {
    await withRegistryDb(async (db) => {
      const batch = parseUsageBatch({ id: 'batch-0001', rows: [row('app-a', 'Regio.naam', 3), row('app-b', 'Regio.code', 2)] });
      if (!batch.ok) throw new Error(batch.redenen.join('; '));
      expect(await recordUsage(db, batch)).toEqual({ merged: true });
      expect(await recordUsage(db, batch)).toEqual({ merged: false });
      const next = parseUsageBatch({ id: 'batch-0002', rows: [row('app-a', 'Regio.naam', 4)] });
      if (!next.ok) throw new Error(next.redenen.join('; '));
      await recordUsage(db, next);
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
      await recordUsage(db, batch);
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
