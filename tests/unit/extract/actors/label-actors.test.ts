import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing } from '../support/rule-sentences.js';

/**
 * Actors a transcript names only in its speaker labels and its title (src/extract/actors/label-actors.ts), on
 * development briefings read with their stored CoreNLP parses. Each test fails when its rule is removed.
 */
const draftOf = draftOfDevelopmentBriefing;
const kindsOf = (id: string) => new Map(draftOf(id).actors.map((a) => [a.name, a.kind]));

describe('actors of transcript labels (development briefings, real parses)', () => {
  it('the outlet in brackets after a questioner’s word is a medium: "Question (The Hindu):", "REPORTER (NHK):"', () => {
    const galwan = kindsOf('galwan-clash-mea-briefing-2020-06-18');
    for (const outlet of ['Press Trust of India', 'WION', 'The Hindu', 'Doordarshan']) expect(galwan.get(outlet)).toBe('MEDIA');
    expect(kindsOf('algeria-morocco-ties-cut-presser-2021-08-24').get('Echorouk')).toBe('MEDIA');
    expect(kindsOf('japan-korea-export-controls-suga-2019-07-04').get('NHK')).toBe('MEDIA');
  });

  it('an acronym or organisation label before a question is a medium: "AFP: …?", "CCTV: …?"; an answering speaker is not', () => {
    const kinds = kindsOf('china-mfa-lithuania-2021-08-10');
    expect(kinds.get('AFP')).toBe('MEDIA');
    expect(kinds.get('CCTV')).toBe('MEDIA');
    expect(kinds.get('Wang Wenbin')).toBe('PERSON');
  });

  it('an upper-case label of title words and a name is that person, with the title: "CHIEF CABINET SECRETARY SUGA:"', () => {
    const suga = draftOf('japan-korea-export-controls-suga-2019-07-04').actors.find((a) => a.name === 'Suga');
    expect(suga?.kind).toBe('PERSON');
    expect(suga?.roles.map((r) => r.title)).toContain('Chief Cabinet Secretary');
  });

  it('the label as the transcript writes it is the person’s alias: "MINISTER JOVEL:" is Jovel', () => {
    const jovel = draftOf('guatemala-belize-icj-minex-presser-2019-05-10').actors.find((a) => a.name === 'Jovel');
    expect(jovel?.kind).toBe('PERSON');
    expect(jovel?.aliases).toContain('MINISTER JOVEL');
  });

  it('the titled person a transcript’s title names gives its unnamed answers ("A:"): "Foreign Ministry Spokesperson Hua Chunying’s Regular Press Conference"', () => {
    const draft = draftOf('paracel-oil-rig-mfa-presser-2014-05-08');
    const hua = draft.actors.find((a) => a.name === 'Hua Chunying');
    expect(hua?.kind).toBe('PERSON');
    const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
    expect(draft.relations.filter((r) => r.source === hua?.id).map((r) => `${r.type} ${nameOf.get(r.target)}`)).toContain('REQUESTED Vietnam');
  });
});
