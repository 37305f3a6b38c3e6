import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { hubSubgraphs, schemaFilesOf } from './lib/hub-subgraphs.js';

/**
 * One entry per hub subgraph (from the manifest): resolvers are type-checked against that
 * subgraph's schema, with GraphQL object types mapped to the database row types the resolvers
 * actually receive. Each subgraph keeps its context type and mappers in its own `codegen.json`.
 */
const shared = {
  federation: true,
  useTypeImports: true,
  useIndexSignature: true,
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  strictScalars: true,
  scalars: { ID: 'string', _FieldSet: 'string' },
};

interface SubgraphCodegen {
  contextType: string;
  mappers: Record<string, string>;
}

const config: CodegenConfig = {
  overwrite: true,
  hooks: {},
  generates: Object.fromEntries(
    hubSubgraphs.map((subgraph) => {
      const own = JSON.parse(readFileSync(new URL(`./subgraphs/${subgraph.name}/codegen.json`, import.meta.url), 'utf8')) as SubgraphCodegen;
      return [
        `subgraphs/${subgraph.name}/src/__generated__/resolvers-types.ts`,
        { schema: schemaFilesOf(subgraph), plugins: ['typescript', 'typescript-resolvers'], config: { ...shared, ...own } },
      ];
    }),
  ),
};

export default config;
