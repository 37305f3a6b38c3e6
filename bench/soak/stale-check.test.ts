import { describe, expect, it } from 'vitest';
import { findStaleAnswers, longestUnseen, type Edit, type Read } from './stale-check.js';

const key = 'partner soak-cachezorg naam';
const initial = new Map([[key, 'Soak Cachezorg']]);
const bound = 3_000;

const edit = (value: string, path: Edit['path'], sentMs: number, acknowledgedMs: number | null): Edit => ({ key, value, path, sentMs, acknowledgedMs });
const read = (value: string | null, sentMs: number, receivedMs = sentMs + 5): Read => ({ key, value, sentMs, receivedMs, cache: 'hit', query: 'SoakPartner' });

describe('the cache soak\'s stale check', () => {
  const throughGateway = [edit('Soak Cachezorg v1', 'gateway', 1_000, 1_050), edit('Soak Cachezorg v2', 'gateway', 4_000, 4_040)];

  it('flags a read sent after an edit through the gateway was acknowledged that still shows the older value', () => {
    const stale = findStaleAnswers(initial, throughGateway, [read('Soak Cachezorg', 1_051), read('Soak Cachezorg v1', 4_100)], bound);
    expect(stale.map(({ value, expected, reason }) => ({ value, expected, reason }))).toEqual([
      { value: 'Soak Cachezorg', expected: 'Soak Cachezorg v1', reason: 'older' },
      { value: 'Soak Cachezorg v1', expected: 'Soak Cachezorg v2', reason: 'older' },
    ]);
    expect(stale[1]!.expectedEdit).toBe(throughGateway[1]);
  });

  it('allows the old or the new value while the edit is in flight, and the new one as soon as it was sent', () => {
    const reads = [read('Soak Cachezorg', 1_010, 1_060), read('Soak Cachezorg v1', 1_010, 1_060), read('Soak Cachezorg v1', 900, 1_001), read('Soak Cachezorg v2', 4_040, 4_045), read('Soak Cachezorg v2', 9_000)];
    expect(findStaleAnswers(initial, throughGateway, reads, bound)).toEqual([]);
  });

  it('gives an edit made elsewhere the stated bound after its acknowledgement, and not a millisecond more', () => {
    const elsewhere = [edit('Soak Cachezorg v1', 'elsewhere', 1_000, 1_050)];
    expect(findStaleAnswers(initial, elsewhere, [read('Soak Cachezorg', 1_050 + bound)], bound)).toEqual([]);
    const stale = findStaleAnswers(initial, elsewhere, [read('Soak Cachezorg', 1_051 + bound)], bound);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ reason: 'older', expected: 'Soak Cachezorg v1', sentMs: 4_051 });
  });

  it('owes a read the newest edit through the gateway even while an older one made elsewhere is within its bound', () => {
    const mixed = [edit('Soak Cachezorg v1', 'elsewhere', 1_000, 1_050), edit('Soak Cachezorg v2', 'gateway', 2_000, 2_030)];
    expect(findStaleAnswers(initial, mixed, [read('Soak Cachezorg v1', 2_100)], bound)).toMatchObject([{ reason: 'older', expected: 'Soak Cachezorg v2' }]);
    expect(findStaleAnswers(initial, mixed, [read('Soak Cachezorg', 1_500)], bound)).toEqual([]);
  });

  it('allows either value of an edit whose acknowledgement never came, and owes it nothing', () => {
    const lost = [edit('Soak Cachezorg v1', 'gateway', 1_000, null)];
    expect(findStaleAnswers(initial, lost, [read('Soak Cachezorg', 60_000), read('Soak Cachezorg v1', 60_000)], bound)).toEqual([]);
  });

  it('flags a value no edit wrote, and one from an edit sent only after the answer arrived', () => {
    const stale = findStaleAnswers(initial, throughGateway, [read('Soak Cachezorg v9', 5_000), read('Soak Cachezorg v2', 3_000, 3_990)], bound);
    expect(stale.map(({ value, reason }) => ({ value, reason }))).toEqual([
      { value: 'Soak Cachezorg v9', reason: 'unknown' },
      { value: 'Soak Cachezorg v2', reason: 'early' },
    ]);
  });

  it('judges each key by its own edits, and a field that was empty before the run by null', () => {
    const other = 'lidmaatschap 17 toelichting';
    const edits = [...throughGateway, { key: other, value: 'Soak toelichting v1', path: 'gateway' as const, sentMs: 2_000, acknowledgedMs: 2_010 }];
    const reads = [{ ...read(null, 1_500), key: other }, { ...read(null, 2_500), key: other }, read('Soak Cachezorg v1', 2_500)];
    expect(findStaleAnswers(new Map([...initial, [other, null]]), edits, reads, bound)).toMatchObject([{ key: other, value: null, expected: 'Soak toelichting v1', reason: 'older' }]);
  });
});

describe('how long an edit went unseen', () => {
  it('is the latest read sent after the acknowledgement that still showed an older value', () => {
    const edits = [edit('Soak Cachezorg v1', 'elsewhere', 1_000, 1_050), edit('Soak Cachezorg v2', 'gateway', 8_000, 8_020)];
    const reads = [read('Soak Cachezorg', 1_040), read('Soak Cachezorg', 2_050), read('Soak Cachezorg', 3_250), read('Soak Cachezorg v1', 3_300), read('Soak Cachezorg v2', 8_030)];
    expect(longestUnseen(initial, edits, reads).map(({ unseenMs }) => unseenMs)).toEqual([2_200, null]);
  });
});
