import { describe, expect, it } from 'vitest';
import { allCypherNames, cypher, EACH_TYPE_START, expandAnyRelation, expandTypedBlocks } from '../../../src/db/cypher.js';
import { expandProjections } from '../../../src/db/projections.js';
import { RELATION_TYPES } from '../../../src/vocabulary/relation-types.js';

describe('per-type blocks of the cypher/ statements', () => {
  it('expand to one UNION ALL branch per type, MET replaced as a whole word only', () => {
    const text = [
      'CALL {',
      '  // each relation type: demo',
      "  MATCH ()-[r:MET]->() WHERE 'MET' <> 'METRIC' RETURN r",
      '  // end each relation type',
      '}',
    ].join('\n');
    expect(expandTypedBlocks(text, ['MET', 'VISITED'])).toBe(
      [
        'CALL {',
        "  MATCH ()-[r:MET]->() WHERE 'MET' <> 'METRIC' RETURN r",
        '  UNION ALL',
        "  MATCH ()-[r:VISITED]->() WHERE 'VISITED' <> 'METRIC' RETURN r",
        '}',
      ].join('\n'),
    );
  });

  it('repeat a block of whole statements once per type, its rel_met_ names renamed', () => {
    const text = ['// each relation type:', 'CREATE INDEX rel_met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id);', '// end each relation type'].join('\n');
    expect(expandTypedBlocks(text, ['MET', 'NEGOTIATED_WITH'])).toBe(
      [
        'CREATE INDEX rel_met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id);',
        'CREATE INDEX rel_negotiated_with_id IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.id);',
      ].join('\n'),
    );
  });

  it('refuse a block that is never closed', () => {
    expect(() => expandTypedBlocks(`${EACH_TYPE_START} x\nMATCH ()-[r:MET]->()`)).toThrow(/without/);
  });

  // The statements that must find relations of any type through their type's index or group.
  const typed = [
    'relations/by-refs',
    'ingest/find-existing',
    'relations/refresh',
    'ingest/batch-existing',
    'ingest/contribution-digest',
    'actors/relations-page',
  ];
  // relations/filter reads a type four ways: all of it, or a window's dated relations (those starting in
  // it, and the periods starting on the first day of its first month or year) and undated ones;
  // an actor's page four: its group for a small actor's page, the type's dated and undated relations in
  // order for a hub's, and the group again for a hub's total.
  const PATTERNS_PER_TYPE: Record<string, number> = { 'relations/filter': 4, 'actors/relations-page': 4 };
  const patternsPerType = (name: string) => PATTERNS_PER_TYPE[name] ?? 1;
  for (const name of typed) {
    it(`${name} runs with typed patterns for every type of the vocabulary`, () => {
      const { text, written } = cypher(name);
      expect(text, 'a per-type block is expanded').not.toBe(written);
      for (const type of RELATION_TYPES) expect(text.split(`[r:${type}]`).length + text.split(`[r:${type} `).length - 2, type).toBe(patternsPerType(name));
    });
  }

  it('write a block of requested types for one type when no type is requested, and for each requested type else', () => {
    const text = [
      'CALL {',
      '  // each requested relation type: demo',
      "  WITH $types AS types WHERE 'MET' IN types MATCH ()-[r:MET]->() RETURN r",
      '  // end each relation type',
      '}',
    ].join('\n');
    expect(expandTypedBlocks(text)).toBe(
      ['CALL {', `  WITH $types AS types WHERE '${RELATION_TYPES[0]}' IN types MATCH ()-[r:${RELATION_TYPES[0]}]->() RETURN r`, '}'].join('\n'),
    );
    expect(expandTypedBlocks(text, ['MET', 'VISITED']).split('UNION ALL')).toHaveLength(2);
    // relations/filter's start by type: one dead branch of its four lookups without types, four per type with them.
    const patterns = (text: string) => RELATION_TYPES.filter((type) => text.includes(`[r:${type}]`));
    expect(patterns(cypher('relations/filter').text)).toEqual([RELATION_TYPES[0]]);
    expect(cypher('relations/filter').text.split(`[r:${RELATION_TYPES[0]}]`)).toHaveLength(5);
    expect(patterns(cypher('relations/filter', undefined, ['CRITICIZED', 'VISITED']).text).sort()).toEqual(['CRITICIZED', 'VISITED']);
    expect(() => expandTypedBlocks('// each requested relation type: x\nMATCH ()-[r:MET]->()')).toThrow(/without/);
  });

  it('run as a variant written for the requested types alone, whatever their order, and refuse an unknown type', () => {
    const one = cypher('actors/relations-page', undefined, ['CRITICIZED']).text;
    expect(one.split('[r:CRITICIZED]').length - 1).toBe(patternsPerType('actors/relations-page'));
    for (const type of RELATION_TYPES.filter((t) => t !== 'CRITICIZED')) expect(one, type).not.toContain(`[r:${type}]`);
    const two = cypher('actors/relations-page', undefined, ['VISITED', 'MET', 'VISITED']);
    expect(two).toBe(cypher('actors/relations-page', undefined, ['MET', 'VISITED']));
    expect(two.text.split('[r:MET]').length - 1).toBe(patternsPerType('actors/relations-page'));
    expect(two.text.split('[r:VISITED]').length - 1).toBe(patternsPerType('actors/relations-page'));
    expect(two.text).not.toContain('[r:CRITICIZED]');
    expect(cypher('stats/common-ground', undefined, ['MET', 'VISITED']).text).toContain('[ra:MET|VISITED]');
    expect(() => cypher('actors/relations-page', undefined, ['MENTIONS'])).toThrow(/relation types/);
    expect(() => cypher('actors/relations-page', undefined, [])).toThrow(/relation types/);
  });

  it('are used only where written for MET', () => {
    for (const name of allCypherNames()) {
      const { text, written } = cypher(name);
      // Shared projections (src/db/projections.ts) are expanded too; only the rest is per-type.
      if (text !== expandProjections(written)) expect(written, name).toMatch(/\[r:MET\b|:ANY_RELATION\b/);
    }
  });

  it('ANY_RELATION stands for every type of the vocabulary as alternatives, never :MENTIONS', () => {
    const { text } = cypher('stats/common-ground');
    expect(text).not.toContain('ANY_RELATION');
    expect(text).toContain(`[ra:${RELATION_TYPES.join('|')}]`);
    expect(expandAnyRelation('MATCH (a)-[r:ANY_RELATION]-(b)', ['MET', 'VISITED'])).toBe('MATCH (a)-[r:MET|VISITED]-(b)');
  });
});
