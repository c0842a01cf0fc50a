import type { BriefingFile } from '../briefing-format.js';
import { BriefingFileError } from '../briefing-errors.js';
import { deriveActorFacts, type ActorFacts } from '../../graph/actors/actor-facts.js';
import type { DerivedRelationFacts } from '../new-relation-facts.js';
import { oldestFirst, type FirstStatement, type PlannedCounts, type ShardTally } from './offline-shard.js';

/**
 * The graph a load of briefings into an EMPTY store writes, computed in memory from the same plans
 * (planBriefing) as the online ingest, for an offline import (offline-load.ts): every row the
 * batched ingest (new-briefings.ts) would create, with the same ids, facts and provenance.
 * The briefings are admitted here one by one in the load's order, then planned by shards
 * (offline-shard.ts), possibly in other threads; what gathers many briefings (actors, relations,
 * the audit) is written here at the end from the shards' merged tallies.
 *
 * What only the online ingest reproduces is refused, naming the briefing and field: a briefing id
 * given twice (a replace), an actor stated with another kind than it was created with (majority
 * kind, id conflicts) and Wikidata QIDs (matching across actor ids). Load those with `npm run import`.
 */

/** What an offline import writes once all briefings are planned: the rows that gather many briefings. */
export interface GraphRows {
  actor(row: ActorFacts): void;
  relation(row: FirstStatement & { derived: DerivedRelationFacts }): void;
  audit(row: { subject: string; summary: string }): void;
}

export class OfflineGraph {
  /** Each actor as it was created (actors/create): the name and kind the first briefing naming it gave. */
  private readonly actors = new Map<string, { id: string; name: string; kind: string }>();
  private readonly briefingIds: string[] = [];
  private readonly known = new Set<string>();

  /**
   * Checks the next briefing of the load against those admitted before it (refused, naming its
   * field, when only the online import reproduces it) and records the actors it creates.
   * Returns its position in the load.
   */
  admit(file: BriefingFile, source: string): number {
    if (this.known.has(file.briefing.id)) {
      refuse(source, 'briefing.id', `"${file.briefing.id}" is given twice: a replace needs the online import (npm run import)`);
    }
    file.actors.forEach((actor, index) => {
      if (actor.externalIds?.wikidata) {
        refuse(source, `actors.${index}.externalIds.wikidata`, 'Wikidata QIDs match actors across ids, which only the online import does (npm run import)');
      }
      const created = this.actors.get(actor.id);
      if (!created) this.actors.set(actor.id, { id: actor.id, name: actor.name, kind: actor.kind });
      else if (created.kind !== actor.kind) {
        refuse(source, `actors.${index}.kind`, `"${actor.id}" was loaded as ${created.kind}: another kind needs the online import (npm run import)`);
      }
    });
    this.known.add(file.briefing.id);
    return this.briefingIds.push(file.briefing.id) - 1;
  }

  get briefings(): number {
    return this.briefingIds.length;
  }

  /**
   * Writes every actor with its facts derived from all its statements, every relation with its
   * first statement and the facts derived from all its evidence, and each briefing's audit entry
   * (apply-briefing.ts auditSummary), given every admitted briefing's counts (by position) and the
   * shards' merged tally.
   */
  finish(counts: readonly PlannedCounts[], tally: ShardTally, rows: GraphRows): { actors: number; relations: number } {
    for (const created of this.actors.values()) {
      const statements = [...(tally.statements.get(created.id)?.values() ?? [])].sort(oldestFirst);
      rows.actor(deriveActorFacts(created, statements));
    }
    const createdBy = new Array<number>(this.briefingIds.length).fill(0);
    for (const { order, first, facts } of tally.relations.values()) {
      createdBy[order]! += 1;
      rows.relation({ ...first, derived: facts });
    }
    this.briefingIds.forEach((briefingId, order) => {
      const { evidence, relations } = counts[order]!;
      const created = createdBy[order]!;
      rows.audit({
        subject: briefingId,
        summary: `created: ${created} relations created, ${relations - created} corroborated, ${evidence} evidence added, 0 retracted`,
      });
    });
    return { actors: this.actors.size, relations: tally.relations.size };
  }
}

function refuse(source: string, path: string, message: string): never {
  throw new BriefingFileError(source, [{ path, message }]);
}
