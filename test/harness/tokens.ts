import { authConfigFrom, signToken, type Gebruiker } from '../../lib/auth.js';

const development = authConfigFrom('development', undefined);

/** Signs a token exactly as `npm run token` does, for a test user. */
export async function tokenVoor(gebruiker: Partial<Gebruiker> & Pick<Gebruiker, 'rollen'>, expiresIn = '1h'): Promise<string> {
  return signToken({ id: gebruiker.id ?? `test-${gebruiker.rollen.join('-')}`, regio: null, organisatie: null, ...gebruiker }, development, expiresIn);
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
