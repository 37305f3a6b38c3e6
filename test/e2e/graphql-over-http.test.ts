import { auditServer } from 'graphql-http';
import { describe, expect, inject, it } from 'vitest';

const { gatewayUrl } = inject('hub');

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http audit against the gateway with no error and no warning', async () => {
    const results = await auditServer({ url: gatewayUrl });
    expect(results.length).toBeGreaterThan(50);
    const problems = results.filter((result) => result.status !== 'ok').map((result) => `${result.status}: ${result.name}`);
    expect(problems).toEqual([]);
  });
});
