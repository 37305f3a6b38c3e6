import type { IncomingMessage } from 'node:http';
import { authenticate, forbidden, unauthenticated, type AuthConfig, type Gebruiker, type Rol } from './auth.js';

/** Who sent a request to a subgraph that checks tokens itself. */
export interface Aanvrager {
  gebruiker: Gebruiker | null;
  /** Set when a token was sent but is not valid: then every operation is refused. */
  tokenFout: Error | null;
}

/** Reads the forwarded token once per request; a bad token is kept and refused when used, not ignored. */
export async function aanvragerVan(request: IncomingMessage, auth: AuthConfig): Promise<Aanvrager> {
  try {
    return { gebruiker: await authenticate(request.headers.authorization, auth), tokenFout: null };
  } catch (error) {
    return { gebruiker: null, tokenFout: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** The user behind the request, or null when anonymous; an invalid token is never treated as anonymous. */
export function gebruikerVan(aanvrager: Aanvrager): Gebruiker | null {
  if (aanvrager.tokenFout) throw aanvrager.tokenFout;
  return aanvrager.gebruiker;
}

export function vereisGebruiker(aanvrager: Aanvrager): Gebruiker {
  const gebruiker = gebruikerVan(aanvrager);
  if (!gebruiker) throw unauthenticated('Sign in: this needs a token (Authorization: Bearer <token>)');
  return gebruiker;
}

export function heeftRol(gebruiker: Gebruiker | null, rol: Rol): boolean {
  return gebruiker?.rollen.includes(rol) ?? false;
}

export function isHubbeheerder(gebruiker: Gebruiker | null): boolean {
  return heeftRol(gebruiker, 'HUBBEHEERDER');
}

/** A steward may keep a region's directory: a hub steward any region's, a region steward only their own. */
export function isBeheerderVan(gebruiker: Gebruiker | null, regioCode: string): boolean {
  return isHubbeheerder(gebruiker) || (heeftRol(gebruiker, 'REGIOBEHEERDER') && gebruiker?.regio === regioCode);
}

/**
 * The steward who may make a change that touches these regions' facts. A change to a record that
 * several regions share, and that alters another region's facts, needs a hub steward; a change
 * that touches no region (an organisation's details that no region's facts name) needs one too.
 */
export function vereisBeheerder(aanvrager: Aanvrager, regioCodes: readonly string[]): Gebruiker {
  const gebruiker = vereisGebruiker(aanvrager);
  if (isHubbeheerder(gebruiker)) return gebruiker;
  if (!heeftRol(gebruiker, 'REGIOBEHEERDER')) throw forbidden('Only a steward (REGIOBEHEERDER of the region, or HUBBEHEERDER) may change the directory');
  const anderen = [...new Set(regioCodes)].filter((code) => code !== gebruiker.regio);
  if (regioCodes.length === 0 || anderen.length > 0) {
    const wie = anderen.length > 0 ? `the facts of ${anderen.join(', ')}` : 'records that belong to no region';
    throw forbidden(`A steward of ${gebruiker.regio ?? 'no region'} may not change ${wie}; ask a HUBBEHEERDER`);
  }
  return gebruiker;
}

/** Who recorded a version is a person: stewards see it, everyone else sees on whose behalf. */
export function toontAuteurs(aanvrager: Aanvrager): boolean {
  if (aanvrager.tokenFout) return false;
  return heeftRol(aanvrager.gebruiker, 'REGIOBEHEERDER') || heeftRol(aanvrager.gebruiker, 'HUBBEHEERDER');
}

/**
 * A record that does not exist belongs to no region, so any steward may be told it does not exist;
 * anyone else is refused as for any change.
 */
export function vereisEnigeBeheerder(aanvrager: Aanvrager): Gebruiker {
  const regio = gebruikerVan(aanvrager)?.regio;
  return vereisBeheerder(aanvrager, regio ? [regio] : []);
}
