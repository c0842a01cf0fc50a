import type { BriefingFile } from '../briefing-format.js';
import { BriefingFileError } from '../briefing-errors.js';
import { contentHashOf } from '../content-hash.js';
import { deriveActorFacts, type ActorFacts, type ActorStatement } from '../../graph/actors/actor-facts.js';
import { derivedFactsOf, type DerivedRelationFacts, type EvidenceFacts } from '../new-relation-facts.js';
import { planBriefing, type ActorResolution, type BriefingPlan, type PlannedActorStatement, type PlannedRelation } from '../plan.js';

/**
 * The graph a load of briefings into an EMPTY store writes, computed in memory from the same plans
 * (planBriefing) as the online ingest, for an offline import (offline-load.ts): every row the
 * batched ingest (new-briefings.ts) would create, with the same ids, facts and provenance.
 * Briefings stream out as they are planned (their evidence, statements and mentions are never
 * kept); actors and relations are kept, their derived facts written at the end.
 *
 * What only the online ingest reproduces is refused, naming the briefing and field: a briefing id
 * given twice (a replace), an actor stated with another kind than it was created with (majority
 * kind, id conflicts) and Wikidata QIDs (matching across actor ids). Load those with `npm run import`.
 */

/** Everything the offline graph writes, row by row: a CSV file per kind (csv-files.ts). */
export interface OfflineSink {
  briefing(row: { plan: BriefingPlan; contentHash: string }): void;
  mention(briefingId: string, actorId: string): void;
  statement(row: PlannedActorStatement & { briefingId: string; publishedAt: string }): void;
  evidence(row: PlannedRelation & { briefingId: string }): void;
  audit(row: { subject: string; summary: string }): void;
  actor(row: ActorFacts): void;
  relation(row: FirstStatement & { derived: DerivedRelationFacts }): void;
}

/** A relation as its first statement gives it (the facts the batched ingest creates it with). */
type FirstStatement = Pick<PlannedRelation, 'id' | 'type' | 'source' | 'target' | 'date' | 'datePrecision' | 'dateEnd' | 'negated' | 'title'>;

type KeptStatement = ActorStatement & { publishedAt: string; id: string };

interface ActorState {
  /** The name and kind it was created with (actors/create), from the first briefing naming it. */
  created: { id: string; name: string; kind: string };
  /**
   * Its statements, one per distinct content (name, aliases, titles, identifiers; the kind is the
   * same in all), the oldest of each: the facts derived from them are those derived from all (each
   * name, title and identifier first appears where the oldest statement giving it stands), and a
   * hub stated by thousands of briefings keeps a few.
   */
  statements: Map<string, KeptStatement>;
}

export class OfflineGraph {
  private readonly actors = new Map<string, ActorState>();
  private readonly relations = new Map<string, { first: FirstStatement; evidence: EvidenceFacts[] }>();
  private readonly briefingIds = new Set<string>();
  briefings = 0;
  relationMentions = 0;

  constructor(private readonly sink: OfflineSink) {}

  /** Plans one briefing as the ingest would after every briefing added before it, and writes its rows. */
  add(file: BriefingFile, source: string): void {
    if (this.briefingIds.has(file.briefing.id)) {
      refuse(source, 'briefing.id', `"${file.briefing.id}" is given twice: a replace needs the online import (npm run import)`);
    }
    const resolutions = file.actors.map((actor, index): ActorResolution => {
      if (actor.externalIds?.wikidata) {
        refuse(source, `actors.${index}.externalIds.wikidata`, 'Wikidata QIDs match actors across ids, which only the online import does (npm run import)');
      }
      const known = this.actors.get(actor.id);
      if (!known) return { inputId: actor.id, matchedBy: null, existing: null };
      if (known.created.kind !== actor.kind) {
        refuse(source, `actors.${index}.kind`, `"${actor.id}" was loaded as ${known.created.kind}: another kind needs the online import (npm run import)`);
      }
      return { inputId: actor.id, matchedBy: 'ID', existing: { ...known.created, aliases: [], titles: [], wikidata: null, externalIds: [] } };
    });
    const plan = planBriefing(file, resolutions);
    const { id: briefingId, publishedAt } = plan.briefing;
    this.briefingIds.add(briefingId);

    for (const actor of plan.actors) {
      if (!actor.matchedBy) this.actors.set(actor.id, { created: { id: actor.id, name: actor.name, kind: actor.kind }, statements: new Map() });
      this.sink.mention(briefingId, actor.id);
    }
    this.sink.briefing({ plan, contentHash: contentHashOf(file) });
    for (const statement of plan.statements) {
      const kept = this.actors.get(statement.actorId)!.statements;
      const content = JSON.stringify([statement.name, statement.aliases, statement.titles, statement.externalIds]);
      const earlier = kept.get(content);
      const candidate = { ...statement, briefingId, publishedAt };
      if (!earlier || oldestFirst(candidate, earlier) < 0) kept.set(content, candidate);
      this.sink.statement({ ...statement, briefingId, publishedAt });
    }

    const before = new Set(plan.relations.filter((relation) => this.relations.has(relation.id)).map((relation) => relation.id));
    for (const relation of plan.relations) {
      this.sink.evidence({ ...relation, briefingId });
      const facts = { modality: relation.modality, confidence: relation.confidence, from: relation.from, to: relation.to, publishedAt };
      const known = this.relations.get(relation.id);
      if (known) known.evidence.push(facts);
      else {
        const { id, type, source: from, target, date, datePrecision, dateEnd, negated, title } = relation;
        this.relations.set(id, { first: { id, type, source: from, target, date, datePrecision, dateEnd, negated, title }, evidence: [facts] });
      }
    }
    // The audit entry the ingest records for a created briefing (apply-briefing.ts auditSummary).
    const created = new Set(plan.relations.filter((relation) => !before.has(relation.id)).map((relation) => relation.id)).size;
    this.sink.audit({
      subject: briefingId,
      summary: `created: ${created} relations created, ${before.size} corroborated, ${plan.relations.length} evidence added, 0 retracted`,
    });
    this.briefings += 1;
    this.relationMentions += plan.relations.length;
  }

  /** Writes every actor with its facts derived from all its statements, and every relation with its facts derived from all its evidence. */
  finish(): { actors: number; relations: number } {
    for (const state of this.actors.values()) {
      const statements = [...state.statements.values()].sort(oldestFirst);
      this.sink.actor(deriveActorFacts(state.created, statements));
    }
    for (const { first, evidence } of this.relations.values()) this.sink.relation({ ...first, derived: derivedFactsOf(evidence) });
    return { actors: this.actors.size, relations: this.relations.size };
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The order actors/statements reads an actor's statements in: oldest briefing first. */
const oldestFirst = (a: KeptStatement, b: KeptStatement) => compare(a.publishedAt, b.publishedAt) || compare(a.briefingId, b.briefingId) || compare(a.id, b.id);

function refuse(source: string, path: string, message: string): never {
  throw new BriefingFileError(source, [{ path, message }]);
}
