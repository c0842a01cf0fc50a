import type { IngestReport } from '../../ingest/apply-briefing.js';
import type { Resolvers } from '../../../generated/resolver-types.js';
import type { Context } from '../context.js';
import { existing, hydrateRelations } from '../resolvers/hydrate.js';
import type { ActorIngested, RelationIngested } from './ingest-events.js';

const anyOf = <T>(wanted: readonly T[] | null | undefined, ...values: T[]) => !wanted || wanted.length === 0 || values.some((value) => wanted.includes(value));

/**
 * Announces what an ingest wrote to this server's subscriptions. Unchanged relations (re-ingesting
 * the same briefing) are not news and are not announced.
 */
export async function announceIngest(context: Context, report: IngestReport): Promise<void> {
  if (!context.events.listening) return;
  const statusOf = new Map<string, RelationIngested['status']>([
    ...report.relationsCreated.map((ref) => [ref.id, 'CREATED'] as const),
    ...report.relationsCorroborated.map((ref) => [ref.id, 'CORROBORATED'] as const),
  ]);
  // A relation of an actor with itself (two actors a merge made one) is in no analyst answer (README "Merge").
  const refs = [...report.relationsCreated, ...report.relationsCorroborated].filter((ref) => ref.source !== ref.target);
  const relations = await hydrateRelations(context, refs);
  const actors = await context.loaders.actor.loadMany(report.actors.map((actor) => actor.id));
  context.events.publish({
    briefingId: report.briefingId,
    relations: relations.map((relation) => ({
      briefingId: report.briefingId,
      status: statusOf.get(relation.id)!,
      type: relation.type,
      ref: { id: relation.id, source: relation.source, target: relation.target },
    })),
    actors: report.actors.flatMap((actor, index) => {
      const record = actors[index];
      if (!record || record instanceof Error) return [];
      return [{ briefingId: report.briefingId, status: actor.status, actorId: actor.id, kind: record.kind }];
    }),
  });
}

export const subscriptionResolvers: Pick<Resolvers, 'Subscription' | 'RelationIngested' | 'ActorIngested'> = {
  Subscription: {
    relationIngested: {
      subscribe: (_, args, context) =>
        context.events.listen((event) =>
          event.relations.filter((relation) => anyOf(args.types, relation.type) && anyOf(args.actorIds, relation.ref.source, relation.ref.target)),
        ),
      resolve: (payload: RelationIngested) => payload,
    },
    actorIngested: {
      subscribe: (_, args, context) =>
        context.events.listen((event) => event.actors.filter((actor) => anyOf(args.kinds, actor.kind) && anyOf(args.actorIds, actor.actorId))),
      resolve: (payload: ActorIngested) => payload,
    },
  },
  RelationIngested: {
    relation: (payload, _, context) => existing(context.loaders.relation.load(payload.ref), `relation "${payload.ref.id}"`),
    briefing: (payload, _, context) => existing(context.loaders.briefing.load(payload.briefingId), `briefing "${payload.briefingId}"`),
  },
  ActorIngested: {
    actor: (payload, _, context) => existing(context.loaders.actor.load(payload.actorId), `actor "${payload.actorId}"`),
    briefing: (payload, _, context) => existing(context.loaders.briefing.load(payload.briefingId), `briefing "${payload.briefingId}"`),
  },
};
