import { graphql } from './graphql.js';

/** Polls until `condition` holds; returns how long that took, in milliseconds. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000, pollMs = 50): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return Date.now() - started;
}

/**
 * Sends the five regions' query back to back until stopped, counting every answer that is not
 * clean data (an error, a transport failure, or not the five regions), so a reload or a publish
 * can be shown to fail no request in flight.
 */
export function keepQueryingRegions(gatewayUrl: string, query = '{ regios { code naam gemeenten { cbsCode } } }') {
  let running = true;
  let answered = 0;
  const failures: string[] = [];
  const loop = (async () => {
    while (running) {
      try {
        const response = await graphql(gatewayUrl, query);
        if (response.errors || (response.data as { regios?: unknown[] } | null)?.regios?.length !== 5) failures.push(JSON.stringify(response).slice(0, 300));
      } catch (error) {
        failures.push(String(error));
      }
      answered += 1;
    }
  })();
  return {
    answered: () => answered,
    async stop() {
      running = false;
      await loop;
      return { answered, failures };
    },
  };
}
