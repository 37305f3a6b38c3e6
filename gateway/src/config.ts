import { join } from 'node:path';
import { readAuthSettings, type AuthConfig } from '../../lib/auth.js';
import { readConfig, type EnvReader } from '../../lib/config.js';
import { repositoryRoot } from '../../lib/paths.js';
import { developmentRegistrySecret } from '../../registry/src/tokens.js';

export interface GatewayConfig {
  mode: 'development' | 'production';
  host: string;
  port: number;
  supergraphFile: string;
  /** When set, the supergraph comes from this registry instead of the file. */
  registryUrl: string | undefined;
  /** The last good supergraph from the registry, served when the registry is unreachable at start. */
  supergraphCacheFile: string;
  /** How often the supergraph file is checked for changes, in milliseconds. */
  supergraphPollMs: number;
  /** How long a superseded schema generation may keep serving requests in flight. */
  reloadDrainMs: number;
  /** Time allowed for each subgraph to answer the readiness probe. */
  readinessTimeoutMs: number;
  /** Query limits: hostile queries are refused before they reach a subgraph. */
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** The size assumed for a list field without a `first`/`eerste` argument when costing a query. */
  assumedListSize: number;
  /** Tokens are checked here before any subgraph is asked. */
  auth: AuthConfig;
  /** Requests per minute per client (token subject, else IP address); 0 switches the limit off. */
  rateLimitPerMinute: number;
  /** How many requests a client may send at once before the per-minute rate applies. */
  rateLimitBurst: number;
  /** Take the client's address from the last X-Forwarded-For entry (behind one trusted proxy). */
  trustProxy: boolean;
  maxBodyBytes: number;
  upstreamTimeoutMs: number;
  requestTimeoutMs: number;
  /** JSON file of registered operations (id → document). */
  trustedDocumentsFile: string | undefined;
  /** Only registered operations run; any other query is refused. */
  trustedDocumentsOnly: boolean;
  /** Run the documents of the registry's active app versions by id (`app~version~sha256`). */
  appDocuments: boolean;
  /** The last app documents from the registry, run when the registry is unreachable at start. */
  appDocumentsCacheFile: string;
  introspection: boolean;
  /** Origins a browser may call from; `*` is any origin, an empty list sends no CORS headers. */
  corsOrigins: string[];
  /** Simple requests (GET, form posts) need an `x-graphql-csrf` header. */
  csrfPrevention: boolean;
  /** GraphQL requests in flight beyond which a new one is answered 503 at once; 0 switches shedding off. */
  maxInFlight: number;
  /** The Retry-After of a shed request, in seconds. */
  overloadRetryAfterSeconds: number;
  /** How long a SIGTERM waits for requests in flight before the process exits anyway. */
  shutdownTimeoutMs: number;
  metrics: boolean;
  logRequests: boolean;
  /** `rust`: Hive Router's query planner (native code); `js`: the runtime's own JavaScript planner. */
  queryPlanner: 'rust' | 'js';
  /** Identical subgraph calls in flight at the same moment (same subgraph, query, variables and token) share one request. */
  deduplicateSubgraphCalls: boolean;
  /** Identical queries in flight at the same moment (same document, variables and token) share one execution. */
  shareIdenticalRequests: boolean;
  /** How the gateway sends subgraph calls: plain node:http, or the runtime's WHATWG fetch. */
  subgraphFetch: 'node' | 'whatwg';
  /** Cache anonymous answers of public directory data (README, "Response cache"). */
  responseCache: boolean;
  /** The most the cached answers may take, in bytes (keys and bodies at two bytes a character). */
  responseCacheMaxBytes: number;
  /** How long a cached answer lives at most, in milliseconds. */
  responseCacheTtlMs: number;
  /** How often the change feeds are read for changes made past this gateway. */
  responseCacheFeedPollMs: number;
  /** The longest a change made past this gateway may go unseen: the cache serves nothing of a subgraph whose feed was not read this recently. */
  responseCacheMaxStaleMs: number;
  /** Serve the Transferpunt werkbak at /werkbak/. */
  werkbak: boolean;
  /** Serve the directory's beheer page at /beheer/. */
  beheer: boolean;
  /** Count which schema coordinates each client uses and send the counts to the registry. */
  usageReporting: boolean;
  /** Where usage counts go: USAGE_REGISTRY_URL, else REGISTRY_URL. */
  usageRegistryUrl: string | undefined;
  /** How often the counts are sent, in milliseconds. */
  usageFlushMs: number;
  /** Distinct (hour, client, version, coordinate) keys held while unsent; past it new keys are dropped and counted. */
  usageMaxKeys: number;
  /** A registry token with usage rights; in development the gateway makes one with the development secret. */
  registryToken: string | undefined;
  /** Without REGISTRY_TOKEN (development only), the gateway signs its own usage token with the registry's secret: REGISTRY_SECRET, else the development one. */
  registrySecret: string;
  /** The identity provider's sign-in page for the hub's pages; it sends users back with the token in the URL fragment. */
  loginUrl: string | undefined;
}

function readOrigins(read: EnvReader, fallback: string): string[] {
  const origins = read.string('CORS_ORIGINS', fallback).split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin === '*' || /^https?:\/\/[^/\s]+$/.test(origin)) continue;
    read.problem(`CORS_ORIGINS must be a comma-separated list of origins like https://app.example.nl (no path), or *, got "${origin}"`);
  }
  return origins;
}

/** LOGIN_URL; WERKBAK_LOGIN_URL is its older name, from when the werkbak was the only page. */
function readLoginUrl(read: EnvReader): string | undefined {
  const name = read.optionalString('LOGIN_URL') !== undefined ? 'LOGIN_URL' : 'WERKBAK_LOGIN_URL';
  const url = read.optionalString(name);
  if (url === undefined) return undefined;
  if (!/^https:\/\/\S+$/.test(url) && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/\S*$/.test(url)) {
    read.problem(`${name} must be an https URL (or http on localhost), got "${url}"`);
  }
  return url;
}

/** The supergraph file comes from the first command-line argument, else SUPERGRAPH_FILE, else the committed one. */
export function readGatewayConfig(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Readonly<GatewayConfig> {
  return readConfig((read) => {
    const auth = readAuthSettings(read);
    const production = auth.mode === 'production';
    const trustedDocumentsFile = read.optionalString('TRUSTED_DOCUMENTS_FILE');
    const trustedDocumentsOnly = read.boolean('TRUSTED_DOCUMENTS_ONLY', false);
    const registryUrl = argv[0] ? undefined : read.optionalString('REGISTRY_URL');
    const appDocuments = read.boolean('APP_DOCUMENTS', registryUrl !== undefined);
    if (appDocuments && registryUrl === undefined) read.problem('APP_DOCUMENTS=true needs REGISTRY_URL, the registry the app versions are registered with');
    if (trustedDocumentsOnly && trustedDocumentsFile === undefined && !appDocuments) {
      read.problem('TRUSTED_DOCUMENTS_ONLY=true needs TRUSTED_DOCUMENTS_FILE (the registered operations) or APP_DOCUMENTS with REGISTRY_URL (the registered app versions)');
    }
    const usageRegistryUrl = read.optionalString('USAGE_REGISTRY_URL') ?? registryUrl;
    const usageReporting = read.boolean('USAGE_REPORTING', usageRegistryUrl !== undefined);
    const registryToken = read.optionalString('REGISTRY_TOKEN');
    if (usageReporting && usageRegistryUrl === undefined) read.problem('USAGE_REPORTING=true needs REGISTRY_URL or USAGE_REGISTRY_URL, the registry the counts go to');
    if (usageReporting && production && registryToken === undefined) {
      read.problem('USAGE_REPORTING in production needs REGISTRY_TOKEN, a registry token with usage rights (npm run subgraph -- token --usage, signed with the registry\'s REGISTRY_SECRET)');
    }
    const dataDir = read.string('DATA_DIR', join(process.cwd(), 'data'));
    const upstreamTimeoutMs = read.integer('UPSTREAM_TIMEOUT_MS', 10_000, { min: 100, max: 600_000 });
    const requestTimeoutMs = read.integer('REQUEST_TIMEOUT_MS', 30_000, { min: 100, max: 600_000 });
    const responseCacheFeedPollMs = read.integer('RESPONSE_CACHE_FEED_POLL_MS', 1_000, { min: 50, max: 60_000 });
    const responseCacheMaxStaleMs = read.integer('RESPONSE_CACHE_MAX_STALE_MS', 3_000, { min: 100, max: 600_000 });
    if (responseCacheMaxStaleMs <= responseCacheFeedPollMs) {
      read.problem(`RESPONSE_CACHE_MAX_STALE_MS (${responseCacheMaxStaleMs}) must be larger than RESPONSE_CACHE_FEED_POLL_MS (${responseCacheFeedPollMs}), or the cache would never serve`);
    }
    return {
      mode: auth.mode,
      host: read.string('HOST', '127.0.0.1'),
      port: read.port('PORT', 4000),
      supergraphFile: argv[0] ?? read.string('SUPERGRAPH_FILE', join(repositoryRoot, 'schema', 'supergraph.graphql')),
      registryUrl,
      supergraphCacheFile: read.string('SUPERGRAPH_CACHE_FILE', join(dataDir, 'supergraph-cache.graphql')),
      supergraphPollMs: read.integer('SUPERGRAPH_POLL_MS', 500, { min: 50, max: 60_000 }),
      reloadDrainMs: read.integer('RELOAD_DRAIN_MS', 30_000, { min: 1, max: 600_000 }),
      readinessTimeoutMs: read.integer('READINESS_TIMEOUT_MS', 2_000, { min: 100, max: 60_000 }),
      maxDepth: read.integer('MAX_QUERY_DEPTH', 8, { min: 2, max: 100 }),
      maxAliases: read.integer('MAX_QUERY_ALIASES', 30, { min: 1, max: 1_000 }),
      maxTokens: read.integer('MAX_QUERY_TOKENS', 5_000, { min: 100, max: 100_000 }),
      maxCost: read.integer('MAX_QUERY_COST', 10_000, { min: 10, max: 10_000_000 }),
      assumedListSize: read.integer('QUERY_COST_LIST_SIZE', 10, { min: 1, max: 1_000 }),
      auth,
      // Development leaves the limit off: one developer, tests and benchmarks all come from 127.0.0.1.
      rateLimitPerMinute: read.integer('RATE_LIMIT_PER_MINUTE', production ? 600 : 0, { min: 0, max: 1_000_000 }),
      rateLimitBurst: read.integer('RATE_LIMIT_BURST', 60, { min: 1, max: 100_000 }),
      trustProxy: read.boolean('TRUST_PROXY', false),
      maxBodyBytes: read.integer('MAX_BODY_BYTES', 1_000_000, { min: 1_000, max: 100_000_000 }),
      upstreamTimeoutMs,
      requestTimeoutMs,
      trustedDocumentsFile,
      trustedDocumentsOnly,
      appDocuments,
      appDocumentsCacheFile: read.string('APP_DOCUMENTS_CACHE_FILE', join(dataDir, 'app-documents-cache.json')),
      introspection: read.boolean('INTROSPECTION', !production),
      corsOrigins: readOrigins(read, production ? '' : '*'),
      // Development keeps plain GET requests open for curl and the GraphQL-over-HTTP audit.
      csrfPrevention: read.boolean('CSRF_PREVENTION', production),
      // Twice the 500 kept-alive clients the hub must hold without shedding (bench/report.md, "Many
      // connections": 500 in flight added about 50 MB to the gateway's RSS, so 1,000 should stay
      // inside its 192 MB heap cap). Past that, a fast 503 beats an answer that comes too late.
      maxInFlight: read.integer('MAX_IN_FLIGHT', 128, { min: 0, max: 1_000_000 }),
      overloadRetryAfterSeconds: read.integer('OVERLOAD_RETRY_AFTER_SECONDS', 1, { min: 1, max: 3_600 }),
      shutdownTimeoutMs: read.integer('SHUTDOWN_TIMEOUT_MS', 25_000, { min: 0, max: 600_000 }),
      metrics: read.boolean('METRICS', true),
      logRequests: read.boolean('LOG_REQUESTS', true),
      queryPlanner: read.oneOf('QUERY_PLANNER', ['rust', 'js'] as const, 'rust'),
      deduplicateSubgraphCalls: read.boolean('DEDUPLICATE_SUBGRAPH_CALLS', true),
      shareIdenticalRequests: read.boolean('SHARE_IDENTICAL_REQUESTS', true),
      subgraphFetch: read.oneOf('SUBGRAPH_FETCH', ['node', 'whatwg'] as const, 'node'),
      responseCache: read.boolean('RESPONSE_CACHE', true),
      responseCacheMaxBytes: read.integer('RESPONSE_CACHE_MAX_BYTES', 20_000_000, { min: 10_000, max: 4_000_000_000 }),
      responseCacheTtlMs: read.integer('RESPONSE_CACHE_TTL_MS', 60_000, { min: 100, max: 86_400_000 }),
      responseCacheFeedPollMs,
      responseCacheMaxStaleMs,
      werkbak: read.boolean('WERKBAK', true),
      beheer: read.boolean('BEHEER', true),
      loginUrl: readLoginUrl(read),
      usageReporting,
      usageRegistryUrl,
      usageFlushMs: read.integer('USAGE_FLUSH_MS', 10_000, { min: 50, max: 3_600_000 }),
      usageMaxKeys: read.integer('USAGE_MAX_KEYS', 100_000, { min: 100, max: 10_000_000 }),
      registryToken,
      registrySecret: read.string('REGISTRY_SECRET', developmentRegistrySecret),
    };
  }, env);
}
