import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.29.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.29.0 round', () => {
  it('a form of address is no name: "His Highness the Amir Sheikh Tamim …", "His Highness stressed", "His Royal Highness the Crown Prince"', () => {
    const readouts = draftOfDevelopmentBriefing('al-udeid-strike-ceasefire-amiri-diwan-readouts-2025-06-24');
    const relations = relationLines(readouts);
    // the name after the form is the mention, and the parse's subject ("Highness") finds it
    expect(relations).toContain('Masoud Pezeshkian PHONED Tamim bin Hamad Al Thani');
    // alone, the form stands for the ruler last named
    expect(relations).toContain('Tamim bin Hamad Al Thani REQUESTED Iran');
    const summit = draftOfDevelopmentBriefing('al-ula-declaration-qatar-gcc-summit-spa-dispatch-2021-01-05');
    const formsAsNames = [...readouts.actors, ...summit.actors].map((a) => a.name).filter((name) => /^(His|Her) /.test(name));
    expect(formsAsNames).toEqual([]);
  });
  it('a meeting wished or offered is an offer to meet: "Abe said he wanted to meet Chinese and South Korean leaders"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('abe-yasukuni-not-welcome-mfa-press-conference-transcript-2013-12-30'));
    expect(relations).toContain('Shinzo Abe AGREED_TO_MEET China');
    expect(relations).not.toContain('Shinzo Abe MET China');
  });
});
