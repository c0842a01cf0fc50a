import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { RELATION_TYPES, RELATION_TYPE_INFO } from '../../../src/vocabulary/relation-types.js';
import { relationTypeOfCameo } from '../../../src/import/gdelt/cameo.js';
import { GDELT_COLUMNS } from '../../../src/import/gdelt/columns.js';
import { gdeltBriefings, parseGdeltLine, type SkipReason } from '../../../src/import/gdelt/to-briefings.js';
import { parseBriefing } from '../../../src/ingest/parse-briefing.js';

const SAMPLE = path.join(PROJECT_ROOT, 'tests/fixtures/gdelt/20190304151500.export.CSV');
const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');

describe('CAMEO codes through the relation vocabulary', () => {
  it('maps every code of the vocabulary to its own type', () => {
    for (const type of RELATION_TYPES) {
      const code = RELATION_TYPE_INFO[type].cameo;
      if (code) expect(relationTypeOfCameo(code)).toBe(type);
    }
  });

  it('falls back to the three-digit base, then to the root’s general code, else null', () => {
    expect(relationTypeOfCameo('0421')).toBe('VISITED');
    expect(relationTypeOfCameo('193')).toBe('ATTACKED');
    expect(relationTypeOfCameo('0311')).toBe('AGREED_WITH');
    expect(relationTypeOfCameo('1711')).toBeNull();
    expect(relationTypeOfCameo('0233')).toBeNull();
    expect(relationTypeOfCameo('x12')).toBeNull();
  });
});

describe('GDELT 2.0 event rows', () => {
  it('the sample follows the published 61-column layout', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS[0]).toBe('GLOBALEVENTID');
    expect(GDELT_COLUMNS[26]).toBe('EventCode');
    expect(GDELT_COLUMNS[60]).toBe('SOURCEURL');
    for (const line of lines) expect(line.split('\t')).toHaveLength(61);
  });

  it('rejects a row naming the line and what is wrong', () => {
    expect(() => parseGdeltLine(lines[0]!.split('\t').slice(1).join('\t'), 'f.CSV:1')).toThrow(
      'f.CSV:1: expected 61 tab-separated columns (GDELT 2.0 event export), found 60',
    );
    const badDate = lines[0]!.replace('\t20190304\t', '\t2019-3-4\t');
    expect(() => parseGdeltLine(badDate, 'f.CSV:7')).toThrow(/f\.CSV:7: SQLDATE must be a date written YYYYMMDD/);
  });

  it('turns events into one valid briefing per source article, skipping what the vocabulary cannot say', () => {
    const events = lines.map((line, index) => parseGdeltLine(line, `sample:${index + 1}`));
    const skipped = new Map<SkipReason, number>();
    const briefings = gdeltBriefings(events, skipped).map((briefing) => parseBriefing(briefing, briefing.briefing.id));

    // Recomputed from the rows: an event is kept when it has two actors and a mapped code.
    const kept = events.filter((event) => event.Actor1Name && event.Actor2Name && relationTypeOfCameo(event.EventCode));
    expect(briefings.flatMap((briefing) => briefing.relations)).toHaveLength(kept.length);
    expect(new Set(briefings.map((briefing) => briefing.briefing.url ?? briefing.briefing.source))).toEqual(new Set(kept.map((event) => event.SOURCEURL)));
    expect(Object.fromEntries(skipped)).toEqual({ UNMAPPED_CAMEO: 3, NO_ACTOR2: 1 });

    const visit = briefings
      .flatMap((briefing) => briefing.relations.map((relation) => ({ briefing: briefing.briefing, relation })))
      .find(({ relation }) => relation.type === 'VISITED')!;
    expect(visit.relation).toMatchObject({ source: 'norway', target: 'chile', date: '2019-03-04', modality: 'REPORTED' });
    expect(visit.relation.evidence.quote).toContain('GDELT event 1100000001');
    expect(visit.briefing.url).toBe('https://news.example.org/2019/03/04/norway-chile-visit');
    const radio = briefings.find((briefing) => briefing.briefing.source === 'Hanoi Radio Service')!;
    expect(radio.briefing.url).toBeNull();
    const kinds = Object.fromEntries(briefings.flatMap((briefing) => briefing.actors.map((actor) => [actor.id, actor.kind])));
    expect(kinds).toMatchObject({ 'azawad-rebels': 'ARMED_GROUP', aftenbladet: 'MEDIA', mali: 'STATE', chile: 'STATE' });
    // The same rows give the same briefing ids: importing the file again finds them.
    expect(gdeltBriefings(events, new Map()).map((briefing) => briefing.briefing.id)).toEqual(briefings.map((briefing) => briefing.briefing.id));
  });
});
