import { describe, expect, it } from 'vitest';
import { findDates, findPublicationDate, resolveMonthDay, resolveWeekday } from '../../../src/extract/dates.js';
import { parseExtractArgs } from '../../../src/extract/cli-args.js';
import { inflect, loadRules } from '../../../src/extract/rules.js';
import { splitSentences, classifyLine, segment } from '../../../src/extract/segment.js';
import { tokenize } from '../../../src/extract/tokenize.js';

const rules = loadRules();
const split = (text: string) => splitSentences(text, rules).map(([s, e]) => text.slice(s, e));

describe('sentence splitting', () => {
  it('keeps abbreviations, dates and acronyms inside sentences', () => {
    expect(split('Russia entered Syria on Sep. 30. Mr. Wang met the U.S. envoy. The U.S. Navy sailed.')).toEqual([
      'Russia entered Syria on Sep. 30.',
      'Mr. Wang met the U.S. envoy.',
      'The U.S. Navy sailed.',
    ]);
  });
  it('splits after closing quotes', () => {
    expect(split('He said, “We will strengthen ties.” Russia denied it.')).toEqual(['He said, “We will strengthen ties.”', 'Russia denied it.']);
  });
  it('splits before and after a quotation in single quotation marks, as the British press writes them', () => {
    expect(split("Ms Truss said China's behaviour threatened peace. 'We urge China to talk,' she said. 'This is wrong.' Beijing replied.")).toEqual([
      "Ms Truss said China's behaviour threatened peace.",
      "'We urge China to talk,' she said.",
      "'This is wrong.'",
      'Beijing replied.',
    ]);
  });
  it('reads single quotation marks used as such as quotation marks, never an apostrophe', () => {
    const words = (text: string) => tokenize(text).map((t) => t.text);
    expect(words("'We urge China,' she said.")).toEqual(['“', 'We', 'urge', 'China', ',', '”', 'she', 'said', '.']);
    expect(words('‘We urge China,’ she said.')).toEqual(['“', 'We', 'urge', 'China', ',', '”', 'she', 'said', '.']);
    expect(words("He called the plan 'unacceptable' and left.")).toEqual(['He', 'called', 'the', 'plan', '“', 'unacceptable', '”', 'and', 'left', '.']);
    expect(words("The ministers' meeting ended; don't worry.")).toEqual(['The', 'ministers', "'", 'meeting', 'ended', ';', "don't", 'worry', '.']);
    // offsets stay the text's own: the evidence is quoted from the briefing as written
    expect(tokenize("'We urge,' she said.", 10)[0]).toMatchObject({ start: 10, end: 11 });
  });
  it('classifies headlines, captions and labels', () => {
    expect(classifyLine('Turkey Criticizes Russian Killing of Civilians', rules)).toBe('headline');
    expect(classifyLine('PHOTO: French Defense Minister Jean-Yves Le Drian', rules)).toBe('caption');
    expect(classifyLine('IRAN FIGHTER SYRIA FUNERAL 12-15', rules)).toBe('skip');
    expect(classifyLine('See Syria Daily, Dec 21: Another Sunday', rules)).toBe('skip');
    expect(classifyLine('The funeral of Revoutionary Guards member Akbar Malek Shahi:', rules)).toBe('body');
  });

  it("skips a wire's credits for its own staff, not a story's sentence about reporting", () => {
    for (const credit of [
      '(Reporting by Huseyin Hayatsever in Ankara and Johan Ahlander in Stockholm; Editing by Alex Richardson)',
      'Reporting by Jane Doe; Editing by John Roe',
      '[Additional reporting by Tom Balmforth in Moscow]',
      '-- Writing by Peter Graff',
      'Associated Press writer Matthew Lee in Washington contributed to this report.',
    ])
      expect(classifyLine(credit, rules)).toBe('skip');
    expect(classifyLine('Reporting by state media suggested that the talks had failed.', rules)).toBe('body');
    expect(classifyLine('Norway, which contributed to this effort, said it would continue.', rules)).toBe('body');
  });

  it("skips a web page's furniture copied with the story, not a paragraph that begins like it", () => {
    for (const furniture of [
      'Advertisement',
      'Story continues below advertisement',
      'Share',
      'Updated 6:12 AM GMT+8, August 6, 2023',
      'Published 14 March 2018',
      'Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      '© 2023 Reuters',
      'Image source, Getty Images',
      'Listen to this article',
      '(Photo by Jam Sta Rosa / AFP)',
      'Enditem',
      'Editor: Liu Jie',
      'Source: Al Jazeera and news agencies',
      'Tags: Turkey, Sweden, NATO',
      'Related Topics',
      'WhatsApp',
      'By James Landale',
      'By Martin Lachance and Julie Ferris',
      'By Ridwan Hasibuan, Staff Writer',
    ])
      expect(classifyLine(furniture, rules)).toBe('skip');
    expect(classifyLine('FILE - A Chinese coast guard ship fires a water cannon at a Philippine vessel. (Philippine Coast Guard via AP, File)', rules)).toBe(
      'caption',
    );
    expect(classifyLine('Updated figures released by the ministry in 2023 show that the talks had stalled.', rules)).toBe('body');
    expect(classifyLine('Copyright disputes between the two states date back to 1998.', rules)).toBe('body');
    expect(classifyLine('By Friday morning the two prime ministers had signed a joint communique.', rules)).toBe('body');
    // a monitoring service's source line names the broadcast and its time: read, as before
    expect(classifyLine('Source: RTRS TV, Banja Luka, in Serbian 1730 gmt 5 Jan 22', rules)).not.toBe('skip');
  });

  it('keeps a story one news item when "Advertisement" lines break it up', () => {
    const story = 'Turkey summons Swedish envoy\n\nANKARA - Turkey summoned the envoy.\n\nSweden regretted the protest.\n\nNATO urged calm.';
    const broken = story.replace(/\n\n(?=Sweden|NATO)/g, '\n\nAdvertisement\n\n');
    const sections = (text: string) => segment(text, rules).map((s) => `${s.section} ${s.kind} ${s.text}`);
    expect(sections(broken)).toEqual(sections(story));
  });
});

describe('dates', () => {
  it('resolves a weekday to the most recent such day before publication', () => {
    expect(resolveWeekday(1, '2015-12-22')).toBe('2015-12-21');
    expect(resolveWeekday(2, '2015-12-22')).toBe('2015-12-15');
  });
  it('reads a weekday that is the publication day’s own as that day, not a week before', () => {
    // "Taiwan severed relations with Panama on Tuesday" in a wire of Tuesday 2017-06-13
    const [tuesday] = findDates(tokenize('Taiwan severed relations with Panama on Tuesday.'), '2017-06-13');
    expect(tuesday?.date).toBe('2017-06-13');
    const [monday] = findDates(tokenize('They met on Monday.'), '2017-06-13');
    expect(monday?.date).toBe('2017-06-12');
    // a dateline's day anchors the story in a later edition
    const [datelined] = findDates(tokenize('They met on Tuesday.'), '2017-06-15', '2017-06-13');
    expect(datelined?.date).toBe('2017-06-13');
  });
  it('resolves a month and day to the most recent one not after publication', () => {
    expect(resolveMonthDay(11, 26, '2015-12-22')).toBe('2015-11-26');
    expect(resolveMonthDay(12, 30, '2015-12-22')).toBe('2014-12-30');
  });
  it('finds "on Monday", "Monday’s", "Sep. 30", "Dec 21", "in October"', () => {
    const dates = findDates(tokenize('On Monday’s call, on Sep. 30 and Dec 21 and in October, since October 7'), '2015-12-22');
    expect(dates.map((d) => [d.date, d.possessive, d.preposition])).toEqual([
      ['2015-12-21', true, null],
      ['2015-09-30', false, 'on'],
      ['2015-12-21', false, 'and'],
      [null, false, 'in'],
      ['2015-10-07', false, 'since'],
    ]);
  });
  it('finds a publication date in a file name or text', () => {
    expect(findPublicationDate('syria-daily-2015-12-22.txt')).toBe('2015-12-22');
    expect(findPublicationDate('x.txt', 'Syria Daily, 22 December 2015')).toBe('2015-12-22');
    expect(findPublicationDate('x.txt', 'no date here')).toBeNull();
  });
});

describe('rules and CLI arguments', () => {
  it('inflects regular and irregular verbs', () => {
    expect(inflect('criticize').forms).toEqual(expect.arrayContaining(['criticizes', 'criticized', 'criticizing']));
    expect(inflect('meet/met/met').forms).toEqual(expect.arrayContaining(['meets', 'met', 'meeting']));
    expect(inflect('slam/slammed/slammed').forms).toContain('slamming');
  });
  it('parses extract arguments and rejects bad ones', () => {
    expect(parseExtractArgs(['a.txt', '--date', '2015-12-22', '--url=https://x.org/a', '--ingest'])).toEqual({
      file: 'a.txt',
      date: '2015-12-22',
      url: 'https://x.org/a',
      flags: { ingest: true },
    });
    expect(() => parseExtractArgs(['a.txt', '--date', '22/12/2015'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseExtractArgs([])).toThrow(/exactly one/);
  });
});
