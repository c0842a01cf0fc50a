import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadEnv, PROJECT_ROOT } from '../config/env.js';
import { parseGold } from '../eval/gold.js';
import { serviceParser, StoredParses } from '../nlp/parser.js';
import { runCommand } from './run-cli.js';

export const STORED_PARSES_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses');

/**
 * nlp:store-parses <files or folders of *.txt with *.gold.json>: parses each briefing with CoreNLP (dated by
 * its gold publishedAt) and stores the parse in tests/fixtures/parses/<name>.json, so the rules are testable
 * with no service. Parses already stored for the same text and date are kept.
 */
runCommand(
  {
    name: 'store-parses',
    usage: '<file|folder>...',
    summary: 'Parses briefings (*.txt with *.gold.json) with CoreNLP and stores each parse in tests/fixtures/parses/.',
    options: {},
    minPositionals: 1,
  },
  async ({ positionals: argv }) => {
    const env = loadEnv();
    const store = new StoredParses(STORED_PARSES_DIR);
    const parser = serviceParser(env, { cache: true, log: (line) => console.error(line) });
    const files: string[] = [];
    for (const target of argv) {
      const info = await stat(target);
      if (!info.isDirectory()) files.push(target);
      else
        files.push(
          ...(await readdir(target))
            .filter((f) => f.endsWith('.txt'))
            .sort()
            .map((f) => path.join(target, f)),
        );
    }
    for (const file of files) {
      const goldPath = file.replace(/\.txt$/, '.gold.json');
      const gold = parseGold(JSON.parse(await readFile(goldPath, 'utf8')), goldPath);
      const text = await readFile(file, 'utf8');
      const date = gold.briefing.publishedAt;
      if (store.get(text, date)) continue;
      const started = Date.now();
      const doc = await parser.parse(text, date);
      console.log(`${store.save(path.basename(file, '.txt'), doc)} (${doc.sentences.length} sentences, ${Date.now() - started} ms)`);
    }
    return 0;
  },
);
