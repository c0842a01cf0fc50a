import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/extract/actors.js';
import { refusalsAsRejections, withoutUnreadRefusals, withoutUnrecordedNegations } from '../../../src/extract/relations/refusals.js';
import { loadLexicon } from '../../../src/extract/structure/lexicon.js';
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

  it('meetings, calls and asks told as not having happened are dropped (rules/structure.json unrecordedNegations); a negated sanction stays', () => {
    const { unrecordedNegations } = loadLexicon();
    const kept = (over: Partial<DraftRelation>) => withoutUnrecordedNegations([support(over)], unrecordedNegations).map(line);
    for (const type of ['MET', 'PHONED', 'VISITED', 'INVITED', 'REQUESTED', 'CRITICIZED'] as const) {
      expect(kept({ type, negated: true })).toEqual([]);
      expect(kept({ type })).toEqual([`Spain ${type} Kosovo`]);
    }
    // "the United States will not impose further sanctions on Turkey, and the sanctions already imposed … will be lifted"
    expect(kept({ type: 'SANCTIONED', negated: true })).toEqual(['Spain SANCTIONED Kosovo (negated)']);
  });

  it('on development briefings: "Carter did not meet North Korean military leaders", "President Jiang did not speak to President Clinton", "He has not spoken to General Liang Guanglie"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('carter-pyongyang-summit-offer-wire-1994-06-18'))).not.toContain('Jimmy Carter MET North Korea (negated)');
    expect(relationLines(draftOfDevelopmentBriefing('belgrade-embassy-bombing-mfa-presser-1999-05-11')).filter((r) => /PHONED.*negated/.test(r))).toEqual([]);
    expect(
      relationLines(draftOfDevelopmentBriefing('impeccable-harassment-pentagon-briefing-2009-03-10')).filter((r) => /PHONED Liang Guanglie/.test(r)),
    ).toEqual([]);
  });

  it('on a development briefing: "Brazil, Colombia and Mexico … have not congratulated him"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('venezuela-expels-seven-envoys-wire-2024-07-30'));
    expect(relations.filter((r) => / PRAISED .*\(negated\)/.test(r) || /^(Brazil|Colombia|Mexico) PRAISED/.test(r))).toEqual([]);
  });
});

describe('recognising is support; a refusal to recognise is left unread (rules/structure.json unreadRefusalWords)', () => {
  it('"The African Union itself recognised President Ouattara\'s election", "Seoul recognises the government in Beijing"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('ivory-coast-gbagbo-arrest-quai-dorsay-briefing-2011-04-11'))).toContain(
      'African Union SUPPORTED Alassane Ouattara',
    );
    expect(relationLines(draftOfDevelopmentBriefing('china-south-korea-ties-taipei-breaks-with-seoul-wire-1992-08-24'))).toContain(
      'South Korea SUPPORTED China',
    );
  });

  it('"warned his partners against recognising it" recognises nothing (precision/unasserted.ts: what one is warned against is not done)', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('ec-recognises-slovenia-croatia-europe-digest-1992-01-16'));
    expect(relations.filter((r) => r.startsWith('Greece SUPPORTED') || r.startsWith('Antonis Samaras SUPPORTED'))).toEqual([]);
  });

  it('"SADC … said it would not recognise Mr Rajoelina": neither support nor a rejection by whoever "it" is linked to', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('madagascar-rajoelina-au-suspension-pana-2009-03-20'));
    expect(relations.filter((r) => /(SUPPORTED|REJECTED) Andry Rajoelina/.test(r))).toEqual([]);
  });

  it('drops only negated readings told by one of the words', () => {
    const told = { ...sentence, start: 0, text: 'Spain would not recognise Kosovo, nor back it.' };
    const refusal = support({ negated: true, sentence: told, trigger: told.text.indexOf('recognise') });
    const backing = support({ negated: true, sentence: told, trigger: told.text.indexOf('back') });
    const recognised = support({ sentence: told, trigger: told.text.indexOf('recognise') });
    expect(withoutUnreadRefusals([refusal, backing, recognised], ['recognis']).map(line)).toEqual([
      'Spain SUPPORTED Kosovo (negated)',
      'Spain SUPPORTED Kosovo',
    ]);
  });
});

describe('a refusal to admit someone (refusalVerbs, admissionVerbs)', () => {
  it('rejects the owner of what would have come in: "Hungary, Romania and Bulgaria have refused to allow Russian planes … to cross their airspace"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('pristina-airport-russian-column-moscow-wire-1999-06-12'));
    for (const state of ['Hungary', 'Romania', 'Bulgaria']) expect(relations).toContain(`${state} REJECTED Russia`);
  });
});

describe('a proposal rejected is rejected of whoever it came from', () => {
  it('"But he rejected a request from Jakarta to hand back a group of Irianese soldiers"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('png-indonesia-border-overflights-irian-refugees-port-moresby-wire-1984-04-05'))).toContain(
      'Michael Somare REJECTED Indonesia',
    );
  });

  it('an ask turned down was asked of the one who turned it down: "Indonesia executed …, brushing aside last-minute appeals from Canberra, Brasilia and the United Nations"', () => {
    const bali = relationLines(draftOfDevelopmentBriefing('bali-nine-executions-grigson-recalled-jakarta-wire-2015-04-29'));
    expect(bali).toEqual(expect.arrayContaining(['Australia REQUESTED Indonesia', 'Brazil REQUESTED Indonesia', 'United Nations REQUESTED Indonesia']));
  });

  it('a phrasal dismissal of an owned ask: "Vice President Mike Pence has turned down a request from Mr Sogavare for a meeting"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('pacific-digest-solomons-kiribati-switch-to-beijing-2019-09-20'))).toContain(
      'Mike Pence REJECTED Manasseh Sogavare',
    );
  });

  it('but a person turning it down speaks for the one asked: "spokeswoman Jiang Yu … rejected Washington\'s call" is no request to her', () => {
    const anYueJiang = relationLines(draftOfDevelopmentBriefing('an-yue-jiang-arms-ship-zimbabwe-durban-analysis-2008-04-25'));
    expect(anYueJiang.filter((line) => line.endsWith('REQUESTED Jiang Yu'))).toEqual([]);
  });
});
