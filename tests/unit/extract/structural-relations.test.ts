import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { extractDraft, type CombineMode } from '../../../src/extract/extract-briefing.js';
import { StoredParses } from '../../../src/nlp/parser.js';

/** The dependency rules on stored CoreNLP parses of the development briefings: no service needed. */
const store = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses'));

function structural(name: string, combine: CombineMode = 'structure') {
  const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings', `${name}.txt`), 'utf8');
  const publishedAt = /(\d{4}-\d{2}-\d{2})$/.exec(name)![1]!;
  const parse = store.get(text, publishedAt);
  if (!parse) throw new Error(`no stored parse of ${name}`);
  const draft = extractDraft(text, { publishedAt, id: name, title: name }, { parse, combine });
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  return draft.relations.map((r) => ({ ...r, sourceName: nameOf.get(r.source), targetName: nameOf.get(r.target) }));
}

const has = (relations: ReturnType<typeof structural>, source: string, type: string, target: string) =>
  relations.some((r) => r.type === type && r.sourceName === source && r.targetName === target);

describe('relations read off the dependency structure', () => {
  const balkans = structural('balkans-baltics-2018-03-14');

  it('a denial of an unowned charge answers the accusation made against the denier’s state', () => {
    // "Vucic ... accused Pristina of provoking violence" ... "Kosovo's Prime Minister Ramush Haradinaj denied the charge."
    const denial = balkans.find((r) => r.type === 'DENIED' && r.sourceName === 'Ramush Haradinaj');
    expect(denial?.evidence.quote).toBe("Kosovo's Prime Minister Ramush Haradinaj denied the charge.");
    expect(['Serbia', 'Aleksandar Vucic', 'Aleksandar Vučić']).toContain(denial?.targetName);
  });

  it('an event noun takes its parties from the clause: "held talks with", "arrived ... for talks with"', () => {
    expect(has(balkans, 'Federica Mogherini', 'NEGOTIATED_WITH', 'Ramush Haradinaj')).toBe(true);
    expect(balkans.some((r) => r.type === 'NEGOTIATED_WITH' && r.sourceName === 'Federica Mogherini' && /Vu[cč]i[cć]/.test(r.targetName ?? ''))).toBe(true);
  });

  it('a verb rule with a required phrase: "spoke by phone with"', () => {
    expect(has(balkans, 'Vladimir Putin', 'PHONED', 'Alexander Lukashenko')).toBe(true);
  });

  it('every structural relation carries its sentence with exact offsets', () => {
    const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'briefings', 'balkans-baltics-2018-03-14.txt'), 'utf8');
    for (const r of balkans) expect(text.slice(r.evidence.start!, r.evidence.end!)).toBe(r.evidence.quote);
  });
});
