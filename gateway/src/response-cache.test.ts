import { describe, expect, it } from 'vitest';
import { ChangeFeedFollower } from './change-feed-follower.js';
import { matchesIfNoneMatch, ResponseStore } from './response-cache.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('the response store', () => {
  it('drops exactly the answers that hold data of a changed subgraph', () => {
    const store = new ResponseStore(1_000_000, 60_000);
    store.set('regios', '{"data":1}', ['regions'], store.epoch, 0);
    store.set('partners', '{"data":2}', ['partners'], store.epoch, 0);
    store.set('regio-met-partners', '{"data":3}', ['regions', 'partners'], store.epoch, 0);
    store.invalidateSubgraphs(['partners']);
    expect(store.get('regios', 1)?.body).toBe('{"data":1}');
    expect(store.get('partners', 1)).toBeUndefined();
    expect(store.get('regio-met-partners', 1)).toBeUndefined();
  });

  it('refuses an answer computed while something was invalidated, so a slow read never stores what an edit replaced', () => {
    const store = new ResponseStore(1_000_000, 60_000);
    const epochAtStart = store.epoch;
    store.invalidateSubgraphs(['voorzieningen']);
    expect(store.set('regios', '{}', ['regions'], epochAtStart, 0)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('stays within its byte bound, the least recently used answer going first', () => {
    const store = new ResponseStore(3_000, 60_000);
    const body = 'x'.repeat(400);
    store.set('a', body, ['regions'], store.epoch, 0);
    store.set('b', body, ['regions'], store.epoch, 0);
    store.get('a', 1);
    store.set('c', body, ['regions'], store.epoch, 0);
    store.set('d', body, ['regions'], store.epoch, 0);
    expect(store.bytes).toBeLessThanOrEqual(3_000);
    expect(store.get('b', 2)).toBeUndefined();
    expect(store.get('a', 2)).toBeDefined();
    expect(store.stats.evictions).toBeGreaterThan(0);
  });

  it('forgets an answer after its time to live', () => {
    const store = new ResponseStore(1_000_000, 1_000);
    store.set('a', '{}', ['regions'], store.epoch, 0);
    expect(store.get('a', 999)).toBeDefined();
    expect(store.get('a', 1_000)).toBeUndefined();
    expect(store.bytes).toBe(0);
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
function feedServer(changes: number[], state: { down: boolean }): typeof fetch {
  return (async (_url: string, init: RequestInit) => {
    if (state.down) throw new Error('connection refused');
    const { variables } = JSON.parse(String(init.body)) as { variables: { na: string | null } };
    const after = Number(variables.na ?? 0);
    const page = changes.filter((nr) => nr > after).slice(0, 100);
    const cursor = String(page.at(-1) ?? after);
    return new Response(JSON.stringify({ data: { partnerwijzigingen: { cursor, heeftMeer: changes.some((nr) => nr > Number(cursor)), wijzigingen: page.map((nr) => ({ nr })) } } }));
  }) as typeof fetch;
}

describe('the change feed follower', () => {
  it('reads a feed to its end, reports a subgraph once per poll that found changes, and vouches for it from when the read began', async () => {
    const changes = Array.from({ length: 250 }, (_, i) => i + 1);
    const state = { down: false };
    const changed: string[] = [];
    let now = 1_000;
    const follower = new ChangeFeedFollower({
      feeds: { partners: 'partnerwijzigingen' },
      endpoints: () => [{ name: 'partners', url: 'http://partners.test/graphql' }],
      fetch: feedServer(changes, state),
      pollMs: 1_000,
      timeoutMs: 1_000,
      onChange: (subgraph) => changed.push(subgraph),
      onFailure: () => undefined,
      logger: quiet,
      now: () => now,
    });
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

  it('stops vouching for a subgraph whose feed cannot be read, until it can again', async () => {
    const state = { down: false };
    const failures: string[] = [];
    const follower = new ChangeFeedFollower({
      feeds: { partners: 'partnerwijzigingen' },
      endpoints: () => [{ name: 'partners', url: 'http://partners.test/graphql' }],
      fetch: feedServer([1, 2], state),
      pollMs: 1_000,
      timeoutMs: 1_000,
      onChange: () => undefined,
      onFailure: (subgraph) => failures.push(subgraph),
      logger: quiet,
    });
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
