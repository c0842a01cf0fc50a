import { createHash } from 'node:crypto';
import { slugify } from '../../text/fold.js';
import { InputError } from '../../graph/shared/input-error.js';
import type { RelationRef } from '../../graph/shared/records.js';
import { ingestBriefing, type IngestReport } from '../../ingest/apply-briefing.js';
import { parseBriefing } from '../../ingest/parse-briefing.js';
import { extractAndIngest } from '../../review/extract-and-ingest.js';
import type { Context } from '../context.js';
import { announceIngest } from '../subscriptions/resolvers.js';
import { hydrateRelations } from './hydrate.js';

/** Hex digits of the text's digest appended to a taken slug, so two texts never share an id. */
const TEXT_DIGEST_CHARS = 10;

interface BriefingTextInput {
  text: string;
  publishedAt: string;
  id?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
}

/**
 * What an ingest mutation answers; open subscriptions hear of it first. Fields that load are
 * thunks (graphql-js calls a function-valued property), so nothing is fetched for a field the
 * client did not select, and no load is left running, unawaited, after the response.
 */
async function ingestResult(report: IngestReport, context: Context) {
  await announceIngest(context, report);
  return {
    // Cleared first: the id may have been looked up (and found missing) before the ingest.
    briefing: () => context.loaders.briefing.clear(report.briefingId).load(report.briefingId),
    briefingStatus: report.briefingStatus,
    actors: report.actors.map((actor) => ({ ...actor, actor: () => context.loaders.actor.load(actor.id) })),
    relationsCreated: () => hydrateRelations(context, report.relationsCreated),
    relationsCorroborated: () => hydrateRelations(context, report.relationsCorroborated),
    relationsUnchanged: report.relationsUnchanged.length,
    evidenceAdded: report.evidenceAdded,
    evidenceRetracted: report.evidenceRetracted,
    relationsRetracted: report.relationsRetracted,
  };
}

/**
 * The id a text briefing is stored under. Given: that id. Not given: the slug of source and title,
 * unless a briefing with another text holds it; then the slug with a digest of the text, so the
 * same text always lands on the same id and another text never replaces it.
 */
async function textBriefingId(input: BriefingTextInput, title: string, context: Context): Promise<string> {
  if (input.id != null) return input.id;
  const slug = slugify(`${input.source ?? ''} ${title}`);
  if (!slug) throw new InputError('input.id', 'give an id or a title to make one from');
  const holder = await context.loaders.briefing.load(slug);
  if (!holder || holder.text === input.text) return slug;
  return `${slug}-${createHash('sha256').update(input.text).digest('hex').slice(0, TEXT_DIGEST_CHARS)}`;
}

export const mutationResolvers = {
  Mutation: {
    ingestBriefing: async (_: unknown, args: { input: unknown; replace?: boolean | null }, context: Context) =>
      ingestResult(await ingestBriefing(context.db, parseBriefing(args.input, 'input'), { by: context.principal, replace: args.replace ?? false }), context),

    ingestBriefingText: async (_: unknown, { input, replace }: { input: BriefingTextInput; replace?: boolean | null }, context: Context) => {
      const title = input.title ?? `Briefing of ${input.publishedAt}`;
      const id = await textBriefingId(input, title, context);
      // The same text again re-runs the extraction, which may find more now the graph knows more.
      const stored = await context.loaders.briefing.load(id);
      const sameText = stored !== null && stored.text === input.text;
      const { report } = await extractAndIngest(
        context.db,
        input.text,
        { ...input, id, title },
        { by: context.principal, replace: (replace ?? false) || sameText },
      );
      return ingestResult(report, context);
    },

    mergeActors: (_: unknown, args: { survivorId: string; absorbedId: string }, context: Context) =>
      context.resolution.merge(args.survivorId, args.absorbedId, context.principal),

    unmergeActors: async (_: unknown, args: { mergeId: string }, context: Context) =>
      context.loaders.actor.load(await context.resolution.unmerge(args.mergeId, context.principal)),
  },

  RetractedRelation: {
    source: (ref: RelationRef, _: unknown, context: Context) => context.loaders.actor.load(ref.source),
    target: (ref: RelationRef, _: unknown, context: Context) => context.loaders.actor.load(ref.target),
    relation: (ref: RelationRef, _: unknown, context: Context) => context.loaders.relation.load(ref),
  },
};
