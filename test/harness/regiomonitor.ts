import { join } from 'node:path';
import { repositoryRoot } from '../../lib/paths.js';
import { freePort, startTypeScriptProcess, waitUntilReady } from '../../lib/processes.js';
import { registrySecret, signRegistryToken } from '../../registry/src/tokens.js';

/** A region's own subgraph (examples/regiomonitor) on a port of its own, with the tokens that publish it. */
export interface RunningRegiomonitor {
  url: string;
  /** The region's token: it may publish `regiomonitor` and nothing else. */
  regionToken: string;
  adminToken: string;
  stop(): Promise<void>;
}

export async function startRegiomonitor(): Promise<RunningRegiomonitor> {
  const port = await freePort();
  const child = startTypeScriptProcess({ name: 'regiomonitor', entry: join(repositoryRoot, 'examples', 'regiomonitor', 'main.ts'), env: { PORT: String(port) } });
  await waitUntilReady(`http://127.0.0.1:${port}/healthcheck`, child);
  const secret = registrySecret({});
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    regionToken: await signRegistryToken({ id: 'noord-en-midden-limburg', subgraphs: ['regiomonitor'], admin: false }, secret),
    adminToken: await signRegistryToken({ id: 'beheer', subgraphs: [], admin: true }, secret),
    stop: async () => {
      await child.stop();
    },
  };
}
