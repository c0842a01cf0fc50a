import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/env.js';
import { findMaven, ToolchainError } from '../../db/local/toolchain.js';

/** The pom that names CoreNLP and its models jar, and the launcher that serves them on loopback. */
export const NLP_LAUNCHER_DIR = path.join(PROJECT_ROOT, 'nlp-local');
export const CORENLP_VERSION = '4.5.10';

export const libDirOf = (nlpDir: string) => path.join(nlpDir, 'lib');

export function coreNlpJarsPresent(libDir: string): boolean {
  if (!existsSync(libDir)) return false;
  const files = readdirSync(libDir);
  return files.includes(`stanford-corenlp-${CORENLP_VERSION}.jar`) && files.includes(`stanford-corenlp-${CORENLP_VERSION}-models.jar`);
}

/**
 * Fetches Stanford CoreNLP and its English models (about 470 MB) with the machine's Maven, once;
 * later runs reuse <nlpDir>/lib (and Maven's own cache). Never vendored: CoreNLP is GPL-3.0-or-later.
 */
export async function ensureCoreNlpJars(nlpDir: string, log: (line: string) => void = () => {}): Promise<string> {
  const libDir = libDirOf(nlpDir);
  if (coreNlpJarsPresent(libDir)) return libDir;
  let mvn: string;
  try {
    mvn = findMaven();
  } catch (error) {
    if (error instanceof ToolchainError) {
      throw new ToolchainError('Maven is needed once to download Stanford CoreNLP (apt-get install maven), or set NLP_URL to a CoreNLP server you run.');
    }
    throw error;
  }
  log(`Downloading Stanford CoreNLP ${CORENLP_VERSION} and its models with Maven (about 470 MB, first use only)...`);
  const args = ['-B', '-q', '-Dstyle.color=never', '-f', path.join(NLP_LAUNCHER_DIR, 'pom.xml'), 'dependency:copy-dependencies', `-Dlib.dir=${libDir}`];
  const exitCode = await new Promise<number>((resolve, reject) => {
    // stdout stays clean for callers that print JSON there (extract): Maven's output goes to stderr
    const child = spawn(mvn, args, { stdio: ['ignore', process.stderr, process.stderr] });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
  if (exitCode !== 0 || !coreNlpJarsPresent(libDir)) {
    throw new ToolchainError(`Maven could not fetch the CoreNLP jars (exit ${exitCode}); see its output above.`);
  }
  return libDir;
}
