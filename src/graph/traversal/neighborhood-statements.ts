import type { PlannedStatement } from '../../db/database.js';
import { RELATION_TYPES, type RelationType } from '../../vocabulary/relation-types.js';
import { askedParams, type AskedProperties } from '../shared/asked-properties.js';

/**
 * A `maxRelations` no actor reaches: every actor of the frontier is expanded whole. A number like
 * the bounds of the first pass, never null: Neo4j keys its plan cache by the parameters' types, so a
 * null here was a statement of its own, never planned first, planned inside the request's deadline.
 */
export const EXPAND_WHOLE = Number.MAX_SAFE_INTEGER;

/**
 * Each relation type's place in the vocabulary: the edges' statements send an edge's type as this
 * number (`kinds`, read back by edgeKind). BigInts, which the driver sends as integers of a byte
 * each where a number goes as a float of nine: the map rides along with every statement that
 * reads edges (about 280 bytes where it took 460).
 */
const TYPE_CODES: Readonly<Record<RelationType, bigint>> = Object.fromEntries(RELATION_TYPES.map((type, code) => [type, BigInt(code)])) as Record<
  RelationType,
  bigint
>;

/** An edge's type and direction from its `kind` (neighborhood/edges): twice its type's code, plus 1 when it starts at its pair's first actor. */
export function edgeKind(kind: number): { type: RelationType; fromFirst: boolean } {
  return { type: RELATION_TYPES[kind >> 1]!, fromFirst: (kind & 1) === 1 };
}

/**
 * The statements a neighborhood sends, each one's parameters built here alone: the plans made first
 * (Database.planFirst, outside the deadline) are keyed by the parameters' types, so the statements
 * planned first must be built as the transaction builds them.
 */
export class NeighborhoodStatements {
  constructor(
    /** The window's parameters (windowParams). */
    private readonly window: Record<string, unknown>,
    /** Written for these types alone when the request names some (cypher()); every type otherwise. */
    private readonly types: readonly RelationType[] | undefined,
    /** The properties of the edges the answer shows, when it reads their records. */
    private readonly asked: AskedProperties,
  ) {}

  /** One breadth-first step; an actor with more than `maxRelations` relations is named dense instead (EXPAND_WHOLE: none is). */
  expand(frontier: string[], visited: string[], maxRelations: number): PlannedStatement {
    return this.statement('neighborhood/expand', { ...this.window, frontier, visited, maxRelations });
  }

  newestDay(): PlannedStatement {
    return this.statement('neighborhood/newest-day', { types: this.window.types });
  }

  /** The dense actors' (by element id) neighbours through the relations of the days in [from, to). */
  slice(dense: string[], visited: string[], from: string, to: string): PlannedStatement {
    return this.statement('neighborhood/slice', { ...this.window, dense, visited, from, to });
  }

  /**
   * The actors of a neighborhood ranked (fewest relations first, then by id: the order the edges are
   * found and capped in), each with the properties asked, and the edges of the first slice: the
   * actors from the first on while their relations add up to at most `budget`; at most `room`.
   */
  firstEdges(ids: string[], budget: number, room: number, records: boolean): PlannedStatement {
    return this.statement('neighborhood/first-edges', { ...this.window, ...askedParams(this.asked), typeCodes: TYPE_CODES, ids, budget, room, records });
  }

  /** The edges found from the actors ranked `start` to `end` (exclusive) towards those ranked above them; at most `room`. */
  edges(ranked: string[], start: number, end: number, room: number, records: boolean): PlannedStatement {
    return this.statement('neighborhood/edges', { ...this.window, ...askedParams(this.asked), typeCodes: TYPE_CODES, ranked, start, end, room, records });
  }

  /** Every statement a neighborhood around `actorId` may send, with parameters of the types it sends them with. */
  all(actorId: string, records: boolean): PlannedStatement[] {
    const some = [actorId];
    return [
      this.expand(some, some, EXPAND_WHOLE),
      this.newestDay(),
      this.slice(some, some, '', ''),
      this.firstEdges(some, 1, 1, records),
      this.edges(some, 0, 1, 1, records),
    ];
  }

  private statement(name: string, params: Record<string, unknown>): PlannedStatement {
    return { name, params, types: this.types };
  }
}
