import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs';
import { Kind, parse, type DocumentNode } from 'graphql';
import type { Logger } from '../../lib/log.js';
import { writeFileAtomically } from '../../lib/files.js';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** Reads the subgraph names and URLs from the supergraph's `join__Graph` enum. */
export function subgraphEndpoints(document: DocumentNode): SubgraphEndpoint[] {
  const endpoints: SubgraphEndpoint[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const argument = (name: string) => {
        const node = graph?.arguments?.find((arg) => arg.name.value === name)?.value;
        return node?.kind === Kind.STRING ? node.value : undefined;
      };
      const name = argument('name');
      const url = argument('url');
      if (name && url) endpoints.push({ name, url });
    }
  }
  return endpoints;
}

function readSupergraph(file: string): { sdl: string; endpoints: SubgraphEndpoint[] } {
  return checkSupergraph(readFileSync(file, 'utf8'));
}

function checkSupergraph(sdl: string): { sdl: string; endpoints: SubgraphEndpoint[] } {
  const endpoints = subgraphEndpoints(parse(sdl));
  if (endpoints.length === 0) throw new Error('the file has no join__Graph enum, so it is not a supergraph');
  return { sdl, endpoints };
}

/**
 * The supergraph file the gateway serves. A change is taken only once the new file parses as a
 * supergraph: a half-written or broken file is logged and the last good version keeps serving.
 */
export interface SupergraphSource {
  readonly sdl: string;
  readonly endpoints: SubgraphEndpoint[];
  /** Starts following changes; calls onChange after each accepted new supergraph; returns a stop function. */
  watch(intervalMs: number, onChange: () => void): () => void;
}

export class FileSupergraphSource implements SupergraphSource {
  private current: { sdl: string; endpoints: SubgraphEndpoint[] };

  constructor(
    readonly file: string,
    private readonly logger: Logger,
  ) {
    this.current = readSupergraph(file);
  }

  get sdl(): string {
    return this.current.sdl;
  }

  get endpoints(): SubgraphEndpoint[] {
    return this.current.endpoints;
  }

  /** Polls the file's modification time; polling also sees files replaced by rename. */
  watch(intervalMs: number, onChange: () => void): () => void {
    const listener = () => {
      try {
        const next = readSupergraph(this.file);
        if (next.sdl === this.current.sdl) return;
        this.current = next;
        this.logger.info('supergraph changed; reloading', { file: this.file, subgraphs: next.endpoints.map((e) => e.name) });
        onChange();
      } catch (error) {
        this.logger.warn('supergraph file is not usable; keeping the last good one', { file: this.file, error: String(error) });
      }
    };
    watchFile(this.file, { interval: intervalMs }, listener);
    return () => unwatchFile(this.file, listener);
  }
}

async function fetchSupergraph(registryUrl: string): Promise<{ sdl: string; versie: string | null }> {
  const response = await fetch(`${registryUrl.replace(/\/$/, '')}/supergraph`, { signal: AbortSignal.timeout(3_000) });
  if (!response.ok) throw new Error(`registry answered HTTP ${response.status}`);
  return { sdl: await response.text(), versie: response.headers.get('x-supergraph-versie') };
}

/**
 * The supergraph as the registry publishes it. Each accepted version is also written to a cache
 * file, so a gateway that starts while the registry is unreachable serves the last good graph.
 */
export class RegistrySupergraphSource implements SupergraphSource {
  private constructor(
    private readonly registryUrl: string,
    private readonly cacheFile: string,
    private readonly logger: Logger,
    private current: { sdl: string; endpoints: SubgraphEndpoint[] },
  ) {}

  static async start(registryUrl: string, cacheFile: string, logger: Logger): Promise<RegistrySupergraphSource> {
    try {
      const { sdl, versie } = await fetchSupergraph(registryUrl);
      const checked = checkSupergraph(sdl);
      writeFileAtomically(cacheFile, sdl);
      logger.info('supergraph loaded from the registry', { registry: registryUrl, versie });
      return new RegistrySupergraphSource(registryUrl, cacheFile, logger, checked);
    } catch (error) {
      if (!existsSync(cacheFile)) throw new Error(`the registry at ${registryUrl} is unreachable (${String(error)}) and there is no cached supergraph at ${cacheFile}`);
      logger.warn('registry unreachable; serving the last good supergraph from the cache', { registry: registryUrl, cacheFile, error: String(error) });
      return new RegistrySupergraphSource(registryUrl, cacheFile, logger, readSupergraph(cacheFile));
    }
  }

  get sdl(): string {
    return this.current.sdl;
  }

  get endpoints(): SubgraphEndpoint[] {
    return this.current.endpoints;
  }

  watch(intervalMs: number, onChange: () => void): () => void {
    let running = false;
    const poll = async () => {
      if (running) return;
      running = true;
      try {
        const { sdl, versie } = await fetchSupergraph(this.registryUrl);
        if (sdl !== this.current.sdl) {
          this.current = checkSupergraph(sdl);
          writeFileAtomically(this.cacheFile, sdl);
          this.logger.info('supergraph changed in the registry; reloading', { versie, subgraphs: this.current.endpoints.map((e) => e.name) });
          onChange();
        }
      } catch (error) {
        this.logger.warn('could not refresh the supergraph from the registry; keeping the current one', { error: String(error) });
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void poll(), intervalMs);
    return () => clearInterval(timer);
  }
}

