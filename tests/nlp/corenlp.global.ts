import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../src/config/env.js';
import { startLocalNlp, type RunningNlp } from '../../src/nlp/local/service.js';
import { freePort } from '../../src/db/local/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    nlpUrl: string;
  }
}

/** The test service's heap: enough for the English models on short texts. */
const TEST_NLP_HEAP_MB = 3072;

/**
 * Starts the real CoreNLP service once for the run (fetching its jars with Maven on first use) on a free
 * loopback port, and stops it at the end. NLP_TEST_URL points the suite at a service of your own instead.
 * NLP_URL is set for the test workers, so every path that extracts (CLI, GraphQL mutation) uses this service.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let running: RunningNlp | undefined;
  let url = process.env.NLP_TEST_URL;
  if (!url) {
    running = await startLocalNlp(
      {
        port: await freePort(),
        nlpDir: path.join(PROJECT_ROOT, '.corenlp'),
        heapMb: TEST_NLP_HEAP_MB,
        threads: 2,
        javaHome: process.env.JAVA_HOME,
        log: (line) => console.log(line),
      },
      false,
    );
    url = running.url;
  }
  process.env.NLP_URL = url;
  project.provide('nlpUrl', url);
  return async () => {
    await running?.stop();
  };
}
