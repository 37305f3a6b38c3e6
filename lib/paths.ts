import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root, found by walking up from this module, so that paths to schemas, seeds and
 * sources are right both when the code runs from its TypeScript file and from a bundle in dist/.
 */
function findRepositoryRoot(from: string): string {
  for (let directory = from; ; directory = dirname(directory)) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'vangnet') return directory;
    if (dirname(directory) === directory) throw new Error(`vangnet: no package.json of vangnet above ${from}`);
  }
}

export const repositoryRoot = findRepositoryRoot(dirname(fileURLToPath(import.meta.url)));
