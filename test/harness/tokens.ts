import { authConfigFrom, signToken, type Gebruiker } from '../../lib/auth.js';

const development = authConfigFrom('development', undefined);

/** Signs a token exactly as `npm run token` does, for a test user. */
export async function tokenVoor(gebruiker: Partial<Gebruiker> & Pick<Gebruiker, 'rollen'>, expiresIn = '1h'): Promise<string> {
  return signToken({ id: gebruiker.id ?? `test-${gebruiker.rollen.join('-')}`, regio: null, organisatie: null, ...gebruiker }, development, expiresIn);
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The people the directory tests act as: two region stewards, the hub steward, and a woonopties role that may not edit. */
export interface DirectoryActors {
  stewardNv: Record<string, string>;
  stewardOv: Record<string, string>;
  hubSteward: Record<string, string>;
  transferpunt: Record<string, string>;
}

export async function directoryActors(): Promise<DirectoryActors> {
  return {
    stewardNv: bearer(await tokenVoor({ id: 'beheerder-nv', rollen: ['REGIOBEHEERDER'], regio: 'noord-veluwe', organisatie: 'gemeente-harderwijk' })),
    stewardOv: bearer(await tokenVoor({ id: 'beheerder-ov', rollen: ['REGIOBEHEERDER'], regio: 'oost-veluwe', organisatie: 'gemeente-apeldoorn' })),
    hubSteward: bearer(await tokenVoor({ id: 'hubbeheerder', rollen: ['HUBBEHEERDER'], regio: null, organisatie: 'vangnet' })),
    transferpunt: bearer(await tokenVoor({ id: 'tp-nml', rollen: ['TRANSFERPUNT'], regio: 'noord-en-midden-limburg', organisatie: 'gemeente-venlo' })),
  };
}
