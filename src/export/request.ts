import { z } from 'zod';
import { MODALITIES } from '../vocabulary/modalities.js';
import { RELATION_TYPES } from '../vocabulary/relation-types.js';
import { EXPORT_FORMATS } from './formats/index.js';

/** The most relations a whole-graph export reads, page by page; narrow it with filters beyond that. */
export const MAX_EXPORT_RELATIONS = 50_000;
/** Relations fetched per GraphQL page when exporting the whole graph (the API's page maximum). */
export const EXPORT_PAGE_SIZE = 500;

/** A list given as repeated parameters or comma-separated (`types=MET,PHONED`). */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => {
    if (value === undefined || value === null || value === '') return undefined;
    const values = Array.isArray(value) ? value : [value];
    return values
      .flatMap((entry) => String(entry).split(','))
      .map((entry) => entry.trim())
      .filter(Boolean);
  }, z.array(item).optional());

const int = z.coerce.number().int();
const day = z.iso.date({ error: 'must be a day written YYYY-MM-DD' }).optional();
const bool = z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean().optional());

const window = {
  types: list(z.enum(RELATION_TYPES)),
  since: day,
  until: day,
  modalities: list(z.enum(MODALITIES)),
  negated: bool,
};

/**
 * What to export, the same filters the GraphQL API takes, with the same names: a neighborhood
 * (`actorId`, `depth`, `limit`), the shortest paths between two actors (`fromId`, `toId`,
 * `maxDepth`, `excludeTypes`, `excludeActorIds`, `limit`) or the whole graph. The scope is the one
 * whose ids are given when `scope` is left out.
 */
export const exportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS as [string, ...string[]], { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
    scope: z.enum(['neighborhood', 'paths', 'graph']).optional(),
    actorId: z.string().min(1).optional(),
    depth: int.optional(),
    fromId: z.string().min(1).optional(),
    toId: z.string().min(1).optional(),
    maxDepth: int.optional(),
    excludeTypes: list(z.enum(RELATION_TYPES)),
    excludeActorIds: list(z.string().min(1)),
    limit: int.optional(),
    ...window,
  })
  .strict()
  .transform((request, context) => {
    const scope = request.scope ?? (request.actorId ? 'neighborhood' : request.fromId || request.toId ? 'paths' : 'graph');
    if (scope === 'neighborhood' && !request.actorId) context.addIssue({ code: 'custom', path: ['actorId'], message: 'is required for a neighborhood' });
    if (scope === 'paths' && !request.fromId) context.addIssue({ code: 'custom', path: ['fromId'], message: 'is required for paths' });
    if (scope === 'paths' && !request.toId) context.addIssue({ code: 'custom', path: ['toId'], message: 'is required for paths' });
    return { ...request, scope };
  });

export type ExportRequest = z.output<typeof exportRequestSchema>;

export class ExportRequestError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly problems: string[]) {
    super(`Invalid export request: ${problems.join('; ')}`);
    this.name = 'ExportRequestError';
  }
}

/** Validates raw parameters (from a URL or the command line), naming every bad one. */
export function parseExportRequest(raw: Record<string, unknown>): ExportRequest {
  const result = exportRequestSchema.safeParse(raw);
  if (!result.success) {
    throw new ExportRequestError(
      result.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys' ? `unknown parameter ${issue.keys.join(', ')}` : `${issue.path.join('.') || 'request'}: ${issue.message}`,
      ),
    );
  }
  return result.data;
}
