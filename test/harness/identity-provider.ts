import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Gebruiker } from '../../lib/auth.js';

export type SigningAlgorithm = 'RS256' | 'ES256';

export interface IdentityProvider {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** The environment that makes a gateway or woonopties trust this provider in production mode. */
  productionEnv: Record<string, string>;
  sign(gebruiker: Gebruiker, options?: { algorithm?: SigningAlgorithm; expiresIn?: string; audience?: string; issuer?: string }): Promise<string>;
  /**
   * The provider's sign-in page: it signs in whoever `signInAs` named (a stand-in for the user's own
   * login) and sends the browser back to `redirect_uri` with the token and `state` in the fragment.
   */
  authorizeUrl: string;
  signInAs(gebruiker: Gebruiker): void;
  close(): Promise<void>;
}

/**
 * A stand-in for a municipality's identity provider: real key pairs, a real JSON Web Key Set over
 * HTTP, tokens signed with the private keys the hub never sees.
 */
export async function startIdentityProvider(): Promise<IdentityProvider> {
  const keys = new Map<SigningAlgorithm, { privateKey: CryptoKey; jwk: JWK }>();
  for (const algorithm of ['RS256', 'ES256'] as const) {
    const { privateKey, publicKey } = await generateKeyPair(algorithm);
    keys.set(algorithm, { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: `test-${algorithm.toLowerCase()}`, alg: algorithm, use: 'sig' } });
  }
  let signedIn: Gebruiker | null = null;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://idp');
    if (url.pathname === '/authorize') {
      const redirect = url.searchParams.get('redirect_uri');
      if (!signedIn || !redirect || url.searchParams.get('response_type') !== 'token') {
        res.statusCode = 400;
        res.end('no user signed in, no redirect_uri, or a response_type other than token');
        return;
      }
      void provider.sign(signedIn).then((token) => {
        const fragment = new URLSearchParams({ access_token: token, token_type: 'Bearer', state: url.searchParams.get('state') ?? '' });
        res.writeHead(302, { location: `${redirect}#${fragment}` }).end();
      });
      return;
    }
    if (req.url !== '/.well-known/jwks.json') {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [...keys.values()].map((key) => key.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const jwksUrl = `${base}/.well-known/jwks.json`;
  const issuer = 'https://login.gemeente.test';
  const audience = 'vangnet-hub';
  const provider: IdentityProvider = {
    jwksUrl,
    issuer,
    audience,
    authorizeUrl: `${base}/authorize?response_type=token&client_id=vangnet-werkbak`,
    signInAs(gebruiker) {
      signedIn = gebruiker;
    },
    productionEnv: { VANGNET_MODE: 'production', JWKS_URL: jwksUrl, JWT_ISSUER: issuer, JWT_AUDIENCE: audience },
    async sign(gebruiker, options = {}) {
      const algorithm = options.algorithm ?? 'RS256';
      const key = keys.get(algorithm)!;
      return new SignJWT({ rollen: gebruiker.rollen, regio: gebruiker.regio, organisatie: gebruiker.organisatie })
        .setProtectedHeader({ alg: algorithm, kid: key.jwk.kid! })
        .setSubject(gebruiker.id)
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? audience)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(key.privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return provider;
}
