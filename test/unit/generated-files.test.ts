import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.js';
import { repositoryRoot } from '../../lib/paths.js';
import { composeHubSchemas, publicSchemaFile, supergraphFile } from '../../schema/subgraphs.js';

describe('generated files', () => {
  it('the committed supergraph and public schema equal a fresh composition of the subgraph schemas (run `npm run compose`)', () => {
    const { supergraph, publicSchema } = composeHubSchemas();
    expect(readFileSync(supergraphFile, 'utf8')).toBe(supergraph);
    expect(readFileSync(publicSchemaFile, 'utf8')).toBe(publicSchema);
  });

  it('the committed resolver types equal a fresh codegen run (run `npm run codegen`)', async () => {
    const outputs = await generate({ ...codegenConfig, cwd: repositoryRoot, silent: true }, false);
    expect(outputs.length).toBe(Object.keys(codegenConfig.generates).length);
    for (const output of outputs) {
      const committed = readFileSync(join(repositoryRoot, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale`).toBe(output.content);
    }
  }, 60_000);
});
