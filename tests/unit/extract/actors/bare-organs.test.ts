import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/config/env.js';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { StoredParses } from '../../../../src/nlp/parser.js';

/**
 * Organs of a state named by a bare noun, the state taken from the context (src/extract/actors/bare-organs.ts), on
 * short sentences written for them (tests/fixtures/rule-sentences/organs-2024-03-06.txt) with their stored parse.
 */
const NAME = 'organs-2024-03-06';
const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'rule-sentences', `${NAME}.txt`), 'utf8');
const parse = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')).get(text, '2024-03-06');
if (!parse) throw new Error(`no stored parse of ${NAME}: run npm run nlp:store-parses -- tests/fixtures/rule-sentences`);
const draft = extractDraft(text, { publishedAt: '2024-03-06', id: NAME, title: NAME }, { parse });
const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
const actor = (name: string) => draft.actors.find((a) => a.name === name);
const affiliatedWith = (name: string) => (actor(name)?.roles ?? []).flatMap((r) => (r.of ? [nameOf.get(r.of)] : []));

describe('an organ of a state named by a bare noun', () => {
  it('takes its state from the place opening the sentence, and the title after it gives its holder: "In Moscow, foreign ministry spokeswoman Maria Zakharova"', () => {
    expect(affiliatedWith('Russian foreign ministry')).toEqual(['Russia']);
    expect(affiliatedWith('Maria Zakharova')).toContain('Russian foreign ministry');
  });

  it('takes the state the section named last, keeping it in its name: "Georgia withdrew the bill. The interior ministry said …"', () => {
    expect(actor('Georgian interior ministry')?.aliases).toContain('interior ministry');
    expect(affiliatedWith('Georgian interior ministry')).toEqual(['Georgia']);
  });

  it('takes the state its own sentence names after it: "Defence ministry spokesman Omar Saranga said Mozambique …"', () => {
    expect(affiliatedWith('Mozambican defence ministry')).toEqual(['Mozambique']);
    expect(affiliatedWith('Omar Saranga')).toContain('Mozambican defence ministry');
  });

  it('is no body after "of" nor with a capitalised head: "a third of the army", "the Security Council"', () => {
    const names = draft.actors.map((a) => a.name);
    expect(names).not.toContain('Ukrainian army');
    expect(names).not.toContain('Ukrainian security council');
    expect(names).toContain('UN Security Council');
  });

  it('"according to the Congolese presidency" names a source, not a place', () => {
    expect(affiliatedWith('Congolese presidency')).toEqual(['Democratic Republic of the Congo']);
  });
});

describe('the office of a person named by possessive', () => {
  it('is the office of the state the person leads, named by the leader’s title: "Yushchenko\'s office said"', () => {
    expect(affiliatedWith('Ukrainian presidential office')).toEqual(['Ukraine']);
    expect(actor('Ukrainian presidential office')?.aliases).toContain("Yushchenko's office");
  });

  it('is named after the person whose state is not known: "Sanchez\'s press office said"', () => {
    expect(actor("Pedro Sanchez's press office")?.aliases).toContain("Sanchez's press office");
  });
});
