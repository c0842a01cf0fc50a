import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/config/env.js';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { StoredParses } from '../../../../src/nlp/parser.js';

/**
 * Actors and affiliations on short sentences written for them (tests/fixtures/rule-sentences/affiliations-2026-12-01.txt)
 * with their stored CoreNLP parse: "the X government" is the state, a title's bare organ is the body the document names
 * or the context's state's, a person "of" a state or body serves it, a person's staff serve the person, and an organ a
 * possessive title opens with is a body of its own; an acronym is the body whose name it abbreviates.
 */
const NAME = 'affiliations-2026-12-01';
const DATE = '2026-12-01';
const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'rule-sentences', `${NAME}.txt`), 'utf8');
const parse = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')).get(text, DATE);
if (!parse) throw new Error(`no stored parse of ${NAME}: run npm run nlp:store-parses -- tests/fixtures/rule-sentences`);

const draft = extractDraft(text, { publishedAt: DATE, id: NAME, title: NAME }, { parse });
const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
const names = draft.actors.map((a) => a.name);
const affiliations = draft.actors.flatMap((a) => a.roles.filter((r) => r.of).map((r) => `${a.name} -> ${nameOf.get(r.of!)}`));
/** The same text read by the surface rules alone, with no parse. */
const surface = extractDraft(text, { publishedAt: DATE, id: NAME, title: NAME }, { parse: null });
const surfaceNameOf = new Map(surface.actors.map((a) => [a.id, a.name]));
const surfaceAffiliations = surface.actors.flatMap((a) => a.roles.filter((r) => r.of).map((r) => `${a.name} -> ${surfaceNameOf.get(r.of!)}`));

describe('actors and affiliations', () => {
  it('"the Kenyan government" is Kenya, as the annotations read it, not a body of its own', () => {
    expect(names).toContain('Kenya');
    expect(names.filter((n) => /government/i.test(n))).toEqual([]);
  });

  it('a capitalised organ in a title inside a sentence is the body the document names ("Foreign Ministry spokeswoman Ane Lunde")', () => {
    expect(affiliations).toContain('Ane Lunde -> Norwegian foreign ministry');
    // the one Norwegian body, no second "Foreign Ministry"
    expect(names.filter((n) => /^(norwegian )?foreign ministry$/i.test(n))).toEqual(['Norwegian foreign ministry']);
  });

  it('a lower-case organ in a title inside a sentence is the organ of the state the context names ("army chief General Asim Munir")', () => {
    expect(affiliations).toContain('Asim Munir -> Pakistani army');
    expect(affiliations).toContain('Pakistani army -> Pakistan');
  });

  it('a cabinet title is no organ: "Armed Forces Minister Florence Parly" names no armed forces', () => {
    expect(names.filter((n) => /^(french )?armed forces$/i.test(n))).toEqual([]);
    expect(names).toContain('Florence Parly');
  });

  it('a person "of" a state serves it: "Linda Thomas-Greenfield of the United States"', () => {
    expect(affiliations).toContain('Linda Thomas-Greenfield -> United States');
    expect(surfaceAffiliations).not.toContain('Linda Thomas-Greenfield -> United States');
  });

  it('keeps the title the text gives for a person "of" a state ("President Bola Tinubu of Nigeria")', () => {
    const tinubu = draft.actors.find((a) => a.name === 'Bola Tinubu');
    expect(tinubu?.roles.map((r) => `${r.title} -> ${r.of ? nameOf.get(r.of) : ''}`)).toContain('President -> Nigeria');
    expect(surfaceAffiliations).not.toContain('Bola Tinubu -> Nigeria');
  });

  it('a person owns the staff serving him: "His spokesman, Dmitry Peskov" after Putin is named', () => {
    expect(affiliations).toContain('Dmitry Peskov -> Vladimir Putin');
    expect(surfaceAffiliations).not.toContain('Dmitry Peskov -> Vladimir Putin');
  });

  it('an organ a possessive title opens with is a body of its own: "Egypt\'s Foreign Ministry spokesman Ahmed Abu Zeid"', () => {
    expect(affiliations).toContain('Ahmed Abu Zeid -> Egyptian Foreign Ministry');
    expect(affiliations).toContain('Egyptian Foreign Ministry -> Egypt');
  });

  it('after a demonym too: "Chinese foreign ministry spokesman Lin Jian" serves the ministry, which serves China', () => {
    expect(affiliations).toContain('Lin Jian -> Chinese foreign ministry');
    expect(affiliations).toContain('Chinese foreign ministry -> China');
    expect(affiliations).not.toContain('Lin Jian -> China');
  });

  it('an acronym and the full name it abbreviates are one body, also when a translated name reorders the initials', () => {
    expect(draft.actors.find((a) => a.name === 'Democratic Unionist Party')?.aliases).toContain('DUP');
    expect(draft.actors.find((a) => a.name === 'Revolutionary Armed Forces of Colombia')?.aliases).toContain('FARC');
    expect(names).not.toContain('DUP');
    expect(names).not.toContain('FARC');
  });
});
