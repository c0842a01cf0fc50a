import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * Which arguments a predicate's clause gives (docs/extraction.md), on development briefings with their
 * stored CoreNLP parses. Each test fails when its reading is removed.
 */
const relationsOf = (id: string) => relationLines(draftOfDevelopmentBriefing(id));

describe('arguments the clause gives (development briefings, real parses)', () => {
  it('two agents of a passive signing are its parties: "The treaty was signed in Murmansk by Støre and Lavrov"', () => {
    expect(relationsOf('barents-delimitation-treaty-murmansk-press-release-2010-09-15')).toContain('Jonas Gahr Støre SIGNED_AGREEMENT Sergei Lavrov');
    // "was signed on Sunday evening by Carter and by Emile Jonassaint": a "by" phrase for each
    expect(relationsOf('haiti-carter-cedras-accord-wire-1994-09-19')).toContain('Jimmy Carter SIGNED_AGREEMENT Emile Jonassaint');
  });

  it('six who sign one document do not each sign with each other: "signed by Shevardnadze, Baker, Hurd, Dumas, Genscher and de Maiziere"', () => {
    const signings = relationsOf('two-plus-four-treaty-signing-tass-1990-09-12').filter((r) => r.includes('SIGNED_AGREEMENT'));
    expect(signings).not.toContain('Douglas Hurd SIGNED_AGREEMENT Roland Dumas');
    expect(signings).not.toContain('James Baker SIGNED_AGREEMENT Douglas Hurd');
  });
  it('a noun renamed by its appositive is the actor named: "the representative of Kuwait, Mohammad Abulhassan, said", "Moscow\'s deputy ambassador, Dmitry Polyanskiy, accused London"', () => {
    const kuwait = relationsOf('kuwait-invasion-resolution-660-security-council-1990-08-02');
    expect(kuwait).toContain('Mohammad Abulhassan ACCUSED Iraq');
    // the envoy is not the state he speaks for
    expect(kuwait).not.toContain('Kuwait ACCUSED Iraq');
    expect(relationsOf('europe-brief-bucha-expulsions-2022-04-05')).toContain('Dmitry Polyanskiy ACCUSED United Kingdom');
    // the renamed noun as an object: "called on President Gbagbo and the leader of the Forces nouvelles, Guillaume Soro"
    expect(relationsOf('ivory-coast-arms-embargo-security-council-2004-11-15')).toContain('Kofi Annan REQUESTED Guillaume Soro');
  });
  it('a reported deed in the infinitive of its clause\'s verb accuses that verb\'s subject: "said Russian aircraft had continued to bomb targets"', () => {
    expect(relationsOf('georgia-ceasefire-2008-08-13')).toContain('Georgia ACCUSED Russia');
    // "said Sudan's President Omar al-Bashir wanted \"to destabilise Chad\""
    expect(relationsOf('chad-sudan-ties-severed-ndjamena-communique-2006-04-15')).toContain('Idriss Déby Itno ACCUSED Omar al-Bashir');
  });
});
