import { slugify } from '../../graph/names/fold.js';
import { InputError } from '../../graph/shared/pagination.js';
import { ingestBriefing, type IngestReport } from '../../ingest/apply-briefing.js';
import { parseBriefing } from '../../ingest/parse-briefing.js';
import { extractAndIngest } from '../../review/extract-and-ingest.js';
import type { Context } from '../context.js';
import { announceIngest } from '../subscriptions/resolvers.js';
import { hydrateRelations } from './hydrate.js';

interface BriefingTextInput {
  text: string;
  publishedAt: string;
  id?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
}

/** What an ingest mutation answers; open subscriptions hear of it first. */
async function ingestResult(report: IngestReport, context: Context) {
  await announceIngest(context, report);
  return {
    briefing: context.loaders.briefing.load(report.briefingId),
    briefingStatus: report.briefingStatus,
    actors: report.actors.map((actor) => ({ ...actor, actor: context.loaders.actor.load(actor.id) })),
    relationsCreated: hydrateRelations(context, report.relationsCreated),
    relationsCorroborated: hydrateRelations(context, report.relationsCorroborated),
    relationsUnchanged: report.relationsUnchanged.length,
    evidenceAdded: report.evidenceAdded,
    evidenceRetracted: report.evidenceRetracted,
  };
}

export const mutationResolvers = {
  Mutation: {
    ingestBriefing: async (_: unknown, args: { input: unknown }, context: Context) =>
      ingestResult(await ingestBriefing(context.db, parseBriefing(args.input, 'input'), { by: context.principal }), context),

    ingestBriefingText: async (_: unknown, { input }: { input: BriefingTextInput }, context: Context) => {
      const title = input.title ?? `Briefing of ${input.publishedAt}`;
      const id = input.id ?? slugify(`${input.source ?? ''} ${title}`);
      if (!id) throw new InputError('input.id', 'give an id or a title to make one from');
      const { report } = await extractAndIngest(context.db, input.text, { ...input, id, title }, { by: context.principal });
      return ingestResult(report, context);
    },

    mergeActors: (_: unknown, args: { survivorId: string; absorbedId: string }, context: Context) =>
      context.resolution.merge(args.survivorId, args.absorbedId, context.principal),

    unmergeActors: async (_: unknown, args: { mergeId: string }, context: Context) =>
      context.loaders.actor.load(await context.resolution.unmerge(args.mergeId, context.principal)),
  },
};
