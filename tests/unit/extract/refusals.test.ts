import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/extract/actors.js';
import { refusalsAsRejections, withoutUnrecordedNegations } from '../../../src/extract/relations/refusals.js';
import type { DraftRelation } from '../../../src/extract/relations/types.js';
import type { Sentence } from '../../../src/extract/segment.js';
import { draftOfDevelopmentBriefing, relationLines, testActor } from './support/rule-sentences.js';

const same = (a: Actor) => a;
const sentence: Sentence = {
  index: 0,
  section: 0,
  paragraph: 0,
  kind: 'body',
  start: 0,
  end: 0,
  text: '',
  tokens: [],
  openQuoteAtStart: false,
  openQuoteAtEnd: false,
  blockQuote: false,
};
const spain = testActor(1, 'Spain');
const kosovo = testActor(2, 'Kosovo');
const moratinos: Actor = { ...testActor(3, 'Miguel Angel Moratinos', 'PERSON'), roles: [{ title: 'Foreign Minister', of: spain, sentence: 0 }] };
const support = (over: Partial<DraftRelation>): DraftRelation => ({
  source: spain,
  target: kosovo,
  type: 'SUPPORTED',
  date: null,
  modality: 'ASSERTED',
  negated: false,
  confidence: 0.7,
  sentence,
  speaker: null,
  ...over,
});
const line = (r: DraftRelation) => `${r.source.name} ${r.type} ${r.target.name}${r.negated ? ' (negated)' : ''}`;
const types = { refusalTypes: new Set(['SUPPORTED'] as const), intendedRefusalTypes: new Set(['NEGOTIATED_WITH'] as const) };
const read = (r: DraftRelation) => refusalsAsRejections([r], types, same).map(line);

describe('an act of support its agent refuses is a rejection (docs/annotating.md "Non-recognition")', () => {
  it('"Spain would not recognise Kosovo" rejects Kosovo; support told as it stands stays support', () => {
    expect(read(support({ negated: true, modality: 'HYPOTHETICAL' }))).toEqual(['Spain REJECTED Kosovo']);
    expect(read(support({}))).toEqual(['Spain SUPPORTED Kosovo']);
  });

  it('a denial is no refusal: "Spain denied backing Kosovo" stays a denied support', () => {
    expect(read(support({ negated: true, modality: 'DENIED' }))).toEqual(['Spain SUPPORTED Kosovo (negated)']);
  });

  it("told by someone of the refusing side, the refusal is the speaker's; by anyone else, the agent's", () => {
    expect(read(support({ negated: true, speaker: moratinos }))).toEqual(['Miguel Angel Moratinos REJECTED Kosovo']);
    expect(read(support({ negated: true, speaker: testActor(4, 'Serbia') }))).toEqual(['Spain REJECTED Kosovo']);
  });

  it('on a development briefing: "The White House said the United States would not back any Chinese call for a ceasefire"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('xi-moscow-kishida-kyiv-world-digest-2023-03-21'));
    expect(relations).toContain('White House REJECTED China');
    expect(relations).not.toContain('United States SUPPORTED China');
  });

  it('talks refused as an intention are a rejection ("would not negotiate with Beijing"); talks told as not held stay negated', () => {
    expect(read(support({ type: 'NEGOTIATED_WITH', negated: true, modality: 'HYPOTHETICAL' }))).toEqual(['Spain REJECTED Kosovo']);
    expect(read(support({ type: 'NEGOTIATED_WITH', negated: true, modality: 'ASSERTED' }))).toEqual(['Spain NEGOTIATED_WITH Kosovo (negated)']);
  });

  it('on a development briefing: "Maehara said Tokyo would not negotiate with Beijing over the islands\' sovereignty"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('senkaku-trawler-captain-released-wire-2010-09-24'));
    expect(relations).toContain('Seiji Maehara REJECTED China');
    expect(relations).not.toContain('Japan NEGOTIATED_WITH China (negated)');
  });

  it('praise told as not given is no relation the annotations record; praise denied stays, negated', () => {
    const praise = (over: Partial<DraftRelation>) => support({ type: 'PRAISED', ...over });
    const kept = (r: DraftRelation) => withoutUnrecordedNegations([r], new Set(['PRAISED'] as const)).map(line);
    expect(kept(praise({ negated: true }))).toEqual([]);
    expect(kept(praise({ negated: true, modality: 'DENIED' }))).toEqual(['Spain PRAISED Kosovo (negated)']);
    expect(kept(praise({}))).toEqual(['Spain PRAISED Kosovo']);
  });

  it('on a development briefing: "Brazil, Colombia and Mexico … have not congratulated him"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('venezuela-expels-seven-envoys-wire-2024-07-30'));
    expect(relations.filter((r) => / PRAISED .*\(negated\)/.test(r) || /^(Brazil|Colombia|Mexico) PRAISED/.test(r))).toEqual([]);
  });
});
