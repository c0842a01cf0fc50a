import { writeFile } from 'node:fs/promises';
import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { EXPORT_FORMATS, parseExportRequest, runExport } from '../export/index.js';
import { createApolloServer, createContext } from '../server/create-server.js';
import { inProcessExecutor } from '../server/in-process.js';
import { runCli } from './run-cli.js';

const USAGE = `usage: export <${EXPORT_FORMATS.join('|')}|csv> [--actorId ID --depth N | --fromId ID --toId ID | --scope graph]
              [--types T,T] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--modalities M,M] [--negated true|false]
              [--limit N] [--maxDepth N] [--excludeTypes T,T] [--excludeActorIds ID,ID] [--out FILE]
Writes to standard output unless --out is given; csv writes FILE.nodes.csv and FILE.edges.csv.`;

/** `--name value` pairs into the same parameters the HTTP endpoint takes. */
function parseFlags(argv: readonly string[]): { positional: string[]; flags: Record<string, string> } {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[(i += 1)];
    if (value === undefined) throw new Error(`--${name} needs a value\n${USAGE}`);
    flags[name] = value;
  }
  return { positional, flags };
}

/** export: a neighborhood, paths or the whole graph, through the GraphQL API, in a file format for other tools. */
runCli(async (argv) => {
  const { positional, flags } = parseFlags(argv);
  const [format] = positional;
  if (!format || positional.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const { out, ...params } = flags;
  const formats = format === 'csv' ? ['csv-nodes', 'csv-edges'] : [format];
  const requests = formats.map((one) => parseExportRequest({ ...params, format: one }));
  if (format === 'csv' && !out) throw new Error(`csv writes two files: give --out FILE\n${USAGE}`);

  const env = loadEnv();
  const db = await openDatabase(env, { startLocal: true, log: (line) => console.error(line) });
  const apollo = createApolloServer();
  await apollo.start();
  try {
    const execute = inProcessExecutor(apollo, () => createContext(db));
    for (const request of requests) {
      const output = await runExport(execute, request);
      const file = format === 'csv' ? `${out}${request.format === 'csv-nodes' ? '.nodes.csv' : '.edges.csv'}` : out;
      if (file) {
        await writeFile(file, output.body);
        console.error(`${file}: ${output.nodeCount} actors, ${output.edgeCount} relations${output.truncated ? ' (truncated by the limit)' : ''}`);
      } else {
        process.stdout.write(output.body);
      }
    }
    return 0;
  } finally {
    await apollo.stop();
    await db.close();
  }
});
