import { describe, expect, it } from 'vitest';
import { startInMemoryGateway } from '../../../test/harness/in-memory-gateway.js';
import { waitFor } from '../../../test/harness/wait.js';

describe('the response cache without readable change feeds', () => {
  it('serves nothing from the cache while it cannot read the feeds of the subgraphs an answer holds, and says why in the log', async () => {
    // The stub subgraphs are called regions and partners but have no change feed.
    const gateway = startInMemoryGateway({ RESPONSE_CACHE: 'true', RESPONSE_CACHE_FEED_POLL_MS: '50', RESPONSE_CACHE_MAX_STALE_MS: '500' });
    await waitFor(() => gateway.logLines.some((line) => line.message === 'change feed not readable; the response cache serves nothing of this subgraph until it is'), 5_000, 20);
    const query = '{ regios { code naam } }';
    const before = gateway.subgraphCalls.filter((call) => call.body.includes('regios')).length;
    for (let i = 0; i < 3; i++) {
      const answer = await gateway.graphql(query);
      expect(answer.errors).toBeUndefined();
      expect(answer.headers.get('x-vangnet-cache')).toBe('bypass');
    }
    const calls = gateway.subgraphCalls.filter((call) => call.body.includes('regios'));
    expect(calls.length - before).toBe(3);
    // Calls made in one cache epoch may share a subgraph call; a call after an invalidation may not join one from before.
    expect(calls.at(-1)!.headers.get('x-vangnet-cache-epoch')).toMatch(/^\d+$/);
  });
});
