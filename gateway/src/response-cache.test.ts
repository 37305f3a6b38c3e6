import { describe, expect, it } from 'vitest';
import { instanceHeader } from '../../lib/data-footprint.js';
import { seedReden } from '../../lib/history.js';
import { writtenBy } from './plugins/response-cache.js';
import { ChangeFeedFollower, type ChangeFeedFollowerOptions, type FeedLine } from './change-feed-follower.js';
import { matchesIfNoneMatch, ReadSet, ResponseStore } from './response-cache.js';

function readSet(tokens: Record<string, string[]>): ReadSet {
  const reads = new ReadSet();
  for (const [subgraph, list] of Object.entries(tokens)) reads.add(subgraph, list);
  return reads;
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('the response store', () => {
  it('drops exactly the answers that hold data of a changed subgraph', () => {
    const store = new ResponseStore(1_000_000, 60_000);
    store.set('regios', '{"data":1}', ['regions'], readSet({ regions: ['regio'] }), store.epoch, 0);
    store.set('partners', '{"data":2}', ['partners'], readSet({ partners: ['partner'] }), store.epoch, 0);
    store.set('regio-met-partners', '{"data":3}', ['regions', 'partners'], readSet({ regions: ['regio'], partners: ['*'] }), store.epoch, 0);
    store.invalidate([{ subgraph: 'partners', written: 'all' }]);
    expect(store.get('regios', 1)?.body).toBe('{"data":1}');
    expect(store.get('partners', 1)).toBeUndefined();
    expect(store.get('regio-met-partners', 1)).toBeUndefined();
  });

  it('drops an answer that read a changed record by its key, or its whole relation, and keeps the others', () => {
    const store = new ResponseStore(1_000_000, 60_000);
    store.set('p1', '1', ['partners'], readSet({ partners: ['partner#p1', 'partner_rol'] }), store.epoch, 0);
    store.set('p2', '2', ['partners'], readSet({ partners: ['partner#p2', 'partner_rol'] }), store.epoch, 0);
    store.set('zoek', '3', ['partners'], readSet({ partners: ['partner', 'partner_rol'] }), store.epoch, 0);
    store.set('regios', '4', ['regions'], readSet({ regions: ['regio', 'lidmaatschap'] }), store.epoch, 0);
    store.set('geschiedenis', '5', ['partners'], readSet({ partners: ['partner#p3', 'wijziging'] }), store.epoch, 0);
    // A feed line PARTNER p1: a write of partner#p1 and of the feed.
    store.invalidate([{ subgraph: 'partners', written: ['partner#p1', 'wijziging'] }]);
    expect(store.get('p1', 1)).toBeUndefined();
    expect(store.get('zoek', 1)).toBeUndefined();
    expect(store.get('geschiedenis', 1)).toBeUndefined();
    expect(store.get('p2', 1)?.body).toBe('2');
    expect(store.get('regios', 1)?.body).toBe('4');
    // A write of a whole relation meets every answer that read it, by key or whole.
    store.invalidate([{ subgraph: 'partners', written: ['partner_rol'] }]);
    expect(store.get('p2', 1)).toBeUndefined();
    // The same relation name in another subgraph is another relation.
    store.set('p2', '2', ['partners'], readSet({ partners: ['partner#p2'] }), store.epoch, 0);
    store.invalidate([{ subgraph: 'regions', written: ['partner#p2', 'partner'] }]);
    expect(store.get('p2', 1)?.body).toBe('2');
    // `*` in a write or a read means all of that subgraph.
    store.invalidate([{ subgraph: 'partners', written: ['*'] }]);
    expect(store.get('p2', 1)).toBeUndefined();
    store.set('alles', '6', ['regions'], readSet({ regions: ['*'] }), store.epoch, 0);
    store.invalidate([{ subgraph: 'regions', written: ['afspraak#a1'] }]);
    expect(store.get('alles', 1)).toBeUndefined();
    expect(store.get('regios', 1)?.body).toBe('4');
  });

  it('refuses an answer computed while something was invalidated, so a slow read never stores what an edit replaced', () => {
    const store = new ResponseStore(1_000_000, 60_000);
    const epochAtStart = store.epoch;
    store.invalidate([{ subgraph: 'voorzieningen', written: ['product#15G01'] }]);
    expect(store.set('regios', '{}', ['regions'], readSet({ regions: ['regio'] }), epochAtStart, 0)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('stays within its byte bound, the least recently used answer going first', () => {
    const store = new ResponseStore(3_400, 60_000);
    const body = 'x'.repeat(400);
    store.set('a', body, ['regions'], readSet({ regions: ['regio'] }), store.epoch, 0);
    store.set('b', body, ['regions'], readSet({ regions: ['regio'] }), store.epoch, 0);
    store.get('a', 1);
    store.set('c', body, ['regions'], readSet({ regions: ['regio'] }), store.epoch, 0);
    store.set('d', body, ['regions'], readSet({ regions: ['regio'] }), store.epoch, 0);
    expect(store.bytes).toBeLessThanOrEqual(3_400);
    expect(store.get('b', 2)).toBeUndefined();
    expect(store.get('a', 2)).toBeDefined();
    expect(store.stats.evictions).toBeGreaterThan(0);
  });

  it('forgets an answer after its time to live', () => {
    const store = new ResponseStore(1_000_000, 1_000);
    store.set('a', '{}', ['regions'], readSet({ regions: ['regio'] }), store.epoch, 0);
    expect(store.get('a', 999)).toBeDefined();
    expect(store.get('a', 1_000)).toBeUndefined();
    expect(store.bytes).toBe(0);
  });

  it('reads feed lines as writes of the records they name, and a seed\'s or an unknown kind\'s as a change to anything', () => {
    const line = (soort: string, sleutel: string, reden = 'Nieuw telefoonnummer') => ({ nr: 1, soort, sleutel, reden });
    expect(writtenBy([line('PARTNER', 'tactus'), line('PRODUCT', '15G01'), line('PARTNER', 'tactus')])).toEqual(['wijziging', 'partner#tactus', 'product#15G01']);
    expect(writtenBy([line('PARTNER', 'tactus'), line('PARTNER', 'iriszorg', seedReden)])).toBe('all');
    expect(writtenBy([line('ONBEKEND', 'x')])).toBe('all');
    expect(writtenBy('all')).toBe('all');
  });

  it('compares If-None-Match as RFC 9110 asks for GET (weak, lists, any)', () => {
    expect(matchesIfNoneMatch('"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abd"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch(null, '"abc"')).toBe(false);
  });
});

/** A partners feed in memory: changes numbered from 1, pages of `first`, cursors as the numbers. */
function feedServer(changes: number[], state: { down: boolean; instance?: string }): typeof fetch {
  return (async (_url: string, init: RequestInit) => {
    if (state.down) throw new Error('connection refused');
    const { variables } = JSON.parse(String(init.body)) as { variables: { na: string | null } };
    const after = Number(variables.na ?? 0);
    const page = changes.filter((nr) => nr > after).slice(0, 100);
    const cursor = String(page.at(-1) ?? after);
    const wijzigingen = page.map((nr) => ({ nr, soort: 'PARTNER', sleutel: `p${nr}`, reden: 'test' }));
    return new Response(JSON.stringify({ data: { partnerwijzigingen: { cursor, heeftMeer: changes.some((nr) => nr > Number(cursor)), wijzigingen } } }), {
      headers: state.instance ? { [instanceHeader]: state.instance } : {},
    });
  }) as typeof fetch;
}

/** A follower of that feed alone, with these hooks. */
function partnersFollower(changes: number[], state: { down: boolean; instance?: string }, hooks: Pick<ChangeFeedFollowerOptions, 'onChange' | 'onFailure'> & { now?: () => number }): ChangeFeedFollower {
  return new ChangeFeedFollower({
    feeds: { partners: 'partnerwijzigingen' },
    endpoints: () => [{ name: 'partners', url: 'http://partners.test/graphql' }],
    fetch: feedServer(changes, state),
    pollMs: 1_000,
    timeoutMs: 1_000,
    logger: quiet,
    ...hooks,
  });
}

describe('the change feed follower', () => {
  it('reads a feed to its end, reports a subgraph once per poll that found changes, and vouches for it from when the read began', async () => {
    const changes = Array.from({ length: 250 }, (_, i) => i + 1);
    const state = { down: false };
    const changed: string[] = [];
    let now = 1_000;
    const follower = partnersFollower(changes, state, { onChange: (subgraph) => changed.push(subgraph), onFailure: () => undefined, now: () => now });
    await follower.pollOnce();
    expect(changed).toEqual(['partners']);
    expect(follower.syncedAt('partners')).toBe(1_000);

    now = 2_000;
    await follower.pollOnce();
    expect(changed).toEqual(['partners']);
    expect(follower.syncedAt('partners')).toBe(2_000);

    changes.push(251);
    now = 3_000;
    await follower.pollOnce();
    expect(changed).toEqual(['partners', 'partners']);
  });

  it('names the changed records, and reports everything when the backlog is long or the subgraph started again', async () => {
    const changes = [1, 2];
    const state: { down: boolean; instance?: string } = { down: false, instance: 'start-1' };
    const reports: Array<readonly FeedLine[] | 'all'> = [];
    const follower = partnersFollower(changes, state, { onChange: (_subgraph, lines) => reports.push(lines), onFailure: () => undefined });
    await follower.pollOnce();
    expect(reports).toEqual([[{ nr: 1, soort: 'PARTNER', sleutel: 'p1', reden: 'test' }, { nr: 2, soort: 'PARTNER', sleutel: 'p2', reden: 'test' }]]);
    changes.push(3);
    await follower.pollOnce();
    expect(reports.at(-1)).toEqual([{ nr: 3, soort: 'PARTNER', sleutel: 'p3', reden: 'test' }]);
    // Nothing new, but another process answers: it may have loaded other source files.
    state.instance = 'start-2';
    await follower.pollOnce();
    expect(reports.at(-1)).toBe('all');
    expect(reports).toHaveLength(3);
    await follower.pollOnce();
    expect(reports).toHaveLength(3);
    for (let nr = 4; nr <= 1_100; nr += 1) changes.push(nr);
    await follower.pollOnce();
    expect(reports.at(-1)).toBe('all');
  });

  it('reads a backlog longer than one poll over several polls, vouching for the subgraph only at its end, and calls that no failure', async () => {
    const changes = Array.from({ length: 20_150 }, (_, i) => i + 1);
    const failures: string[] = [];
    const follower = partnersFollower(changes, { down: false }, { onChange: () => undefined, onFailure: (subgraph) => failures.push(subgraph) });
    await follower.pollOnce();
    expect(follower.syncedAt('partners')).toBeUndefined();
    await follower.pollOnce();
    expect(follower.syncedAt('partners')).toBeDefined();
    expect(failures).toEqual([]);
  });

  it('stops vouching for a subgraph whose feed cannot be read, until it can again', async () => {
    const state = { down: false };
    const failures: string[] = [];
    const follower = partnersFollower([1, 2], state, { onChange: () => undefined, onFailure: (subgraph) => failures.push(subgraph) });
    await follower.pollOnce();
    expect(follower.syncedAt('partners')).toBeDefined();
    state.down = true;
    await follower.pollOnce();
    expect(follower.syncedAt('partners')).toBeUndefined();
    expect(failures).toEqual(['partners']);
    state.down = false;
    await follower.pollOnce();
    expect(follower.syncedAt('partners')).toBeDefined();
  });
});
