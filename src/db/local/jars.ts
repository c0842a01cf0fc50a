import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config/env.js';
import { findMaven, ToolchainError } from './toolchain.js';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-local');
export const LIB_DIR = path.join(PROJECT_ROOT, '.neo4j', 'lib');

export function jarsPresent(libDir = LIB_DIR): boolean {
  return existsSync(libDir) && readdirSync(libDir).some((file) => /^neo4j-bolt-5\.\d+\.\d+\.jar$/.test(file));
}

/**
 * Fetches the embedded Neo4j and its Bolt server with the machine's Maven, once; later starts
 * reuse the jars in .neo4j/lib (and Maven's own cache).
 */
export async function ensureJars(log: (line: string) => void = () => {}): Promise<string> {
  if (jarsPresent()) return LIB_DIR;
  const mvn = findMaven();
  log('Downloading the embedded Neo4j with Maven (first start only)...');
  const args = ['-B', '-q', '-Dstyle.color=never', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'dependency:copy-dependencies', `-Dlib.dir=${LIB_DIR}`];
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
  if (exitCode !== 0 || !jarsPresent()) {
    throw new ToolchainError(`Maven could not fetch the Neo4j jars (exit ${exitCode}); see its output above.`);
  }
  return LIB_DIR;
}
