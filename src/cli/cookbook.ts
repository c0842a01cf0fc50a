import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/env.js';
import { cookbookDatabase } from '../cookbook/cookbook-database.js';
import { cookbookEntries, formatAnswer } from '../cookbook/readme-blocks.js';
import { runCookbook } from '../cookbook/run-cookbook.js';
import { runCommand } from './run-cli.js';

/**
 * cookbook [--write]: runs every query of the README's cookbook, in order, on a throw-away Neo4j
 * loaded with seeds/ and examples/, and compares each answer with the one printed. --write
 * prints the server's answers into the README instead.
 */
runCommand(
  {
    name: 'cookbook',
    usage: '[--write]',
    summary: "Runs every query of the README's cookbook on a throw-away Neo4j loaded with seeds/ and examples/, and compares each answer with the one printed.",
    options: { write: { type: 'boolean', description: "print the server's answers into the README instead" } },
  },
  async ({ values }) => {
    const readmePath = path.join(PROJECT_ROOT, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const entries = cookbookEntries(readme);
    const { db, stop } = await cookbookDatabase((line) => console.error(line));
    try {
      const results = await runCookbook(db, entries);
      if (values.write === true) {
        let text = readme;
        for (const result of [...results].reverse()) {
          text = text.slice(0, result.entry.answerStart) + formatAnswer(result.actual) + text.slice(result.entry.answerEnd);
        }
        writeFileSync(readmePath, text);
        console.log(`README.md: ${results.filter((r) => !r.matches).length} of ${results.length} answers rewritten`);
        return 0;
      }
      for (const result of results) console.log(`${result.matches ? '✓' : '✗'} ${result.entry.title}`);
      return results.every((result) => result.matches) ? 0 : 1;
    } finally {
      await stop();
    }
  },
);
