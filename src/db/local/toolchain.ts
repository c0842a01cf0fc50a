import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Raised when the machine lacks what the local Neo4j needs; the message says what and the way around it. */
export class ToolchainError extends Error {
  override name = 'ToolchainError';
}

const WAY_AROUND = 'Or set NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) to use a Neo4j server you already run.';

export const MIN_JAVA_MAJOR = 17;

export function findJava(javaHome: string | undefined): string {
  const java = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  if (javaHome && !existsSync(java)) {
    throw new ToolchainError(`JAVA_HOME is ${javaHome}, but ${java} does not exist. ${WAY_AROUND}`);
  }
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new ToolchainError(
      `Java ${MIN_JAVA_MAJOR}+ is needed to run the local Neo4j, and "${java}" could not be run. ` +
        `Install a JDK ${MIN_JAVA_MAJOR} or 21 (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME. ${WAY_AROUND}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr + probe.stdout);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < MIN_JAVA_MAJOR) {
    throw new ToolchainError(`The local Neo4j 5 needs Java ${MIN_JAVA_MAJOR}+, but "${java}" is Java ${major}. Set JAVA_HOME to a newer JDK. ${WAY_AROUND}`);
  }
  return java;
}

export function findMaven(): string {
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new ToolchainError(
      `Maven is needed once to download the local Neo4j's jars, and "mvn" could not be run. ` + `Install it (e.g. apt-get install maven). ${WAY_AROUND}`,
    );
  }
  return 'mvn';
}
