import { writeFile } from 'node:fs/promises';
import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { EXPORT_FORMATS, parseExportRequest, runExport } from '../export/index.js';
import { createApolloServer, createContext } from '../server/create-server.js';
import { inProcessExecutor } from '../server/in-process.js';
import { EXIT_OK, EXIT_USAGE, runCommand } from './run-cli.js';

const USAGE = `usage: export <${EXPORT_FORMATS.join('|')}|csv> [--actorId ID --depth N | --fromId ID --toId ID | --scope graph]
              [--types T,T] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--modalities M,M] [--negated true|false]
              [--limit N] [--maxDepth N] [--excludeTypes T,T] [--excludeActorIds ID,ID] [--out FILE]
Writes to standard output unless --out is given; csv writes FILE.nodes.csv and FILE.edges.csv.`;

/** export: a neighborhood, paths or the whole graph, through the GraphQL API, in a file format for other tools. */
runCommand(
  {
    name: 'export',
    usage: USAGE.replace(/^usage: export /, ''),
    summary: 'A neighborhood, paths or the whole graph, through the GraphQL API, in a file format for other tools.',
    options: {
      actorId: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      depth: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      fromId: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      toId: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      scope: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      types: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      since: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      until: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      modalities: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      negated: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      limit: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      maxDepth: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      excludeTypes: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      excludeActorIds: { type: 'string', description: 'as the HTTP export endpoint takes it' },
      out: { type: 'string', description: 'the file to write (csv: FILE.nodes.csv and FILE.edges.csv)' },
    },
    minPositionals: 1,
  },
  async ({ values, positionals }) => {
    const [format] = positionals;
    if (!format || positionals.length > 1) {
      console.error(USAGE);
      return EXIT_USAGE;
    }
    const { out, ...flags } = values;
    const params = Object.fromEntries(Object.entries(flags).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
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
      return EXIT_OK;
    } finally {
      await apollo.stop();
      await db.close();
    }
  },
);
