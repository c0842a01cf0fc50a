import { describe, expect, it } from 'vitest';
import type { CombineMode } from '../../../src/extract/extract-briefing.js';
import { draftOfDevelopmentBriefing, draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/** Persons named by their mandate alone (`envoyNouns` in rules/structure.json), on short sentences written for them (real stored parses). */
const read = (combine?: CombineMode): string[] => relationLines(draftOfRuleSentences('envoys-2026-12-01', combine));

describe('persons named by their mandate alone stand for whom they are "of" (real parses)', () => {
  const structure = read('structure');
  const combined = read();

  it('as agents: "The representatives of Norway and Iceland urged Denmark"', () => {
    expect(structure).toContain('Norway REQUESTED Denmark');
    expect(structure).toContain('Iceland REQUESTED Denmark');
  });

  it('as patients, each conjunct: "hosted the leaders of India, Australia and the United States"', () => {
    for (const relations of [structure, combined]) {
      expect(relations).toContain('Fumio Kishida HOSTED India');
      expect(relations).toContain('Fumio Kishida HOSTED Australia');
      expect(relations).toContain('Fumio Kishida HOSTED United States');
    }
  });
});

describe('envoys named by their office stand for the states they are "of" (development briefings, real parses)', () => {
  const relationsOf = (id: string) => relationLines(draftOfDevelopmentBriefing(id));

  it('as agents, each conjunct: "the foreign ministers of Brazil, Argentina, Paraguay and Uruguay … called on Caracas"', () => {
    const relations = relationsOf('americas-digest-mercosur-suspends-venezuela-2017-08-06');
    for (const state of ['Brazil', 'Argentina', 'Paraguay', 'Uruguay']) expect(relations).toContain(`${state} REQUESTED Venezuela`);
    // "the presidents of Argentina, Brazil and Uruguay suspended Paraguay from Mercosur"
    const suspension = relationsOf('paraguay-lugo-mercosur-suspension-analysis-2012-07-03');
    for (const state of ['Argentina', 'Brazil', 'Uruguay']) expect(suspension).toContain(`${state} SANCTIONED Paraguay`);
  });

  it('through a state noun, and as the reporters of their own clause: "the heads of government of … France, Britain, Italy and Canada said they … urged the Chinese authorities"', () => {
    const relations = relationsOf('g7-arch-summit-china-declaration-paris-daily-1989-07-16');
    for (const state of ['United States', 'Japan', 'France', 'United Kingdom', 'Italy', 'Canada']) expect(relations).toContain(`${state} REQUESTED China`);
  });
});

describe('whoever is sent to a place visits it (sendingVerbs)', () => {
  it.each([
    [
      'marrakesh-asni-attack-visas-border-closed-radio-monitoring-1994-08-29',
      'Ben Ali has sent Foreign Minister Habib Ben Yahia to Rabat and Algiers',
      'Habib Ben Yahia VISITED Morocco',
    ],
    ['solomons-security-pact-2022-04-27', 'Canberra sent its Pacific minister, Zed Seselja, to Honiara on April 13', 'Zed Seselja VISITED Solomon Islands'],
  ])('%s: "%s"', (briefing, _sentence, relation) => {
    expect(relationLines(draftOfDevelopmentBriefing(briefing))).toContain(relation);
  });

  it('a pronoun sent is no visitor: "a pretext for sending him to the United States" (an extradition)', () => {
    expect(relationLines(draftOfDevelopmentBriefing('assange-asylum-ecuador-uk-radio-bulletin-2012-08-16'))).not.toContain(
      'Julian Assange VISITED United States',
    );
  });
});
