import { rolesHeldAt } from '../../graph/actors/roles-at.js';
import type { Direction } from '../../graph/actors/actor-repository.js';
import { connection, pageRequest } from '../../graph/shared/pagination.js';
import type { ActorRecord, BriefingRecord, EvidenceRecord, RelationRecord } from '../../graph/shared/records.js';
import type { RelationWindow } from '../../graph/shared/relation-window.js';
import { RELATION_TYPE_INFO, type RelationTypeInfo } from '../../vocabulary/relation-types.js';
import type { Context } from '../context.js';
import { hydrateRelations } from './hydrate.js';

interface RelationsArgs extends RelationWindow {
  direction?: Direction | null;
  first?: number | null;
  after?: string | null;
}

export const ploverOf = (info: RelationTypeInfo) => (info.plover ? { category: info.plover.category, mode: info.plover.mode, score: info.goldstein } : null);

export const typeResolvers = {
  Actor: {
    aliases: (actor: ActorRecord) => actor.aliases ?? [],
    externalIds: (actor: ActorRecord) => actor.externalIds ?? [],
    titles: (actor: ActorRecord) => actor.titles ?? [],
    roles: async (actor: ActorRecord, args: { at?: string | null }, context: Context) => {
      const roles = await context.loaders.roles.load(actor.id);
      return (args.at ? rolesHeldAt(roles, args.at) : roles).map((role) => ({ ...role, ref: role }));
    },
    relations: async (actor: ActorRecord, args: RelationsArgs, context: Context) => {
      const page = pageRequest(args.first, args.after);
      const request = {
        actorId: actor.id,
        direction: args.direction ?? 'BOTH',
        types: args.types,
        since: args.since,
        until: args.until,
        modalities: args.modalities,
        negated: args.negated,
        newestFirst: false,
        ...page,
      };
      const { total, page: refs } = await context.loaders.relationsPage.load({ ...request, key: JSON.stringify(request) });
      return connection(await hydrateRelations(context, refs), page, total);
    },
    mentionedIn: async (actor: ActorRecord, args: { first?: number | null }, context: Context) => {
      const ids = (await context.loaders.mentionedIn.load(actor.id)).slice(0, args.first ?? 20);
      return (await context.loaders.briefing.loadMany(ids)).filter((briefing) => briefing && !(briefing instanceof Error));
    },
  },
  Role: {
    of: (role: { target: string }, _: unknown, context: Context) => context.loaders.actor.load(role.target),
    relation: (role: { ref: { id: string; source: string; target: string } }, _: unknown, context: Context) => context.loaders.relation.load(role.ref),
  },
  Relation: {
    source: (relation: RelationRecord, _: unknown, context: Context) => context.loaders.actor.load(relation.source),
    target: (relation: RelationRecord, _: unknown, context: Context) => context.loaders.actor.load(relation.target),
    symmetric: (relation: RelationRecord) => RELATION_TYPE_INFO[relation.type].symmetric,
    mentions: (relation: RelationRecord) => relation.mentions ?? 0,
    confidence: (relation: RelationRecord) => relation.confidence ?? 1,
    cameo: (relation: RelationRecord) => RELATION_TYPE_INFO[relation.type].cameo,
    plover: (relation: RelationRecord) => ploverOf(RELATION_TYPE_INFO[relation.type]),
    evidence: (relation: RelationRecord, _: unknown, context: Context) => context.loaders.evidence.load(relation.id),
  },
  Evidence: {
    speaker: (evidence: EvidenceRecord, _: unknown, context: Context) => (evidence.speakerId ? context.loaders.actor.load(evidence.speakerId) : null),
    briefing: (evidence: EvidenceRecord, _: unknown, context: Context) => context.loaders.briefing.load(evidence.briefingId),
  },
  Briefing: {
    actors: async (briefing: BriefingRecord, _: unknown, context: Context) => {
      const ids = await context.loaders.briefingActors.load(briefing.id);
      return (await context.loaders.actor.loadMany(ids)).filter((actor) => actor && !(actor instanceof Error));
    },
    contributions: async (briefing: BriefingRecord, _: unknown, context: Context) => {
      const rows = await context.briefings.contributions(briefing.id);
      const relations = new Map(
        (
          await hydrateRelations(
            context,
            rows.map((row) => row.ref),
          )
        ).map((relation) => [relation.id, relation]),
      );
      return rows
        .filter((row) => relations.has(row.ref.id))
        .map((row) => ({
          relation: relations.get(row.ref.id),
          evidence: row.evidence,
          corroborates: row.corroborates,
          alsoIn: row.alsoIn,
        }));
    },
  },
  Contribution: {
    alsoIn: async (contribution: { alsoIn: string[] }, _: unknown, context: Context) =>
      (await context.loaders.briefing.loadMany(contribution.alsoIn)).filter((briefing) => briefing && !(briefing instanceof Error)),
  },
};
