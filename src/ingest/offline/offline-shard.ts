import type { ActorStatement } from '../../graph/actors/actor-facts.js';
import type { BriefingFile } from '../briefing-format.js';
import { contentHashOf } from '../content-hash.js';
import { combinedFacts, factsOfOne, type DerivedRelationFacts } from '../new-relation-facts.js';
import { planBriefing, type BriefingPlan, type PlannedActorStatement, type PlannedRelation } from '../plan.js';

/**
 * The part of an offline load that needs nothing from other briefings: planning each briefing with
 * the ingest's planner, writing its own rows (the briefing, its mentions, actor statements and
 * evidence), and tallying what its actors and relations gather across briefings. Several shards
 * plan disjoint sets of briefings side by side (offline-pool.ts runs each in a thread of its own);
 * what depends on the order of the briefings is decided by their position in the load (`order`),
 * never by which shard planned them or when, so the graph is the same for any number of shards.
 *
 * A briefing plans the same whichever of its actors the graph knows already: an actor the load met
 * before matches by id, which changes neither its id nor any relation, statement or evidence
 * (only the :Actor node's facts, derived at the end from every statement: offline-graph.ts).
 */

/** What an offline import writes for each briefing, where it is planned. */
export interface BriefingRows {
  briefing(plan: BriefingPlan, contentHash: string): void;
  mention(briefingId: string, actorId: string): void;
  statement(statement: PlannedActorStatement, briefingId: string, publishedAt: string): void;
  evidence(relation: PlannedRelation, briefingId: string): void;
}

/** A relation as its first statement gives it (the facts the batched ingest creates it with). */
export type FirstStatement = Pick<PlannedRelation, 'id' | 'type' | 'source' | 'target' | 'date' | 'datePrecision' | 'dateEnd' | 'negated' | 'title'>;

/** An actor statement as its actor's facts are derived from (and ordered by: oldestFirst). */
export type KeptStatement = ActorStatement & { id: string; actorId: string; publishedAt: string };

/** A relation so far: its first statement (the earliest in the load's order) and the facts of all its evidence. */
export interface RelationTally {
  /** Where its first statement stands: the briefing's position in the load, then the relation's in the briefing. */
  order: number;
  position: number;
  first: FirstStatement;
  facts: DerivedRelationFacts;
}

/** What a shard gathered, to be merged with the other shards' (mergeShards). */
export interface ShardTally {
  /**
   * Per actor, its statements: one per distinct content (name, aliases, titles, identifiers; the
   * kind is the same in all), the oldest of each: the facts derived from them are those derived
   * from all, and a hub stated by thousands of briefings keeps a few.
   */
  statements: Map<string, Map<string, KeptStatement>>;
  relations: Map<string, RelationTally>;
}

/** What one planned briefing contributes to the audit entry of its creation. */
export interface PlannedCounts {
  /** Its pieces of evidence (its relation mentions). */
  evidence: number;
  /** The distinct relations they state. */
  relations: number;
}

export class PlanShard {
  private readonly tally: ShardTally = { statements: new Map(), relations: new Map() };

  constructor(private readonly rows: BriefingRows) {}

  /** Plans the briefing at position `order` of the load and writes its rows. Validation is the caller's. */
  add(order: number, file: BriefingFile): PlannedCounts {
    const plan = planBriefing(file, []);
    const { id: briefingId, publishedAt } = plan.briefing;
    this.rows.briefing(plan, contentHashOf(file));
    for (const actor of plan.actors) this.rows.mention(briefingId, actor.id);
    for (const statement of plan.statements) {
      this.rows.statement(statement, briefingId, publishedAt);
      keepOldest(this.tally.statements, { ...statement, briefingId, publishedAt });
    }
    const ids = new Set<string>();
    plan.relations.forEach((relation, position) => {
      this.rows.evidence(relation, briefingId);
      ids.add(relation.id);
      const facts = factsOfOne({ modality: relation.modality, confidence: relation.confidence, from: relation.from, to: relation.to, publishedAt });
      const known = this.tally.relations.get(relation.id);
      if (known) known.facts = combinedFacts(known.facts, facts);
      else {
        const { id, type, source, target, date, datePrecision, dateEnd, negated, title } = relation;
        this.tally.relations.set(id, { order, position, first: { id, type, source, target, date, datePrecision, dateEnd, negated, title }, facts });
      }
    });
    return { evidence: plan.relations.length, relations: ids.size };
  }

  result(): ShardTally {
    return this.tally;
  }
}

/** The shards' tallies as one: the oldest statement of each content, each relation's earliest first statement and all its evidence's facts. */
export function mergeShards(shards: readonly ShardTally[]): ShardTally {
  const [merged, ...rest] = shards;
  if (!merged) return { statements: new Map(), relations: new Map() };
  for (const shard of rest) {
    for (const kept of shard.statements.values()) for (const statement of kept.values()) keepOldest(merged.statements, statement);
    for (const [id, tally] of shard.relations) {
      const known = merged.relations.get(id);
      if (!known) merged.relations.set(id, tally);
      else {
        const facts = combinedFacts(known.facts, tally.facts);
        merged.relations.set(id, earlier(tally, known) ? { ...tally, facts } : { ...known, facts });
      }
    }
  }
  return merged;
}

const earlier = (a: RelationTally, b: RelationTally) => a.order < b.order || (a.order === b.order && a.position < b.position);

function keepOldest(statements: Map<string, Map<string, KeptStatement>>, statement: KeptStatement): void {
  let kept = statements.get(statement.actorId);
  if (!kept) {
    kept = new Map<string, KeptStatement>();
    statements.set(statement.actorId, kept);
  }
  const content = JSON.stringify([statement.name, statement.aliases, statement.titles, statement.externalIds]);
  const earlierOne = kept.get(content);
  if (!earlierOne || oldestFirst(statement, earlierOne) < 0) kept.set(content, statement);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The order actors/statements reads an actor's statements in: oldest briefing first. */
export const oldestFirst = (a: KeptStatement, b: KeptStatement) =>
  compare(a.publishedAt, b.publishedAt) || compare(a.briefingId, b.briefingId) || compare(a.id, b.id);
