import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ensureJars } from './jars.js';
import { isPortServed, readPid } from './server.js';
import { findJava } from './toolchain.js';

/** The database an offline import writes: the local store's only user database. */
const DATABASE = 'neo4j';
/** neo4j-admin's entry point, in the embedded Neo4j's jars (neo4j-command-line). */
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
/** The importer's off-heap memory: a share of the machine, so a million relations fit on a small one. */
const MAX_OFF_HEAP = '25%';
/** Its JVM heap, in MiB. */
const IMPORT_HEAP_MB = 1024;

export interface AdminImportFiles {
  nodes: { label: string; file: string }[];
  /** An empty type: the file names each row's type in a :TYPE column. */
  relationships: { type: string; file: string }[];
  /** Whether any field spans lines. */
  multiline: boolean;
  arrayDelimiter: string;
}

/** Why an offline import refuses a store (running, or holding a database already), or null when it may fill it. */
export async function offlineImportRefusal(dataDir: string, port?: number): Promise<string | null> {
  if (readPid(dataDir) !== undefined || (port !== undefined && (await isPortServed(port)))) {
    return `the local Neo4j of ${dataDir} is running: stop it first (npm run db:stop)`;
  }
  const database = path.join(dataDir, 'data', 'databases', DATABASE);
  if (existsSync(database) && readdirSync(database).length > 0) {
    return `${dataDir} already holds a database: an offline import only fills an empty store (npm run import adds to one)`;
  }
  return null;
}

/**
 * Runs `neo4j-admin database import full` of the embedded Neo4j on the local store `dataDir`
 * (its home), which must hold no database yet: it refuses otherwise, and so does neo4j-admin.
 * Resolves with the importer's report lines; rejects with its output when it fails.
 */
export async function adminImport(
  dataDir: string,
  files: AdminImportFiles,
  options: { javaHome?: string | undefined; log?: (line: string) => void } = {},
): Promise<string> {
  const refused = await offlineImportRefusal(dataDir);
  if (refused) throw new Error(`offline import refused: ${refused}`);
  const java = findJava(options.javaHome);
  const libDir = await ensureJars(options.log);
  const args = [
    `-Xmx${IMPORT_HEAP_MB}m`,
    '-cp',
    path.join(libDir, '*'),
    ADMIN_TOOL,
    'database',
    'import',
    'full',
    // The database first: --nodes and --relationships take any number of files, and would take it for one.
    DATABASE,
    `--array-delimiter=U+${files.arrayDelimiter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    '--bad-tolerance=0',
    // Beside the CSV files (removed with them), not in the working directory.
    `--report-file=${path.join(path.dirname(files.nodes[0]!.file), 'import.report')}`,
    `--max-off-heap-memory=${MAX_OFF_HEAP}`,
    ...files.nodes.map(({ label, file }) => `--nodes=${label}=${file}`),
    ...files.relationships.map(({ type, file }) => (type ? `--relationships=${type}=${file}` : `--relationships=${file}`)),
    // Only when a field spans lines (a briefing's text): parsing for it is much slower. The older
    // parser (v1), because v2 failed on a 1M-relation load ("found CR outside a text cell" at a
    // buffer boundary) where the fields had no line break at all.
    ...(files.multiline ? ['--multiline-fields=true'] : []),
  ];
  const env = { ...process.env, NEO4J_HOME: path.resolve(dataDir) };
  return new Promise((resolve, reject) => {
    const child = spawn(java, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`neo4j-admin database import failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
