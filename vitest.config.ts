import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './tests/support/slow-first-sequencer.js';

export default defineConfig({
  test: {
    // the few files that take minutes start first in their project, beside the rest (tests/support/slow-first-sequencer.ts)
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure, so two files at a time even on two cores (vitest's default there is one), first and alone: the
          // integration and NLP files share one database each, and one file's data would show in another's global
          // answers (duplicate suggestions, merges, top actors), so they run one at a time after it.
          sequence: { groupOrder: 0 },
          maxWorkers: 2,
          // Pure, so a worker keeps its modules from one file to the next: each file no longer imports the extractor again
          // and loads its rule tables and model (the unit files less the calibration: 217 s → 83 s on 2 cores).
          isolate: false,
          // Pure, but the extraction tests run the whole extractor over stored parses and load the learned model (several
          // MB) on first use: seconds each on two cores shared by two files and the services' start, past the default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
          // One at a time in one worker that keeps its modules: each file no longer imports the server, Apollo and the
          // driver again (the integration files 652 s → 538 s here, import 40 s → 5 s); every file closes what it opens.
          isolate: false,
          // One real Neo4j for the run, started here; test files isolate their data by unique ids.
          globalSetup: ['tests/integration/support/neo4j.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'nlp',
          include: ['tests/nlp/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          maxWorkers: 1,
          // The real CoreNLP service (about 3 GB, a model load of 15 s to minutes) is started only when these run,
          // with their own Neo4j; the other integration tests need neither.
          globalSetup: ['tests/nlp/corenlp.global.ts', 'tests/integration/support/neo4j.global.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
