import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * Summoning a state's envoy is a protest to that state and a meeting with the envoy (src/extract/relations/summons.ts),
 * read on development briefings with their stored CoreNLP parses: the state named on the envoy noun ("China's
 * ambassador", "South Korean Ambassador Shin Kak-soo") or served by the named envoy ("the Russian ambassador, Oleg
 * Vasnetsov"), never another state's envoy a coreference chain joins to "the ambassador".
 */
describe('summoning an envoy', () => {
  it('protests to the state of an envoy named with a demonym and his name: "summoned the Russian ambassador, Oleg Vasnetsov"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('transnistria-blasts-analysis-2022-04-29'));
    expect(relations).toContain('Moldovan foreign ministry CRITICIZED Russia');
    expect(relations).toContain('Moldovan foreign ministry MET Oleg Vasnetsov');
  });

  it('protests to the state of a title compounded into the name: "summoned South Korean Ambassador Shin Kak-soo"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('takeshima-lee-visit-ambassador-recalled-tokyo-wire-2012-08-10'));
    expect(relations).toContain('Koichiro Gemba CRITICIZED South Korea');
  });

  it('a Commonwealth high commissioner is an envoy: "summoned the acting British High Commissioner, Mr James Hennessy, and protested"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('kenya-uganda-mombasa-fuel-row-amin-radio-monitoring-1976-07-27'));
    expect(relations).toContain('Lt-Col Juma Oris Abdalla CRITICIZED United Kingdom');
    expect(relations).toContain('Lt-Col Juma Oris Abdalla MET James Hennessy');
  });

  it('meets the envoy named, not his state: "Westerwelle summoned the US ambassador, John B. Emerson" is no meeting with the United States', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('merkel-phone-nsa-ambassador-summoned-berlin-2013-10-24'));
    expect(relations).toContain('Guido Westerwelle MET John B. Emerson');
    expect(relations).not.toContain('Guido Westerwelle MET United States');
  });

  it('meets no other envoy than the one summoned: "Bishop summoned China\'s ambassador" is no meeting with Japan\'s, named before', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('east-china-sea-air-defence-zone-b52-analysis-2013-11-27'));
    expect(relations).toContain('Julie Bishop CRITICIZED China');
    expect(relations.filter((line) => line.startsWith('Julie Bishop MET'))).toEqual([]);
  });
});
