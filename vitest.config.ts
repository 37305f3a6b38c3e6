import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// The gateway runtime loads graphql's CommonJS build; without this alias the hub's own modules would
// get its ESM build in tests, and graphql refuses a schema made by the other copy.
const graphqlCommonJs = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { graphql: graphqlCommonJs } },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'bench/**/*.test.ts', 'subgraphs/**/*.test.ts', 'gateway/**/*.test.ts', 'registry/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // One hub (real subgraph and gateway processes) serves every e2e file; files that need
          // their own processes (reload, statement counts) start them through the same harness.
          globalSetup: ['test/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
