// `npx tsx examples/regiopagina/build.ts`: types from the hub's public schema, a type check, then the
// bundle in examples/regiopagina/dist/. Each step stops the build when the schema no longer fits.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { build } from 'esbuild';
import { regiopaginaCodegen } from './codegen.js';

const folder = dirname(fileURLToPath(import.meta.url));
export const distFolder = join(folder, 'dist');

export async function buildRegiopagina(outdir = distFolder): Promise<void> {
  // Refuses operations that do not validate against the schema (a removed or renamed field).
  await generate({ ...regiopaginaCodegen(), silent: true }, true);
  // Catches what still validates but changes the types the page relies on (a field that became nullable).
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(folder, 'tsconfig.json')], { stdio: 'inherit' });
  await build({
    entryPoints: [join(folder, 'src', 'main.ts')],
    outfile: join(outdir, 'main.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  mkdirSync(outdir, { recursive: true });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(folder, file), join(outdir, file));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildRegiopagina();
    console.log(`Built ${distFolder}.`);
  } catch (error) {
    console.error(`The regiopagina does not build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
