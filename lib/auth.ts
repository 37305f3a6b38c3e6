import { GraphQLError } from 'graphql';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { ConfigError } from './config.js';

/**
 * For local use only. The hub refuses to start in production mode with this secret, so a token
 * printed by `npm run token` can never open a production hub.
 */
export const developmentSecret = 'vangnet-development-secret-not-for-production';

export const rollen = ['TRANSFERPUNT', 'ZORGAANBIEDER', 'WONINGCORPORATIE'] as const;
export type Rol = (typeof rollen)[number];

export interface Gebruiker {
  id: string;
  rollen: Rol[];
  /** The region whose Transferpunt or Matchingspunt the user works for. */
  regio: string | null;
  /** The partner id of the organisation the user acts for. */
  organisatie: string | null;
}

export interface AuthConfig {
  mode: 'development' | 'production';
  secret: Uint8Array;
  issuer: string;
  audience: string;
}

export function authConfigFrom(mode: 'development' | 'production', secret: string | undefined): AuthConfig {
  const problems: string[] = [];
  if (mode === 'production' && (secret === undefined || secret === developmentSecret)) {
    problems.push('JWT_SECRET must be set to a secret of your own in production mode; the development secret is refused');
  }
  if (secret !== undefined && secret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  if (problems.length > 0) throw new ConfigError(problems);
  return { mode, secret: new TextEncoder().encode(secret ?? developmentSecret), issuer: 'vangnet', audience: 'vangnet' };
}

export async function signToken(gebruiker: Gebruiker, config: AuthConfig, expiresIn = '8h'): Promise<string> {
  return new SignJWT({ rollen: gebruiker.rollen, regio: gebruiker.regio, organisatie: gebruiker.organisatie })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(gebruiker.id)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(config.secret);
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Reads `Authorization: Bearer <jwt>`; no header means an anonymous user (null). */
export async function authenticate(authorization: string | undefined, config: AuthConfig): Promise<Gebruiker | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1]!, config.secret, {
      issuer: config.issuer,
      audience: config.audience,
      algorithms: ['HS256'],
    });
    const claimed = Array.isArray(payload.rollen) ? payload.rollen : [];
    return {
      id: String(payload.sub ?? ''),
      rollen: claimed.filter((rol): rol is Rol => (rollen as readonly string[]).includes(String(rol))),
      regio: typeof payload.regio === 'string' ? payload.regio : null,
      organisatie: typeof payload.organisatie === 'string' ? payload.organisatie : null,
    };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired');
    throw unauthenticated('The token is not valid');
  }
}

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const mode = env.VANGNET_MODE?.trim() || 'development';
  if (mode !== 'development' && mode !== 'production') {
    throw new ConfigError([`VANGNET_MODE must be development or production, got "${mode}"`]);
  }
  return authConfigFrom(mode, env.JWT_SECRET?.trim() || undefined);
}
