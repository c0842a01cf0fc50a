import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from '../support/rule-sentences.js';

/**
 * "He"/"she" in a new sentence is the last person a clause of the parse had for subject, not the first actor the
 * sentence names (development briefings with their stored CoreNLP parses; each case fails without the parse's subjects).
 */
describe('a pronoun stands for the last person who was a clause’s subject (real parses)', () => {
  it('a name in apposition to the subject, after "of the Netherlands": "He thanked Malaysia" is Timmermans, not the earlier Bishop', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('mh17-resolution-2166-security-council-2014-07-21'));
    for (const state of ['Malaysia', 'Ukraine', 'Australia']) {
      expect(relations).toContain(`Frans Timmermans PRAISED ${state}`);
      expect(relations).not.toContain(`Julie Bishop PRAISED ${state}`);
    }
  });

  it('a title and a body word before the name ("The Vice President and Government spokesperson, Compañera Rosario Murillo, said")', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('nicaragua-oas-resolution-state-media-2018-07-19'));
    expect(relations).toContain('Compañera Rosario Murillo PRAISED Cuba');
    expect(relations).not.toContain('Denis Moncada PRAISED Cuba');
  });

  it('a place opening the sentence ("In Stralsund, Germany, … President George W. Bush said"): "he also blamed Syria" is Bush', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('lebanon-war-2006-07-15'));
    expect(relations).toContain('George W. Bush ACCUSED Syria');
    expect(relations).not.toContain('Fouad Siniora ACCUSED Syria');
  });

  it('a subordinate clause’s subject does not take over from a bare title leading the sentence ("The Prime Minister announced that General Iqbal …")', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('abbottabad-gilani-national-assembly-2011-05-09'));
    expect(relations).toContain('Syed Yousuf Raza Gilani PRAISED China');
    expect(relations).not.toContain('Javed Iqbal PRAISED China');
  });
});
