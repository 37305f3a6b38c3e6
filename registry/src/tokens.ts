import { jwtVerify, SignJWT } from 'jose';
import { ConfigError } from '../../lib/config.js';

/** Local use only; the registry refuses to start in production mode with it. */
export const developmentRegistrySecret = 'vangnet-registry-development-secret-not-for-production';

export interface Uitgever {
  id: string;
  /** Subgraph names this token may publish and check. */
  subgraphs: string[];
  admin: boolean;
  /** May report the gateway's usage counts (POST /usage); given to gateways, not to regions. */
  usage?: boolean;
  /** App names whose versions this token may register and retire (an app's build gets one). */
  apps?: string[];
}

export function registrySecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const mode = env.VANGNET_MODE?.trim() || 'development';
  const secret = env.REGISTRY_SECRET?.trim() || undefined;
  if (mode === 'production' && (!secret || secret === developmentRegistrySecret)) {
    throw new ConfigError(['REGISTRY_SECRET must be set to a secret of your own in production mode; the development secret is refused']);
  }
  return new TextEncoder().encode(secret ?? developmentRegistrySecret);
}

export function signRegistryToken(uitgever: Uitgever, secret: Uint8Array, expiresIn = '30d'): Promise<string> {
  return new SignJWT({ subgraphs: uitgever.subgraphs, admin: uitgever.admin, ...(uitgever.usage ? { usage: true } : {}), ...(uitgever.apps?.length ? { apps: uitgever.apps } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(uitgever.id)
    .setIssuer('vangnet-registry')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secret);
}

export async function verifyRegistryToken(authorization: string | undefined, secret: Uint8Array): Promise<Uitgever | null> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: 'vangnet-registry', algorithms: ['HS256'] });
    return {
      id: String(payload.sub ?? ''),
      subgraphs: Array.isArray(payload.subgraphs) ? payload.subgraphs.map(String) : [],
      admin: payload.admin === true,
      usage: payload.usage === true,
      apps: Array.isArray(payload.apps) ? payload.apps.map(String) : [],
    };
  } catch {
    return null;
  }
}
