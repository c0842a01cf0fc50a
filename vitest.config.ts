import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // One real Neo4j and one CoreNLP service for the run, started here; test files isolate their data by unique ids.
          globalSetup: ['tests/integration/support/corenlp.global.ts', 'tests/integration/support/neo4j.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
