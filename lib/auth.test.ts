import { afterEach, describe, expect, it, vi } from 'vitest';
import { authConfigFrom, authenticate, signToken, type AuthConfig } from './auth.js';

const gebruiker = { id: 'medewerker-1', rollen: ['TRANSFERPUNT' as const], regio: 'noord-veluwe', organisatie: null };

afterEach(() => {
  vi.useRealTimers();
});

describe('checking a token', () => {
  it('checks a token again after a minute: within it the same token is not checked anew, after it a withdrawn key no longer opens', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-03T09:00:00Z'), toFake: ['Date'] });
    const config = authConfigFrom('development', 'een-geheim-voor-deze-test-van-minstens-32-tekens') as Extract<AuthConfig, { mode: 'development' }>;
    const token = await signToken(gebruiker, config);
    expect(await authenticate(`Bearer ${token}`, config)).toEqual(gebruiker);
    // The key is withdrawn (another secret in the same configuration): a check now would refuse the token.
    config.secret.fill(0);
    vi.setSystemTime(Date.parse('2026-12-03T09:00:59Z'));
    expect(await authenticate(`Bearer ${token}`, config)).toEqual(gebruiker);
    vi.setSystemTime(Date.parse('2026-12-03T09:01:01Z'));
    await expect(authenticate(`Bearer ${token}`, config)).rejects.toThrow('The token is not valid');
  });

  it('refuses a token the moment it expires, even when it was checked less than a minute before', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-03T09:00:00Z'), toFake: ['Date'] });
    const config = authConfigFrom('development', 'een-geheim-voor-deze-test-van-minstens-32-tekens');
    const token = await signToken(gebruiker, config, '30s');
    expect(await authenticate(`Bearer ${token}`, config)).toEqual(gebruiker);
    vi.setSystemTime(Date.parse('2026-12-03T09:00:30Z'));
    await expect(authenticate(`Bearer ${token}`, config)).rejects.toThrow('The token has expired');
  });

  it('never takes one token for another: a token with another signature is checked on its own', async () => {
    const config = authConfigFrom('development', 'een-geheim-voor-deze-test-van-minstens-32-tekens');
    const token = await signToken(gebruiker, config);
    expect(await authenticate(`Bearer ${token}`, config)).toEqual(gebruiker);
    const forged = `${token.slice(0, token.lastIndexOf('.') + 1)}${'A'.repeat(43)}`;
    await expect(authenticate(`Bearer ${forged}`, config)).rejects.toThrow('The token is not valid');
  });
});
