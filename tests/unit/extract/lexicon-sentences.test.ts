import { describe, expect, it } from 'vitest';
import type { CombineMode } from '../../../src/extract/extract-briefing.js';
import { draftOfDevelopmentBriefing, draftOfRuleSentences, relationLines } from './support/rule-sentences.js';

/**
 * The wording lexicons (relations.json verbs, nouns and adjectives; structure.json naming verbs and pejoratives), one
 * family per sentence of tests/fixtures/rule-sentences/lexicon-2026-12-01.txt, read with its stored CoreNLP parse. Each
 * expected relation needs the family's entries: remove them and its test fails.
 */
const NAME = 'lexicon-2026-12-01';
const read = (combine?: CombineMode): string[] => relationLines(draftOfRuleSentences(NAME, combine));

describe('wording lexicons on short sentences (real parses)', () => {
  const combined = read();
  const structure = read('structure');

  it('predicative adjectives: "critical of Paris", "supportive of Taiwan", "grateful to Chile"', () => {
    for (const relations of [combined, structure]) {
      expect(relations).toContain('Turkey CRITICIZED France');
      expect(relations).toContain('Lithuania SUPPORTED Taiwan');
      expect(relations).toContain('Peru PRAISED Chile');
    }
  });

  it('"critical to Kenya\'s economy" is "crucial", no criticism', () => {
    expect(combined.filter((r) => r.endsWith('CRITICIZED Kenya'))).toEqual([]);
  });

  it('naming with a pejorative criticises the owner of what is named: "called Croatia\'s decision a provocation"', () => {
    expect(combined).toContain('Serbia CRITICIZED Croatia');
  });

  it('a pejorative predicate in reported speech: "Moscow said Tallinn\'s decision was regrettable"', () => {
    expect(combined).toContain('Russia CRITICIZED Estonia');
  });

  it('culpability named or reported accuses: "held Iran responsible", "said Moscow was behind the blast"', () => {
    expect(combined).toContain('United Kingdom ACCUSED Iran');
    expect(combined).toContain('Ukraine ACCUSED Russia');
  });

  it('dismissing a claim as absurd is no criticism of its maker (a denial)', () => {
    expect(combined).not.toContain('Russia CRITICIZED United Kingdom');
  });

  it('light verbs and their nouns: "paid tribute to", "expressed its solidarity with", "took the dispute to"', () => {
    expect(combined).toContain('Egypt PRAISED Jordan');
    expect(combined).toContain('Poland SUPPORTED Lithuania');
    expect(combined).toContain('Nicaragua REQUESTED International Court of Justice');
  });

  it('particle verbs: "called for Sudan\'s withdrawal", "turned down Bolivia\'s offer", "work closely with"', () => {
    expect(combined).toContain('Ethiopia REQUESTED Sudan');
    expect(combined).toContain('Chile REJECTED Bolivia');
    expect(combined).toContain('Japan COOPERATED_WITH Australia');
  });

  it('verbs of force, suspension, expulsion and veto: "shot down a Syrian helicopter", "suspended military exercises with", "declared … persona non grata", "vetoed"', () => {
    expect(combined).toContain('Turkey ATTACKED Syria');
    expect(combined).toContain('Greece SANCTIONED Israel');
    expect(combined).toContain('Venezuela EXPELLED Colombia');
    expect(combined).toContain('Brazil REJECTED Argentina');
  });
});

describe('appreciation is praise of whom or whose deed is appreciated', () => {
  it('"Liu Jianchao: We appreciate Russia\'s understanding and support" (a spokesperson\'s turn)', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('anti-secession-law-reactions-mfa-press-conference-2005-03-15'));
    expect(relations).toEqual(expect.arrayContaining(['Liu Jianchao PRAISED Russia', 'Liu Jianchao PRAISED European Union']));
  });
});

describe('freezing what someone owns sanctions the owner', () => {
  it('"freezing any Turkish assets of Attorney General Jeff Sessions and Interior Secretary Ryan Zinke"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('brunson-sanctions-lira-analysis-2018-08-17'));
    expect(relations).toEqual(expect.arrayContaining(['Turkey SANCTIONED Jeff Sessions', 'Turkey SANCTIONED Ryan Zinke']));
  });
});

describe('excluding a state sanctions it, as suspending it does', () => {
  it('"The White House, which had decided to exclude Cuba, Venezuela and Nicaragua on democratic grounds"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('summit-of-americas-los-angeles-boycott-op-ed-2022-06-07'));
    expect(relations).toEqual(expect.arrayContaining(['White House SANCTIONED Cuba', 'White House SANCTIONED Venezuela', 'White House SANCTIONED Nicaragua']));
  });
});

describe("signing told otherwise: initialling, putting one's name to a text", () => {
  it.each([
    ['beagle-channel-treaty-vatican-signing-analysis-1984-11-30', 'Dante Caputo SIGNED_AGREEMENT Jaime del Valle'],
    ['serbia-kosovo-brussels-2013-04-19', 'Serbia SIGNED_AGREEMENT Kosovo'],
  ])('%s: %s', (briefing, relation) => {
    expect(relationLines(draftOfDevelopmentBriefing(briefing))).toContain(relation);
  });
});

describe('accepting an offer agrees with whoever made it', () => {
  it('"Ankara yesterday also accepted an offer by Athens of two firefighting aircraft"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('izmit-earthquake-papandreou-cem-athens-daily-1999-08-20'))).toContain('Turkey AGREED_WITH Greece');
  });
});

describe("dismissing someone's account or version denies it (claimNouns)", () => {
  it.each([
    [
      'black-sea-bumping-yorktown-caron-crimea-wire-1988-02-12',
      "He dismissed the Pentagon's account that the Soviet ships had rammed the Americans",
      'Boris Pyadyshev DENIED Pentagon',
    ],
    [
      'mischief-reef-chinese-structures-manila-daily-1995-02-10',
      'Foreign Ministry spokesman Chen Jian dismissed the Philippine account',
      'Chen Jian DENIED Philippines',
    ],
  ])('%s: "%s"', (briefing, _sentence, relation) => {
    expect(relationLines(draftOfDevelopmentBriefing(briefing))).toContain(relation);
  });

  it('an "of" phrase naming no actor tells what was claimed, so the demonym names the claimant: "dismissed British accusations of a state-organised kidnapping"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('dikko-crate-stansted-envoys-expelled-lagos-wire-1984-07-13'))).toContain(
      'Tunde Idiagbon DENIED United Kingdom',
    );
  });
});
