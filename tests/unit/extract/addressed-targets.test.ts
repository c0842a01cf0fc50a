import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * Targets a sentence names only as what is asked for or as the one an event befalls (src/extract/precision/patients.ts,
 * complement-targets.ts, both through target-roles.ts), on development briefings with their stored CoreNLP parses. Each
 * case fails when its guard is removed (the relation comes back) or when it drops the request to its addressee in the
 * same briefing.
 */
describe('the target of a request or a judgement is its addressee, not an actor of what is asked (real parses)', () => {
  it.each([
    [
      'the one whose release is demanded: "called for the release of Keita"',
      'mali-keita-resigns-ecowas-live-blog-2020-08-19',
      'António Guterres REQUESTED Ibrahim Boubacar Keita',
      'France REQUESTED UN Security Council',
    ],
    [
      'the one whose release is demanded: "demanded the immediate release of Protasevich"',
      'europe-digest-ryanair-minsk-2021-05-25',
      'European Union REQUESTED Roman Protasevich',
      'Sviatlana Tsikhanouskaya REQUESTED European Union',
    ],
    // "He urged the Syrian army not to take part in the killing of civilians": the addressee is kept
    [
      'an actor inside the infinitive asked for: "urged Arab governments not to isolate Assad"',
      'arab-league-suspends-syria-cairo-wire-2011-11-12',
      'Russia REQUESTED Bashar al-Assad',
      'Hamad bin Jassim al-Thani REQUESTED Syrian army',
    ],
  ])('%s is not the one asked', (_shape, briefing, dropped, kept) => {
    const relations = relationLines(draftOfDevelopmentBriefing(briefing));
    expect(relations).not.toContain(dropped);
    expect(relations).toContain(kept);
  });

  it.each([
    [
      '"accused the army of striking a Wagner camp": no accusation of Wagner',
      'eurasia-digest-wagner-mutiny-lukashenko-deal-2023-06-25',
      'Yevgeny Prigozhin ACCUSED Wagner Group',
      'Recep Tayyip Erdoğan PHONED Vladimir Putin',
    ],
    [
      '"accused the transitional authorities of having obstructed the Mission": no accusation of the Mission by its accuser',
      'minusma-termination-security-council-2023-06-30',
      'Issa Konfourou ACCUSED United Nations Multidimensional Integrated Stabilization Mission in Mali',
      // (MINUSMA is a listed body since 0.56.0, its full name the actor's; since 0.57.0 "He accused the Mission of …",
      // capitalised, is that body again, so the accusation of it by the minister who made it stands)
      'Abdoulaye Diop ACCUSED United Nations Multidimensional Integrated Stabilization Mission in Mali',
    ],
  ])('the one an accusation\'s "of" phrase names, past its object, is not the accused: %s', (_shape, briefing, dropped, kept) => {
    const relations = relationLines(draftOfDevelopmentBriefing(briefing));
    expect(relations).not.toContain(dropped);
    expect(relations).toContain(kept);
  });

  it('an actor inside the infinitive asked for is not the one asked, with no addressee to keep: the Snowden statement', () => {
    const moscow = relationLines(draftOfDevelopmentBriefing('moscow-summit-cancelled-snowden-white-house-statement-2013-08-07'));
    expect(moscow).not.toContain('John McCain REQUESTED Russia');
  });
});

/** Guards over the parse (src/extract/precision/reactors.ts, demand-calls.ts), on development briefings with their stored parses. */
describe('who reacts to an event, and a call that asks (real parses)', () => {
  it('"Pakistan had condemned the attack on the Indian Parliament" is no attack by Pakistan, nor an accusation of it by the speaker', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('parliament-attack-nambiar-recalled-south-asia-digest-2001-12-22'));
    expect(relations).not.toContain('Pakistan ATTACKED Indian Parliament');
    expect(relations).not.toContain('Aziz Ahmed Khan ACCUSED Pakistan');
    expect(relations).toContain('India CRITICIZED Pakistan');
  });

  it('"resisted calls from Britain, Australia and New Zealand for tough measures" is no telephone call among them', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('zimbabwe-commonwealth-suspension-troika-wire-2002-03-19'));
    expect(relations.filter((r) => / PHONED /.test(r))).toEqual([]);
    // a call that asks for nothing is still one: "received a telephone call from President Mubarak"
    expect(relationLines(draftOfDevelopmentBriefing('adana-accord-syria-turkey-damascus-radio-monitoring-1998-10-21'))).toContain(
      'Hosni Mubarak PHONED Hafez al-Asad',
    );
  });
});

describe('a state noun governed by several states (development briefings, real parses)', () => {
  it('"accused the French and Belgian governments of meddling": each state, not the country named after', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('austria-haider-coalition-eu-measures-newsletter-2000-02-04'));
    expect(relations).toContain('Jörg Haider ACCUSED France');
    expect(relations).toContain('Jörg Haider ACCUSED Belgium');
    expect(relations).not.toContain('Jörg Haider ACCUSED Austria');
  });
});
