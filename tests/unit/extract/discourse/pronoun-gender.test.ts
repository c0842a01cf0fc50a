import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../src/extract/actors.js';
import { personGenders } from '../../../../src/extract/discourse/pronoun-gender.js';
import type { CorefMention, ParsedDocument } from '../../../../src/nlp/document.js';
import { draftOfRuleSentences, relationLines, testActor } from '../support/rule-sentences.js';

const mention = (text: string, type: 'PROPER' | 'PRONOMINAL' | 'NOMINAL'): CorefMention => ({
  sentence: 0,
  start: 0,
  end: 1,
  head: 0,
  text,
  type,
  representative: false,
});
const chains = (...corefs: CorefMention[][]) => ({ corefs }) as unknown as ParsedDocument;

describe('personGenders: what CoreNLP’s coreference chains say of a person’s gender', () => {
  const lund = testActor(1, 'Karin Lund', 'PERSON');
  const holm = testActor(2, 'Anders Holm', 'PERSON');
  const norway = testActor(3, 'Norway');
  const byName: Record<string, Actor> = { 'Karin Lund': lund, Lund: lund, 'Anders Holm': holm, Norway: norway };
  const find = (name: string) => byName[name];
  const genderOf = (doc: ParsedDocument) => [...personGenders(doc, find)].map(([a, g]) => `${a.name} ${g}`);

  it('a person a chain joins only to "she"/"her" is female, one joined to "he"/"his" male; a title before the name is skipped', () => {
    const doc = chains(
      [mention('Deputy Prime Minister Karin Lund', 'PROPER'), mention('her', 'PRONOMINAL'), mention('She', 'PRONOMINAL')],
      [mention('Anders Holm', 'PROPER'), mention('he', 'PRONOMINAL')],
    );
    expect(genderOf(doc).sort()).toEqual(['Anders Holm male', 'Karin Lund female']);
  });

  it('says nothing of a chain with pronouns of both genders, of two persons, of a state, or of a person whose chains disagree', () => {
    expect(genderOf(chains([mention('Karin Lund', 'PROPER'), mention('she', 'PRONOMINAL'), mention('he', 'PRONOMINAL')]))).toEqual([]);
    expect(genderOf(chains([mention('Karin Lund', 'PROPER'), mention('Anders Holm', 'PROPER'), mention('she', 'PRONOMINAL')]))).toEqual([]);
    expect(genderOf(chains([mention('Norway', 'PROPER'), mention('her', 'PRONOMINAL')]))).toEqual([]);
    expect(
      genderOf(chains([mention('Lund', 'PROPER'), mention('she', 'PRONOMINAL')], [mention('Karin Lund', 'PROPER'), mention('his', 'PRONOMINAL')])),
    ).toEqual([]);
  });
});

/** The gender veto on a short text (tests/fixtures/rule-sentences/pronoun-gender-2026-12-01.txt) with its stored CoreNLP parse. */
describe('a pronoun never stands for a person of the other gender (real parse)', () => {
  const relations = relationLines(draftOfRuleSentences('pronoun-gender-2026-12-01'));

  it('"She thanked Sweden" after a minister the text calls "he" is not his', () => {
    expect(relations).toContain('Anders Holm ACCUSED Russia');
    expect(relations).not.toContain('Anders Holm PRAISED Sweden');
  });
});
