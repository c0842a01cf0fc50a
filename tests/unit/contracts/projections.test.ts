import { describe, expect, it } from 'vitest';
import { allCypherNames, cypher } from '../../../src/db/cypher.js';
import { expandProjections, SHARED_PROPERTY_LISTS } from '../../../src/db/projections.js';

const RELATION_FIELDS = '.id, .date, .datePrecision, .modality, .negated, .title, .from, .to, .mentions, .firstSeen, .lastSeen, .confidence';
const ACTOR_FIELDS = '.id, .name, .kind, .aliases, .wikidata, .externalIds, .titles';

describe('shared projections of the cypher/ statements', () => {
  it('expand for the variable projected, keeping the fields written after the marker', () => {
    expect(expandProjections('RETURN ra { .RELATION_RECORD } AS x')).toBe(
      `RETURN ra { ${RELATION_FIELDS}, type: type(ra), source: startNode(ra).id, target: endNode(ra).id } AS x`,
    );
    expect(expandProjections('collect(rb {.RELATION_REF, day: 1})')).toBe(
      `collect(rb { .id, type: type(rb), source: startNode(rb).id, target: endNode(rb).id, record: rb { ${RELATION_FIELDS}, type: type(rb), source: startNode(rb).id, target: endNode(rb).id }, day: 1})`,
    );
    expect(expandProjections('r { .RELATION_WITH_ACTORS }')).toContain(`ends: [x IN [startNode(r), endNode(r)] | x { ${ACTOR_FIELDS} }] }`);
    expect(expandProjections('a { .ACTOR_RECORD }')).toBe(`a { ${ACTOR_FIELDS} }`);
    // Only the properties asked for, as values in the order of the lists sent with the statement.
    expect(expandProjections('r { .RELATION_AS_ASKED, day: 1 }')).toBe(
      'r { .id, type: type(r), source: startNode(r).id, target: endNode(r).id, asked: [k IN $relationProperties | CASE WHEN r[k] IS :: DATE THEN toString(r[k]) ELSE r[k] END], ' +
        'askedEnds: [x IN [startNode(r), endNode(r)] | [k IN $actorProperties | x[k]]], day: 1 }',
    );
    expect(expandProjections('r { .RELATION_ALONE_AS_ASKED }')).toBe(
      'r { .id, type: type(r), source: startNode(r).id, target: endNode(r).id, asked: [k IN $relationProperties | CASE WHEN r[k] IS :: DATE THEN toString(r[k]) ELSE r[k] END] }',
    );
    expect(expandProjections('r { .RELATION_ASKED }')).toBe(
      'r { asked: [k IN $relationProperties | CASE WHEN r[k] IS :: DATE THEN toString(r[k]) ELSE r[k] END] }',
    );
    expect(expandProjections('c { .ACTOR_AS_ASKED }')).toBe('c { .id, asked: [k IN $actorProperties | c[k]] }');
    // A property that merely begins like a marker is no marker.
    expect(expandProjections('r { .RELATION_RECORDS }')).toBe('r { .RELATION_RECORDS }');
  });

  // The statements that return relations or actors whole, for the request's loaders.
  const returning = [
    'actors/by-ids',
    'actors/relations-page',
    'relations/by-refs',
    'relations/filter',
    'neighborhood/edges',
    'paths/shortest',
    'stats/common-ground',
  ];
  const markers =
    /\.(RELATION_RECORD|RELATION_REF|RELATION_WITH_ACTORS|RELATION_AS_ASKED|RELATION_ALONE_AS_ASKED|RELATION_ASKED|ACTOR_RECORD|ACTOR_AS_ASKED)\b/;
  for (const name of returning) {
    it(`${name} returns the shared projection, written out only when it runs`, () => {
      const { text, written } = cypher(name);
      expect(written).toMatch(new RegExp(`\\{ ${markers.source}`));
      expect(text).not.toMatch(markers);
      expect(
        text.includes(RELATION_FIELDS) ||
          text.includes(ACTOR_FIELDS) ||
          /\[k IN \$(relation|actor)Properties \| (\w+\[k\]|CASE WHEN \w+\[k\] IS :: DATE THEN toString\(\w+\[k\]\) ELSE \w+\[k\] END)\]/.test(text),
      ).toBe(true);
    });
  }

  it('are never written out by hand in a statement', () => {
    expect(SHARED_PROPERTY_LISTS).toEqual([RELATION_FIELDS, ACTOR_FIELDS]);
    for (const name of allCypherNames()) {
      const { written } = cypher(name);
      for (const list of SHARED_PROPERTY_LISTS) expect(written.replace(/\s+/g, ' '), name).not.toContain(list);
    }
  });
});
