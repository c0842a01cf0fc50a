import { createHash } from 'node:crypto';
import { slugify } from '../../text/fold.js';
import { InputError } from '../../graph/shared/input-error.js';
import { ingestBriefing } from '../../ingest/apply-briefing.js';
import { briefingMetaSchema } from '../../ingest/briefing-format.js';
import { parseBriefing } from '../../ingest/parse-briefing.js';
import { extractAndIngest } from '../../review/extract-and-ingest.js';
import type { BriefingTextInput, Resolvers } from '../../../generated/resolver-types.js';
import type { Context } from '../context.js';
import { announceIngest } from '../subscriptions/resolvers.js';
import { existing, hydrateRelations } from './hydrate.js';

/** Hex digits of the text's digest appended to a taken slug, so two texts never share an id. */
const TEXT_DIGEST_CHARS = 10;

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

/**
 * The text briefing's own fields (id, title, url, source, day) checked by the briefing format's
 * rules before the text is extracted: a bad one is refused naming its input field (`input.id`), not
 * as a problem of the extracted draft after seconds of work.
 */
function assertTextBriefingMeta(input: BriefingTextInput, id: string, title: string): void {
  const checked = briefingMetaSchema.safeParse({ id, title, url: input.url, source: input.source, publishedAt: input.publishedAt });
  const issue = checked.error?.issues[0];
  if (issue) throw new InputError(`input.${String(issue.path[0] ?? 'id')}`, issue.message);
}

export const mutationResolvers: Pick<Resolvers, 'Mutation' | 'IngestResult' | 'IngestedActor' | 'RetractedRelation'> = {
  Mutation: {
    ingestBriefing: async (_, args, context) => {
      const report = await ingestBriefing(context.db, parseBriefing(args.input, 'input'), { by: context.principal, replace: args.replace ?? false });
      await announceIngest(context, report);
      return report;
    },

    ingestBriefingText: async (_, { input, replace }, context) => {
      const title = input.title ?? `Briefing of ${input.publishedAt}`;
      const id = await textBriefingId(input, title, context);
      assertTextBriefingMeta(input, id, title);
      // The same text again re-runs the extraction, which may find more now the graph knows more.
      const stored = await context.loaders.briefing.load(id);
      const sameText = stored !== null && stored.text === input.text;
      const { extraction, report } = await extractAndIngest(
        context.db,
        input.text,
        { ...input, id, title },
        { by: context.principal, replace: (replace ?? false) || sameText },
        context.extraction,
      );
      await announceIngest(context, report);
      return { ...report, warnings: extraction.warnings };
    },

    mergeActors: (_, args, context) => context.resolution.merge(args.survivorId, args.absorbedId, context.principal),

    unmergeActors: async (_, args, context) => {
      const actorId = await context.resolution.unmerge(args.mergeId, context.principal);
      return existing(context.loaders.actor.load(actorId), `actor "${actorId}"`);
    },
  },

  /**
   * What an ingest answers; open subscriptions hear of it first (above). Fields that load resolve
   * here, so nothing is fetched for a field the client did not select.
   */
  IngestResult: {
    // Cleared first: the id may have been looked up (and found missing) before the ingest.
    briefing: (report, _, context) => existing(context.loaders.briefing.clear(report.briefingId).load(report.briefingId), `briefing "${report.briefingId}"`),
    relationsCreated: (report, _, context) => hydrateRelations(context, report.relationsCreated),
    relationsCorroborated: (report, _, context) => hydrateRelations(context, report.relationsCorroborated),
    relationsUnchanged: (report) => report.relationsUnchanged.length,
    warnings: (result) => result.warnings ?? [],
  },

  IngestedActor: {
    actor: (actor, _, context) => existing(context.loaders.actor.load(actor.id), `actor "${actor.id}"`),
  },

  RetractedRelation: {
    source: (ref, _, context) => existing(context.loaders.actor.load(ref.source), `actor "${ref.source}"`),
    target: (ref, _, context) => existing(context.loaders.actor.load(ref.target), `actor "${ref.target}"`),
    relation: (ref, _, context) => context.loaders.relation.load(ref),
  },
};
