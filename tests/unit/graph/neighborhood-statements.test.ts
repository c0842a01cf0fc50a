import { describe, expect, it } from 'vitest';
import type { PlannedStatement } from '../../../src/db/database.js';
import { planKey } from '../../../src/db/plan-first.js';
import { EVERY_PROPERTY } from '../../../src/graph/shared/asked-properties.js';
import { windowParams } from '../../../src/graph/shared/relation-window.js';
import { edgeKind, EXPAND_WHOLE, NeighborhoodStatements } from '../../../src/graph/traversal/neighborhood-statements.js';
import { RELATION_TYPES, type RelationType } from '../../../src/vocabulary/relation-types.js';

/** What Neo4j's plan cache tells statements apart by: the statement, its variant, its parameters' types. */
const keyOf = (statement: PlannedStatement) =>
  `${planKey({ name: statement.name, text: '', params: statement.params })} for ${statement.types?.join('|') ?? 'every type'}`;

describe('the statements a neighborhood plans first', () => {
  for (const types of [undefined, ['MET', 'CRITICIZED'] as RelationType[]]) {
    it(`are every statement its transaction sends, with the same parameter types (${types?.join(', ') ?? 'every type'})`, () => {
      const statements = new NeighborhoodStatements(windowParams({ types, since: '2012-01-01' }), types, EVERY_PROPERTY);
      const planned = new Set(statements.all('gen-500', true).map(keyOf));
      const sent = [
        statements.expand(['gen-500'], ['gen-500'], 1_000),
        statements.expand(['gen-1', 'gen-2'], ['gen-500', 'gen-1', 'gen-2'], 0),
        // The hubs expanded whole when the slices did not fill the level.
        statements.expand(['gen-0'], ['gen-500', 'gen-0'], EXPAND_WHOLE),
        statements.newestDay(),
        statements.slice(['4:abc:0'], ['gen-500'], '2012-03-01', '2012-03-09'),
        statements.firstEdges(['gen-500', 'gen-0', 'gen-1'], 8_004, 2_001, true),
        statements.edges(['gen-1', 'gen-500', 'gen-0'], 0, 2, 2_001, true),
      ];
      for (const statement of sent) expect(planned, statement.name).toContain(keyOf(statement));
    });
  }
});

describe("an edge's kind (neighborhood/edges' `kinds`)", () => {
  it("is twice its type's code in the $typeCodes the statements send, plus 1 when it starts at its pair's first actor", () => {
    const { typeCodes } = new NeighborhoodStatements(windowParams({}), undefined, EVERY_PROPERTY).firstEdges(['gen-500'], 1, 1, false).params as {
      typeCodes: Record<string, bigint>;
    };
    expect(Object.keys(typeCodes)).toEqual(RELATION_TYPES);
    for (const type of RELATION_TYPES) {
      // As the statement computes it: 2 * $typeCodes[type(r)] + (1 when it starts at the pair's first actor).
      expect(edgeKind(2 * Number(typeCodes[type]) + 1)).toEqual({ type, fromFirst: true });
      expect(edgeKind(2 * Number(typeCodes[type]))).toEqual({ type, fromFirst: false });
    }
  });
});
