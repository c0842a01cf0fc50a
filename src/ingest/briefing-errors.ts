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

/**
 * A write that would silently overwrite what the graph holds: a briefing id that exists with other
 * content (ingest it with `replace`), or an actor id that names a different actor. Nothing is written.
 */
export class IngestConflictError extends Error {
  readonly code = 'CONFLICT';
  constructor(
    /** The input field at fault, e.g. "briefing.id" or "actors.2.id". */
    readonly field: string,
    message: string,
    /** What the conflicting write would have done, for the caller to decide. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${field}: ${message}`);
    this.name = 'IngestConflictError';
  }
}
