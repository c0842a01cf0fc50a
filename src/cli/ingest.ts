import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/open.js';
import { seedFiles } from '../ingest/seed.js';
import { loadBriefingFile } from '../ingest/parse-briefing.js';
import { dryRunIngest } from '../ingest/dry-run.js';
import { resolveDraftActors, describeMatches } from '../review/resolve-draft.js';
import { describeOutcome } from './describe-ingest.js';
import { EXIT_FAILED, EXIT_OK, runCommand } from './run-cli.js';

/**
 * ingest <draft.json|yaml>... [--dry-run] [--replace]
 * Loads reviewed drafts with the guarantees of seed (validated, one transaction each, idempotent).
 * --replace lets a file replace the stored briefing of its id when its content differs.
 * --dry-run checks every file named, shows how each draft's actors resolve and what an ingest (with
 * --replace) would do, the relations it would retract by id, writing nothing.
 */
runCommand(
  {
    name: 'ingest',
    usage: '<draft.json|yaml>... [--dry-run] [--replace]',
    summary: 'Loads reviewed drafts with the guarantees of seed: validated, one transaction each, idempotent.',
    options: {
      'dry-run': { type: 'boolean', description: 'check every file and say what it would change and retract, writing nothing' },
      replace: { type: 'boolean', description: 'a file replaces the stored briefing of its id when its content differs' },
    },
    minPositionals: 1,
  },
  // An unknown flag is an error before any database is touched: "--dryrun" must not write to the graph.
  async ({ values, positionals: files }) => {
    const dryRun = values['dry-run'] === true;
    const replace = values.replace === true;
    const env = loadEnv();
    const db = await openDatabase(env, { startLocal: true, log: (line) => console.error(line) });
    try {
      if (dryRun) {
        // Every file is checked, a bad one does not stop the others; the exit code says if any failed.
        let failed = false;
        for (const file of files) {
          try {
            const draft = await loadBriefingFile(file);
            console.log(`${file}: valid; ${draft.actors.length} actors, ${draft.relations.length} relations`);
            console.log(describeMatches(await resolveDraftActors(db, draft)).join('\n'));
            const report = await dryRunIngest(db, draft);
            console.log(
              `  would be ${report.briefingStatus.toLowerCase()}${report.briefingStatus === 'UPDATED' ? ' (needs --replace)' : ''}: ${describeOutcome({ file, report }).replace(/^✓ [^:]*: /, '')}`,
            );
            const retracted = report.relationsRetracted.map((relation) => relation.id);
            console.log(`  a replace would retract evidence from ${retracted.length} relations${retracted.length > 0 ? `: ${retracted.join(', ')}` : ''}`);
          } catch (error) {
            failed = true;
            console.log(`✗ ${(error as Error).message}`);
          }
        }
        return failed ? EXIT_FAILED : EXIT_OK;
      }
      const outcomes = await seedFiles(db, files, { replace });
      for (const outcome of outcomes) console.log(describeOutcome(outcome));
      return outcomes.some((outcome) => outcome.error) ? EXIT_FAILED : EXIT_OK;
    } finally {
      await db.close();
    }
  },
);
