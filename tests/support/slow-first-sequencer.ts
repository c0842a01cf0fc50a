import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files that take minutes on two cores, each a project's long pole. vitest starts the files of a fresh clone (no
 * timing cache) largest first, so these, small files, started last and ran alone at the end of their project while its
 * other worker sat idle. Started first, they run beside the rest. The calibration's staleness check trains five
 * out-of-fold models over the development briefings (about six minutes).
 */
const SLOW_FILES = ['tests/unit/extract/calibration.test.ts'];

const isSlow = (spec: TestSpecification) => SLOW_FILES.some((file) => spec.moduleId.endsWith(file));

/** vitest's order (group, project, then longest or largest first), with the known slow files first within their project. */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // the base order keeps each project's files together: reorder within each run of one project
    const runs: TestSpecification[][] = [];
    for (const spec of sorted) {
      const run = runs.at(-1);
      if (run && run[0]!.project === spec.project) run.push(spec);
      else runs.push([spec]);
    }
    return runs.flatMap((run) => [...run.filter(isSlow), ...run.filter((spec) => !isSlow(spec))]);
  }
}
