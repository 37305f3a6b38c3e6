import type { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify, SignJWT, errors as joseErrors, type JWTPayload } from 'jose';
import { readConfig, type EnvReader } from './config.js';
import { codedError } from './error-codes.js';

/**
 * For local use only. The hub refuses to start in production mode with this secret, so a token
 * printed by `npm run token` can never open a production hub.
 */
export const developmentSecret = 'vangnet-development-secret-not-for-production';

/**
 * Woonopties' roles, and the directory's stewards: a REGIOBEHEERDER keeps one region's directory,
 * a HUBBEHEERDER every region's and the records that several regions share.
 */
export const rollen = ['TRANSFERPUNT', 'ZORGAANBIEDER', 'WONINGCORPORATIE', 'REGIOBEHEERDER', 'HUBBEHEERDER'] as const;
export type Rol = (typeof rollen)[number];

export interface Gebruiker {
  id: string;
  rollen: Rol[];
  /** The region whose Transferpunt, Matchingspunt or directory the user works for. */
  regio: string | null;
  /** The partner id of the organisation the user acts for. */
  organisatie: string | null;
}

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * Development signs and checks tokens with one shared secret (HS256); production only checks them,
 * against the public keys of the identity provider (RS256 or ES256), so no secret that could mint
 * a token lives on the hub.
 */
export type AuthConfig =
  | { mode: 'development'; secret: Uint8Array; issuer: string; audience: string }
  | { mode: 'production'; keySet: KeySet; jwksUrl: string; issuer: string; audience: string };

const productionAlgorithms = ['RS256', 'ES256'];

export function authConfigFrom(mode: 'development' | 'production', secret: string | undefined): AuthConfig {
  return readConfig((read) => readAuthSettings(read), {
    VANGNET_MODE: mode,
    ...(secret === undefined ? {} : { JWT_SECRET: secret }),
  });
}

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * Reads the token settings into the caller's configuration, so that a service lists its own bad
 * variables and these in one go.
 */
export function readAuthSettings(read: EnvReader): AuthConfig {
  const mode = read.oneOf('VANGNET_MODE', ['development', 'production'] as const, 'development');
  const secret = read.optionalString('JWT_SECRET');
  const jwksUrl = read.optionalString('JWKS_URL');
  if (mode === 'development') {
    if (secret !== undefined && secret.length < 32) read.problem('JWT_SECRET must be at least 32 characters');
    if (jwksUrl !== undefined) read.problem('JWKS_URL is for production mode; development mode checks tokens with the development secret (or JWT_SECRET)');
    return {
      mode,
      secret: new TextEncoder().encode(secret ?? developmentSecret),
      issuer: read.string('JWT_ISSUER', 'vangnet'),
      audience: read.string('JWT_AUDIENCE', 'vangnet'),
    };
  }
  if (secret === developmentSecret) read.problem('JWT_SECRET is the development secret, which production mode refuses; production checks tokens against JWKS_URL');
  else if (secret !== undefined) read.problem('JWT_SECRET is for development mode only; production checks tokens against JWKS_URL');
  let url: URL | undefined;
  if (jwksUrl === undefined) {
    read.problem('JWKS_URL must be set in production mode: the identity provider\'s JSON Web Key Set');
  } else {
    try {
      url = new URL(jwksUrl);
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
        read.problem(`JWKS_URL must be an https URL (plain http only on localhost), got "${jwksUrl}"`);
      }
    } catch {
      read.problem(`JWKS_URL must be a URL, got "${jwksUrl}"`);
    }
  }
  const issuer = read.optionalString('JWT_ISSUER');
  const audience = read.optionalString('JWT_AUDIENCE');
  if (issuer === undefined) read.problem('JWT_ISSUER must be set in production mode: the "iss" of the identity provider\'s tokens');
  if (audience === undefined) read.problem('JWT_AUDIENCE must be set in production mode: the "aud" the identity provider gives tokens for the hub');
  return {
    mode,
    // The key set is fetched on the first token and cached; a token with an unknown key id fetches it again.
    keySet: createRemoteJWKSet(url ?? new URL('https://invalid.invalid/'), { timeoutDuration: 3_000, cooldownDuration: 30_000 }),
    jwksUrl: jwksUrl ?? '',
    issuer: issuer ?? '',
    audience: audience ?? '',
  };
}

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return readConfig((read) => readAuthSettings(read), env);
}

export async function signToken(gebruiker: Gebruiker, config: AuthConfig, expiresIn = '8h'): Promise<string> {
  if (config.mode !== 'development') throw new Error('tokens are signed by the identity provider in production mode');
  return new SignJWT({ rollen: gebruiker.rollen, regio: gebruiker.regio, organisatie: gebruiker.organisatie })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(gebruiker.id)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(config.secret);
}

export function unauthenticated(message: string, cause?: unknown): GraphQLError {
  return codedError('UNAUTHENTICATED', message, {}, cause instanceof Error ? { originalError: cause } : {});
}

export function forbidden(message: string): GraphQLError {
  return codedError('FORBIDDEN', message);
}

/** True when the token could not be checked because the identity provider's keys did not arrive. */
export function isKeySetUnavailable(error: GraphQLError): boolean {
  return error.originalError !== undefined && error.originalError !== null;
}

/**
 * Tokens whose signature and claims were checked in the last minute, by their exact text. A user
 * sends the same token with every request, and checking it (an HMAC, or an RSA or EC signature in
 * production) was 8 % of the gateway's CPU on the werklijst (bench/report.md, "Where the gateway's
 * CPU goes"). A token is checked again after a minute, so a key the identity provider withdraws stops
 * working within that minute as well, and at once when it expires.
 */
const checkedTokens = new WeakMap<AuthConfig, Map<string, { payload: JWTPayload; checkedAt: number }>>();
const recheckAfterMs = 60_000;
const maxCheckedTokens = 10_000;

async function verify(token: string, config: AuthConfig): Promise<JWTPayload> {
  let checked = checkedTokens.get(config);
  if (!checked) checkedTokens.set(config, (checked = new Map()));
  const now = Date.now();
  const seen = checked.get(token);
  if (seen && now - seen.checkedAt < recheckAfterMs && now >= seen.checkedAt && (typeof seen.payload.exp !== 'number' || now < seen.payload.exp * 1000)) return seen.payload;
  checked.delete(token);
  const payload = await verifySignature(token, config);
  // The oldest check goes first: a Map keeps the order in which keys were set.
  if (checked.size >= maxCheckedTokens) checked.delete(checked.keys().next().value!);
  checked.set(token, { payload, checkedAt: now });
  return payload;
}

async function verifySignature(token: string, config: AuthConfig): Promise<JWTPayload> {
  const options = { issuer: config.issuer, audience: config.audience };
  if (config.mode === 'development') return (await jwtVerify(token, config.secret, { ...options, algorithms: ['HS256'] })).payload;
  return (await jwtVerify(token, config.keySet, { ...options, algorithms: productionAlgorithms })).payload;
}

/**
 * Reads `Authorization: Bearer <jwt>`; no header means an anonymous user (null). The gateway and
 * the subgraphs that check tokens themselves call this one function, so they never disagree.
 */
export async function authenticate(authorization: string | undefined | null, config: AuthConfig): Promise<Gebruiker | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  let payload: JWTPayload;
  try {
    payload = await verify(match[1]!, config);
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired');
    // A key set that cannot be fetched is the hub's problem, not the token's; the caller logs it.
    if (error instanceof joseErrors.JWKSTimeout || !(error instanceof joseErrors.JOSEError)) {
      throw unauthenticated('The token could not be checked right now; try again later', error);
    }
    throw unauthenticated('The token is not valid');
  }
  const claimed = Array.isArray(payload.rollen) ? payload.rollen : [];
  return {
    id: String(payload.sub ?? ''),
    rollen: claimed.filter((rol): rol is Rol => (rollen as readonly string[]).includes(String(rol))),
    regio: typeof payload.regio === 'string' ? payload.regio : null,
    organisatie: typeof payload.organisatie === 'string' ? payload.organisatie : null,
  };
}
