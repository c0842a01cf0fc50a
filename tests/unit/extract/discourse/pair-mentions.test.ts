import { describe, expect, it } from 'vitest';
import { draftOfRuleSentences, relationLines, testActor } from '../support/rule-sentences.js';
import type { Actor } from '../../../../src/extract/actors.js';
import { salientPair } from '../../../../src/extract/discourse/salient-pair.js';
import { resolvePair } from '../../../../src/extract/descriptions.js';
import { newContext } from '../../../../src/extract/mentions.js';
import { loadRules } from '../../../../src/extract/rules.js';

const same = (a: Actor) => a;
const names = (pair: [Actor, Actor] | null) => pair?.map((a) => a.name).sort() ?? null;

describe('salientPair: the two actors a section is about, for "both countries" when no event named the pair', () => {
  const chad = testActor(1, 'Chad');
  const sudan = testActor(2, 'Sudan');
  const qatar = testActor(3, 'Qatar');

  it('is the two most named, when each is named at least twice and the second more than the third', () => {
    expect(names(salientPair([chad, sudan, chad, qatar, sudan, chad], 'state', same))).toEqual(['Chad', 'Sudan']);
  });

  it('is none when the second and third are named as often, or the second only once', () => {
    expect(salientPair([chad, sudan, qatar, chad, sudan, qatar], 'state', same)).toBeNull();
    expect(salientPair([chad, chad, chad, sudan], 'state', same)).toBeNull();
  });

  it('counts a person for the state they serve with state nouns, never with "both sides"', () => {
    const deby: Actor = { ...testActor(4, 'Mahamat Deby', 'PERSON'), roles: [{ title: 'President', of: chad, sentence: 0 }] };
    expect(names(salientPair([deby, sudan, deby, sudan], 'state', same))).toEqual(['Chad', 'Sudan']);
    expect(salientPair([deby, sudan, deby, sudan], 'party', same)).toBeNull();
  });

  it('never pairs a body with the state it serves', () => {
    const ministry: Actor = { ...testActor(5, 'Sudanese Foreign Ministry', 'ORGANIZATION'), roles: [{ title: 'ministry', of: sudan, sentence: 0 }] };
    expect(salientPair([ministry, sudan, ministry, sudan], 'party', same)).toBeNull();
  });
});

describe('resolvePair: "the two leaders" and "the two men" are two persons', () => {
  const blinken = testActor(1, 'Antony Blinken', 'PERSON');
  const joseph = testActor(2, 'Claude Joseph', 'PERSON');
  const haiti = testActor(3, 'Haiti');

  it('is the latest pair of persons the section told of', () => {
    const ctx = { ...newContext(), pairs: [{ pair: [blinken, joseph] as [Actor, Actor] }], lastPair: [blinken, haiti] as [Actor, Actor] };
    expect(names(resolvePair('the two leaders', ctx, loadRules()))).toEqual(['Antony Blinken', 'Claude Joseph']);
  });

  it('is none when the section’s pair holds a state ("Blinken spoke with Haiti’s leaders … the two leaders agreed")', () => {
    const ctx = { ...newContext(), sectionPair: [blinken, haiti] as [Actor, Actor], lastPair: [blinken, haiti] as [Actor, Actor] };
    expect(resolvePair('the two leaders', ctx, loadRules())).toBeNull();
    expect(resolvePair('the two men', ctx, loadRules())).toBeNull();
  });
});

describe('resolvePair: "both governments" names two states or nobody', () => {
  const greece = testActor(1, 'Greece');
  const macedonia = testActor(2, 'Macedonia');
  const commissioner = testActor(3, 'Hans van den Broek', 'PERSON');
  const papoulias: Actor = { ...testActor(4, 'Karolos Papoulias', 'PERSON'), roles: [{ title: 'Foreign Minister', of: greece, sentence: 0 }] };
  const gligorov: Actor = { ...testActor(5, 'Kiro Gligorov', 'PERSON'), roles: [{ title: 'President', of: macedonia, sentence: 0 }] };

  it('is the states two persons serve', () => {
    const ctx = { ...newContext(), sectionPair: [papoulias, gligorov] as [Actor, Actor] };
    expect(names(resolvePair('both governments', ctx, loadRules()))).toEqual(['Greece', 'Macedonia']);
  });

  it('is none, never the two persons, when no pair stands for two states ("had spoken to the Greek Foreign Minister … urged both governments")', () => {
    const ctx = { ...newContext(), sectionPair: [commissioner, papoulias] as [Actor, Actor], lastPair: [commissioner, papoulias] as [Actor, Actor] };
    expect(resolvePair('both governments', ctx, loadRules())).toBeNull();
  });
});

/**
 * Pair phrases on short sections written for them (tests/fixtures/rule-sentences/pairs-2026-12-01.txt), read with their
 * stored CoreNLP parse: no service needed.
 */
describe('pair and group phrases on short texts (real parses)', () => {
  const relations = relationLines(draftOfRuleSentences('pairs-2026-12-01'));

  it('"the two countries" after a section about two states is those two, each the target', () => {
    expect(relations).toEqual(expect.arrayContaining(['Qatar REQUESTED Chad', 'Qatar REQUESTED Sudan']));
  });

  it('the structural rules read a pair phrase as each of its members: "telephoned the president and urged both countries"', () => {
    expect(relations).toEqual(expect.arrayContaining(['Sameh Shoukry REQUESTED Chad', 'Sameh Shoukry REQUESTED Sudan']));
    expect(relations).not.toContain('Sameh Shoukry REQUESTED Mahamat Deby');
  });

  it('an act a pair is urged to do is not told as done: "called on both countries to hold talks"', () => {
    expect(relations).toEqual(expect.arrayContaining(['Norway REQUESTED Chad', 'Norway REQUESTED Sudan']));
    expect(relations.filter((r) => /^(Chad|Sudan) NEGOTIATED_WITH/.test(r))).toEqual([]);
  });

  it('the pair of a bilateral event: "held talks" ... "praised both governments", "the two sides agreed"', () => {
    expect(relations).toEqual(expect.arrayContaining(['Brazil PRAISED Peru', 'Brazil PRAISED Ecuador', 'Peru AGREED_WITH Ecuador']));
  });

  it('"both sides" after a mediator met one party is the two states the section is about, not the two who met', () => {
    expect(relations).toEqual(expect.arrayContaining(['European Union REQUESTED Serbia', 'European Union REQUESTED Kosovo']));
    expect(relations.filter((r) => /REQUESTED (Miroslav Lajcak|Aleksandar Vucic)$/.test(r))).toEqual([]);
  });

  it('an unclear pair (three states named alike) proposes nothing, nor does the pair of an earlier news item', () => {
    expect(relations.filter((r) => r.startsWith('Ghana '))).toEqual([]);
  });
});
