import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { buildServices } from '../../lib/services.js';
import { startHub, type HubInfo } from './hub.js';

declare module 'vitest' {
  export interface ProvidedContext {
    hub: HubInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Every e2e file starts services from the bundles, so they are built once, before any file runs.
  await buildServices();
  // With the response cache on: the directory files edit through this gateway and read back at once,
  // which is what the cache must never get wrong.
  const hub = await startHub({ gatewayEnv: { RESPONSE_CACHE: 'true' } });
  project.provide('hub', {
    gatewayUrl: hub.gatewayUrl,
    gatewayBaseUrl: hub.gatewayBaseUrl,
    subgraphBaseUrls: hub.subgraphBaseUrls,
    dataDir: hub.dataDir,
    databaseUrl: hub.databaseUrl,
    supergraphFile: hub.supergraphFile,
  });
  return () => hub.stop();
}
