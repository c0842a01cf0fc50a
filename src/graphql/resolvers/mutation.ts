import { ingestBriefing } from '../../ingest/apply-briefing.js';
import { parseBriefing } from '../../ingest/parse-briefing.js';
import type { Context } from '../context.js';
import { hydrateRelations } from './hydrate.js';

export const mutationResolvers = {
  Mutation: {
    ingestBriefing: async (_: unknown, args: { input: unknown }, context: Context) => {
      const briefing = parseBriefing(args.input, 'input');
      const report = await ingestBriefing(context.db, briefing);
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
    },
    mergeActors: (_: unknown, args: { survivorId: string; absorbedId: string }, context: Context) =>
      context.resolution.merge(args.survivorId, args.absorbedId),
    unmergeActors: async (_: unknown, args: { mergeId: string }, context: Context) =>
      context.loaders.actor.load(await context.resolution.unmerge(args.mergeId)),
  },
};
