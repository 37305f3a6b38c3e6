import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../lib/paths.js';

const folders = ['lib', 'gateway', 'registry', 'subgraphs', 'schema', 'scripts', 'bench', 'test', 'examples'];

const files = folders
  .flatMap((folder) => readdirSync(join(repositoryRoot, folder), { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((file) => !file.includes('node_modules'));

/** The project's own modules a file imports (static imports and re-exports; type-only ones too). */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const targets: string[] = [];
  for (const statement of source.statements) {
    const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier.text).replace(/\.(m?)js$/, '.$1ts');
    if (existsSync(target)) targets.push(target);
  }
  return targets;
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(repositoryRoot, file);

/** Strongly connected components with more than one module (Tarjan), each one an import cycle. */
function cycles(): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const lowlinks = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (file: string) => {
    indices.set(file, index);
    lowlinks.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!indices.has(target)) {
        connect(target);
        lowlinks.set(file, Math.min(lowlinks.get(file)!, lowlinks.get(target)!));
      } else if (onStack.has(target)) {
        lowlinks.set(file, Math.min(lowlinks.get(file)!, indices.get(target)!));
      }
    }
    if (lowlinks.get(file) === indices.get(file)) {
      const component: string[] = [];
      for (let member = stack.pop()!; ; member = stack.pop()!) {
        onStack.delete(member);
        component.push(name(member));
        if (member === file) break;
      }
      if (component.length > 1 || graph.get(file)?.includes(file)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!indices.has(file)) connect(file);
  return found;
}

function reachableFrom(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(graph.get(file) ?? []));
  }
  return seen;
}

describe('imports', () => {
  it('reads the modules it judges (a scan that finds nothing would pass anything)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join(repositoryRoot, 'gateway', 'src', 'main.ts'))?.length).toBeGreaterThan(3);
  });

  it('no module imports itself through others', () => {
    expect(cycles()).toEqual([]);
  });

  it('the gateway, everything it imports included, takes nothing from schema/ or any subgraph', () => {
    const gatewaySources = files.filter((file) => name(file).startsWith('gateway/src/') && !file.endsWith('.test.ts'));
    const outside = [...reachableFrom(gatewaySources)].map(name).filter((file) => file.startsWith('schema/') || file.startsWith('subgraphs/'));
    expect(outside).toEqual([]);
  });

  it('the manifest of hub subgraphs imports nothing, so anything may read it', () => {
    expect(graph.get(join(repositoryRoot, 'lib', 'hub-subgraphs.ts'))).toEqual([]);
    expect(readFileSync(join(repositoryRoot, 'lib', 'hub-subgraphs.ts'), 'utf8')).not.toMatch(/^import /m);
  });
});
