// `npm run compose`: writes schema/supergraph.graphql from the subgraph schemas, and next to it
// schema/schema.graphql, the public schema clients generate their types from.
// `npm run compose -- --check`: exits 1 when either committed file differs from a fresh composition.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { repositoryRoot } from '../lib/paths.js';
import { CompositionError, composeHubSchemas, publicSchemaFile, supergraphFile } from './subgraphs.js';

const check = process.argv.includes('--check');
try {
  const { supergraph, publicSchema } = composeHubSchemas();
  const outputs = [
    { file: supergraphFile, content: supergraph },
    { file: publicSchemaFile, content: publicSchema },
  ];
  let stale = false;
  for (const { file, content } of outputs) {
    const target = relative(repositoryRoot, file);
    if (check) {
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (committed !== content) {
        console.error(`${target} is out of date with the subgraph schemas: run \`npm run compose\`.`);
        stale = true;
      } else {
        console.log(`${target} is up to date.`);
      }
    } else {
      writeFileSync(file, content);
      console.log(`Wrote ${target}.`);
    }
  }
  if (stale) process.exit(1);
} catch (error) {
  if (error instanceof CompositionError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
