import { describe, expect, it } from 'vitest';
import { unasserted } from '../../../src/extract/precision/unasserted.js';
import { draftOfDevelopmentBriefing, relationLines, storedDevelopmentBriefing } from './support/rule-sentences.js';

/**
 * The guard against events told as asked for, offered, called off, suspended, denied, alleged or supposed (src/extract/precision/unasserted.ts),
 * on development briefings with their stored CoreNLP parses: the guard's reading of a trigger, and the draft without
 * the relation the rules used to propose. Each test fails when its part of the guard is removed.
 */

/** The guard's reading of `word`, the first time it occurs after `context` in the briefing. */
function readingOf(id: string, context: string, word: string) {
  const { text, parse } = storedDevelopmentBriefing(id);
  const at = text.indexOf(context);
  if (at < 0) throw new Error(`"${context}" is not in ${id}`);
  const trigger = text.indexOf(word, at);
  return unasserted(parse, trigger);
}

function relationsOf(id: string, which: 'all' | 'negated' = 'all'): string[] {
  const draft = draftOfDevelopmentBriefing(id);
  return relationLines({ ...draft, relations: draft.relations.filter((r) => which === 'all' || r.negated) });
}

describe('events not told as having happened (development briefings, real parses)', () => {
  it('a request’s complement is asked for: "called on Arab states to sever ties with Israel" is no sanction by Hamas', () => {
    expect(readingOf('gaza-flotilla-raid-digest-2010-06-01', 'called on Arab states', 'sever')).toBe('requested');
    expect(relationsOf('gaza-flotilla-raid-digest-2010-06-01')).not.toContain('Hamas SANCTIONED Israel');
  });

  it('an event noun asked for is no event: "asked Washington to impose sanctions on Rwandan officials"', () => {
    expect(readingOf('goma-m23-2025-01-30', 'asked Washington', 'sanctions')).toBe('requested');
    expect(relationsOf('goma-m23-2025-01-30')).not.toContain('Felix Tshisekedi SANCTIONED Rwanda');
  });

  it('an offer is no event: "offered to mediate", "was ready to meet President Emmanuel Macron"', () => {
    expect(readingOf('costa-rica-nicaragua-oas-vote-2010-11-13', 'have offered to mediate', 'mediate')).toBe('offered');
    expect(readingOf('france-italy-envoy-recall-wire-2019-02-07', 'was ready to meet', 'meet')).toBe('offered');
    expect(relationsOf('france-italy-envoy-recall-wire-2019-02-07')).not.toContain('Matteo Salvini MET Emmanuel Macron');
  });

  it('a meeting called off did not happen: "called off a meeting between … Parly and … Wallace"', () => {
    expect(readingOf('aukus-recall-2021-09-23', 'called off a meeting', 'meeting')).toBe('cancelled');
    expect(relationsOf('aukus-recall-2021-09-23')).not.toContain('Florence Parly MET Ben Wallace');
  });

  it('aid or cooperation suspended is no support told: "has suspended its aid to Burundi" is a sanction, not SUPPORTED', () => {
    expect(readingOf('burundi-buyoya-arusha-sanctions-dar-daily-1996-08-01', 'has suspended its aid', 'aid')).toBe('ended');
    expect(relationsOf('burundi-buyoya-arusha-sanctions-dar-daily-1996-08-01')).not.toContain('United States SUPPORTED Burundi');
    expect(relationsOf('burundi-buyoya-arusha-sanctions-dar-daily-1996-08-01')).toContain('United States SANCTIONED Burundi');
    expect(readingOf('unesco-palestine-admission-funding-cut-wire-2011-10-31', 'cut off its funding', 'funding')).toBe('ended');
    // a visit ended did take place: "ending Yeltsin's first visit to Japan"
    expect(readingOf('yeltsin-tokyo-declaration-kurils-tokyo-daily-1993-10-14', 'ending Yeltsin', 'visit')).toBeNull();
  });

  it('a condition’s own event is supposed: "would stop selling oil to the United States if it attacked the country"', () => {
    expect(readingOf('bolivia-venezuela-expel-us-envoys-2008-09-12', 'if it attacked', 'attacked')).toBe('supposed');
    expect(relationsOf('bolivia-venezuela-expel-us-envoys-2008-09-12').filter((r) => r.includes(' ATTACKED '))).toEqual([]);
  });

  it('a denial’s complement is denied: "denied reports that India had consulted Washington" is no meeting', () => {
    expect(readingOf('kashmir-article-370-downgrade-2019-08-08', 'denied reports that India', 'consulted')).toBe('denied');
    expect(relationsOf('kashmir-article-370-downgrade-2019-08-08')).not.toContain('India MET United States');
    // a denial the rule itself read stays, negated: "Damascus denies arming Hezbollah"
    expect(readingOf('lebanon-war-2006-07-15', 'Damascus denies', 'arming')).toBe('denied');
    expect(relationsOf('lebanon-war-2006-07-15', 'negated')).toContain('Syria SUPPORTED Hezbollah');
  });

  it('what an accusation alleges is no event told: "accused Kigali of supporting the M23 rebels" is no support by Kinshasa', () => {
    expect(readingOf('drc-rwanda-luanda-ceasefire-communique-2024-07-31', 'accused Kigali', 'supporting')).toBe('alleged');
    expect(relationsOf('drc-rwanda-luanda-ceasefire-communique-2024-07-31')).not.toContain('Democratic Republic of the Congo SUPPORTED M23');
    // an aside on the accusation is told: "accused Pakistan of sponsoring the Uri attack, a charge Islamabad rejected"
    expect(readingOf('south-asia-2016-09-30', 'a charge Islamabad', 'rejected')).toBeNull();
  });

  it('a question asks whether, it does not tell: "Will he press the Iranian authorities …?", "Has Washington asked Mexico …?"', () => {
    expect(readingOf('rushdie-iran-ambassadors-commons-statement-1998-10-20', 'Will he press', 'press')).toBe('asked');
    expect(relationsOf('rushdie-iran-ambassadors-commons-statement-1998-10-20')).not.toContain('Michael Howard REQUESTED Iran');
    expect(readingOf('cuba-mexico-envoys-sre-press-conference-2004-05-02', 'Has Washington asked', 'asked')).toBe('asked');
    // the answer is told: "I have asked our chargé d'affaires in Tehran to raise …"
    expect(readingOf('rushdie-iran-ambassadors-commons-statement-1998-10-20', 'I have asked our', 'asked')).toBeNull();
  });

  it("a quoted question asks only inside its quotation: \"… Chávez had repeatedly called a 'fascist' … told him: 'Why don't you shut up?'\"", () => {
    const summit = 'ibero-american-summit-king-chavez-digest-2007-11-12';
    expect(readingOf(summit, 'had repeatedly called', 'called')).toBeNull();
    expect(readingOf(summit, 'had repeatedly called', 'shut up')).toBe('asked');
  });

  it('keeps what is told: planned visits, a threat with a condition, an invitation named inside a condition', () => {
    expect(readingOf('camp-david-2023-08-19', 'is expected to visit Seoul', 'visit')).toBeNull();
    expect(readingOf('balakot-pakistan-daily-2019-02-28', 'withdraw its invitation', 'invitation')).toBeNull();
    expect(relationsOf('balakot-pakistan-daily-2019-02-28')).toContain('United Arab Emirates INVITED Sushma Swaraj');
    expect(relationsOf('soleimani-iraq-analysis-2020-01-07')).toContain('Donald Trump THREATENED Iran');
  });
});
