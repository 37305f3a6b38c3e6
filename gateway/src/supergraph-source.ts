import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { Kind, parse, type DocumentNode } from 'graphql';
import type { Logger } from '../../lib/log.js';

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
  const sdl = readFileSync(file, 'utf8');
  const endpoints = subgraphEndpoints(parse(sdl));
  if (endpoints.length === 0) throw new Error('the file has no join__Graph enum, so it is not a supergraph');
  return { sdl, endpoints };
}

/**
 * The supergraph file the gateway serves. A change is taken only once the new file parses as a
 * supergraph: a half-written or broken file is logged and the last good version keeps serving.
 */
export class SupergraphSource {
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
