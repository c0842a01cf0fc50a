import type { z } from 'zod';

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. "relations.3.target"; empty for the whole file. */
  path: string;
  message: string;
}

/** A briefing that cannot be ingested; it names the file (or input) and every offending field. */
export class BriefingFileError extends Error {
  readonly code = 'BAD_BRIEFING';
  constructor(
    readonly source: string,
    readonly problems: FieldProblem[],
  ) {
    super(`${source}: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`);
    this.name = 'BriefingFileError';
  }
}

export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
