// `npm run compose`: writes schema/supergraph.graphql from the subgraph schemas.
// `npm run compose -- --check`: exits 1 when the committed file differs from a fresh composition.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { repositoryRoot } from '../lib/paths.js';
import { CompositionError, composeHubSupergraph, supergraphFile } from './subgraphs.js';

const check = process.argv.includes('--check');
try {
  const supergraph = composeHubSupergraph();
  const target = relative(repositoryRoot, supergraphFile);
  if (check) {
    const committed = existsSync(supergraphFile) ? readFileSync(supergraphFile, 'utf8') : '';
    if (committed !== supergraph) {
      console.error(`${target} is out of date with the subgraph schemas: run \`npm run compose\`.`);
      process.exit(1);
    }
    console.log(`${target} is up to date.`);
  } else {
    writeFileSync(supergraphFile, supergraph);
    console.log(`Wrote ${target}.`);
  }
} catch (error) {
  if (error instanceof CompositionError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
