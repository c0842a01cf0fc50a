import { describe, expect, it } from 'vitest';
import type { CombineMode } from '../../../src/extract/extract-briefing.js';
import { draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/** Rule families on short sentences written for them (tests/fixtures/rule-sentences/, one paragraph each), real parses. */
const read = (name: string, combine?: CombineMode): string[] => relationLines(draftOfRuleSentences(name, combine));

describe('structural rule families on short sentences (real parses)', () => {
  const structure = read('structure-2024-03-06', 'structure');
  const combined = read('structure-2024-03-06');

  it('a plain object pronoun is not its own clause’s subject: "Chile and Peru recalled ... from Bolivia, accusing it"', () => {
    for (const relations of [structure, combined]) {
      expect(relations).toContain('Chile ACCUSED Bolivia');
      expect(relations).toContain('Peru ACCUSED Bolivia');
      expect(relations).not.toContain('Chile ACCUSED Peru');
    }
  });

  it('"telephoned" is a call without "by phone"', () => {
    expect(combined).toContain('Emmanuel Macron PHONED Olaf Scholz');
  });

  it('a passive’s "by" phrase is the agent, also of a conjunct the parse labels obl:by: "is armed and financed by Iran and Syria"', () => {
    for (const relations of [structure, combined]) {
      expect(relations).toContain('Iran SUPPORTED Hezbollah');
      expect(relations).toContain('Syria SUPPORTED Hezbollah');
      expect(relations).not.toContain('Hezbollah SUPPORTED Iran');
      expect(relations).not.toContain('Hezbollah SUPPORTED Syria');
    }
  });

  it('a participle modifying a noun takes it as patient: "The Houthis, backed by Iran, fired missiles at Israel"', () => {
    for (const relations of [structure, combined]) {
      expect(relations).toContain('Iran SUPPORTED Houthis');
      expect(relations).toContain('Houthis ATTACKED Israel');
      expect(relations).not.toContain('Iran ATTACKED Israel');
    }
  });

  it('the whole of a CoreNLP name is its actor: "condemned ... by U.S. President George W. Bush"', () => {
    expect(structure).toContain('George W. Bush CRITICIZED Russia');
    expect(combined).toContain('George W. Bush CRITICIZED Russia');
  });

  it('a demand in reported speech: "Guterres said Israel must halt the attacks" (the parse makes Israel the object of "said")', () => {
    expect(structure).toContain('António Guterres REQUESTED Israel');
    expect(combined).toContain('António Guterres REQUESTED Israel');
  });

  const denials = read('denials-2024-05-15', 'structure');
  const denialsCombined = read('denials-2024-05-15');

  it('denying a deed told as a gerund answers whoever reported it: "Israel says Hezbollah is armed by Syria" … "Damascus denies arming Hezbollah"', () => {
    for (const relations of [denials, denialsCombined]) {
      expect(relations).toContain('Syria SUPPORTED Hezbollah');
      expect(relations).toContain('Syria DENIED Israel');
    }
  });

  it('a light verb’s object may count the event: "held several rounds of talks with Lavrov and Amir-Abdollahian"', () => {
    for (const relations of [denials, denialsCombined]) {
      expect(relations).toContain('Hakan Fidan NEGOTIATED_WITH Sergei Lavrov');
      expect(relations).toContain('Hakan Fidan NEGOTIATED_WITH Hossein Amir-Abdollahian');
    }
  });

  it('a pronoun read as its own clause’s subject takes CoreNLP’s chain: "Wickremesinghe, who welcomed him"', () => {
    expect(denials).toContain('Ranil Wickremesinghe MET Narendra Modi');
    expect(denials).not.toContain('Ranil Wickremesinghe MET Ranil Wickremesinghe');
  });

  it('the default combination keeps a clause the surface rules did not read, though another clause shares its agent: "…, who welcomed him …, praised India’s help"', () => {
    expect(denialsCombined).toContain('Ranil Wickremesinghe PRAISED India');
    expect(denialsCombined).toContain('Ranil Wickremesinghe MET Narendra Modi');
  });

  const answers = read('answers-2026-12-01', 'structure');
  const answersCombined = read('answers-2026-12-01');

  it('a claim in apposition dismissed by a relative clause is denied to whoever made it: "Ukraine accused Russia …, a claim Moscow dismissed"', () => {
    for (const relations of [answers, answersCombined]) {
      expect(relations).toContain('Russia DENIED Ukraine');
      expect(relations).not.toContain('Ukraine DENIED Russia');
    }
  });

  it('a request in apposition refused is a rejection of the clause that made it, not of its content: "Kenya demanded that Somalia reopen …, a request Mogadishu refused"', () => {
    for (const relations of [answers, answersCombined]) expect(relations).toContain('Somalia REJECTED Kenya');
  });

  it('a deed in apposition condemned is a criticism of its agent: "Pakistan said it would expel …, a move the Taliban condemned"', () => {
    for (const relations of [answers, answersCombined]) expect(relations).toContain('Taliban CRITICIZED Pakistan');
  });

  it('"the two countries", "both sides" are two actors named together when no bilateral event names the pair: in the same sentence, and in a later one', () => {
    expect(answersCombined).toContain('France REQUESTED Armenia');
    expect(answersCombined).toContain('France REQUESTED Azerbaijan');
    expect(answersCombined).toContain('Mexico REQUESTED Guatemala');
    expect(answersCombined).toContain('Mexico REQUESTED Belize');
  });

  const requests = read('requests-2026-12-01', 'structure');
  const requestsCombined = read('requests-2026-12-01');

  it('a request verb with no object asks the subject of its "that" clause: "Cambodia demanded that Thailand withdraw"', () => {
    expect(requests).toContain('Cambodia REQUESTED Thailand');
    expect(requests).not.toContain('Thailand REQUESTED Cambodia');
  });

  it('"at Egypt\'s request": the owner of the request asked the agent of the clause it sets', () => {
    for (const relations of [requests, requestsCombined]) expect(relations).toContain('Egypt REQUESTED Arab League');
  });

  it('a plural pronoun with no chain is the pair joined by "and" before it: "spoke with both Guatemala and Belize … and urged them"', () => {
    for (const relations of [read('pronouns-2026-12-01', 'structure'), read('pronouns-2026-12-01')]) {
      expect(relations).toContain('Mexico REQUESTED Guatemala');
      expect(relations).toContain('Mexico REQUESTED Belize');
    }
  });

  it('denying a part in a deed ("denied any involvement") answers the last accusation against the denier', () => {
    for (const relations of [read('involvement-2026-12-01', 'structure'), read('involvement-2026-12-01')]) {
      expect(relations).toContain('Israel ACCUSED Hezbollah');
      expect(relations).toContain('Hezbollah DENIED Israel');
    }
  });

  const agents = read('agents-2026-12-01', 'structure');
  const agentsCombined = read('agents-2026-12-01');

  it('a document acts for whoever issued it: "The Security Council passed a resolution urging Ethiopia to withdraw"', () => {
    for (const relations of [agents, agentsCombined]) {
      expect(relations).toContain('UN Security Council REQUESTED Ethiopia');
      expect(relations.filter((r) => r.endsWith('REQUESTED Ethiopia'))).toHaveLength(1);
    }
  });

  it('an event noun with a party named by another preposition takes its "of" phrase as agent: "the visit of Narendra Modi to Nairobi"', () => {
    for (const relations of [agents, agentsCombined]) {
      expect(relations).toContain('Narendra Modi VISITED Kenya');
      expect(relations).not.toContain('William Ruto VISITED Kenya');
    }
  });

  it('an active participle modifying a name takes it as agent: "Erdogan, speaking during a visit to Japan, said"', () => {
    expect(agents).toContain('Recep Tayyip Erdoğan VISITED Japan');
  });

  const warnings = read('warnings-2026-12-01', 'structure');
  const warningsCombined = read('warnings-2026-12-01');

  it('a warning is aimed at the subject of its condition: "Russia warned that it would respond if Ukraine attacked Crimea"', () => {
    for (const relations of [warnings, warningsCombined]) {
      expect(relations).toContain('Russia THREATENED Ukraine');
      expect(relations).not.toContain('Ukraine THREATENED Russia');
    }
  });

  it('a warning told as an obligation is aimed at its subject: "Iran warned that Israel should not test its patience"', () => {
    for (const relations of [warnings, warningsCombined]) expect(relations).toContain('Iran THREATENED Israel');
  });

  it('talks "after" which a clause is told were the subject\'s: "Stoltenberg spoke … after talks with Erdogan"', () => {
    expect(warnings).toContain('Jens Stoltenberg NEGOTIATED_WITH Recep Tayyip Erdoğan');
  });

  it('talks "between" two parties are theirs, not the clause subject\'s: "Guterres announced the deal after talks between Armenia and Azerbaijan"', () => {
    for (const relations of [warnings, warningsCombined]) {
      expect(relations.some((r) => /^(Armenia NEGOTIATED_WITH Azerbaijan|Azerbaijan NEGOTIATED_WITH Armenia)$/.test(r))).toBe(true);
      expect(relations.filter((r) => r.startsWith('António Guterres NEGOTIATED_WITH'))).toEqual([]);
    }
  });

  const deeds = read('reported-deeds-2026-12-01', 'structure');
  const deedsCombined = read('reported-deeds-2026-12-01');

  it('an apposition is answered by its relative clause however long the subject: "an offer that Venezuela, Ecuador, Peru and Brazil have so far refused"', () => {
    for (const relations of [deeds, deedsCombined])
      for (const state of ['Venezuela', 'Ecuador', 'Peru', 'Brazil']) expect(relations).toContain(`${state} REJECTED Colombia`);
  });

  it('a phrasal dismissal answers too: "Chile offered to mediate …, an offer Bolivia turned down"', () => {
    for (const relations of [deeds, deedsCombined]) expect(relations).toContain('Bolivia REJECTED Chile');
  });

  it('a told object answered by a "which" clause answers the teller: "Hungary demanded an apology, which Sweden refused"', () => {
    for (const relations of [deeds, deedsCombined]) expect(relations).toContain('Sweden REJECTED Hungary');
  });

  it('a wrongful deed told in reported speech accuses its agent, active or passive: "said … Azerbaijan had violated", "is financed by Belarus"', () => {
    for (const relations of [deeds, deedsCombined]) {
      expect(relations).toContain('Armenia ACCUSED Azerbaijan');
      expect(relations).toContain('Lithuania ACCUSED Belarus');
    }
  });

  it('a reported deed accuses no one when the clause denies it, nor the speaker’s own side', () => {
    for (const relations of [deeds, deedsCombined]) {
      expect(relations).not.toContain('Serbia ACCUSED Kosovo');
      expect(relations.filter((r) => r.includes(' ACCUSED Turkey'))).toEqual([]);
    }
  });

  it('a noun of backing makes whoever it is said of back its owner: "Iran and Syria, Hezbollah’s main backers"', () => {
    for (const relations of [deeds, deedsCombined]) {
      expect(relations).toContain('Iran SUPPORTED Hezbollah');
      expect(relations).toContain('Syria SUPPORTED Hezbollah');
      expect(relations).not.toContain('Hezbollah SUPPORTED Iran');
    }
  });
});
