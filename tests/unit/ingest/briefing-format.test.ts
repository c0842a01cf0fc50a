import { describe, expect, it } from 'vitest';
import { BriefingFileError } from '../../../src/ingest/briefing-errors.js';
import { parseBriefing } from '../../../src/ingest/parse-briefing.js';

const valid = () => ({
  briefing: { id: 'b-1', title: 'A briefing', publishedAt: '2015-12-22', text: 'Shoigu met Le Drian. Le Drian is French.' },
  actors: [
    { id: 'shoigu', name: 'Sergei Shoigu', kind: 'PERSON' },
    {
      id: 'le-drian',
      name: 'Jean-Yves Le Drian',
      kind: 'PERSON',
      roles: [{ title: 'Defense Minister', of: 'france', evidence: { quote: 'Le Drian is French.' } }],
    },
    { id: 'france', name: 'France', kind: 'STATE' },
  ],
  relations: [{ source: 'shoigu', type: 'MET', target: 'le-drian', date: '2015-12-21', evidence: { quote: 'Shoigu met Le Drian.' } }],
});

function problems(data: unknown): string[] {
  try {
    parseBriefing(data, 'file.json');
  } catch (error) {
    expect(error).toBeInstanceOf(BriefingFileError);
    return (error as BriefingFileError).problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  throw new Error('expected the briefing to be rejected');
}

describe('the briefing file format', () => {
  it('accepts a valid briefing and fills defaults', () => {
    const briefing = parseBriefing(valid(), 'file.json');
    expect(briefing.relations[0]).toMatchObject({ modality: 'ASSERTED', negated: false, confidence: 1 });
    expect(briefing.actors[0]!.aliases).toEqual([]);
  });

  it('names the missing field', () => {
    const data = valid() as any;
    delete data.briefing.title;
    expect(problems(data)).toEqual([expect.stringMatching(/^briefing\.title: /)]);
  });

  it('rejects an unknown relation type, a bad date and an unknown field', () => {
    const data = valid() as any;
    data.relations[0].type = 'ADMIRED';
    data.relations[0].date = '2015-02-30';
    data.actors[0].nickname = 'x';
    const found = problems(data);
    expect(found).toContainEqual(expect.stringMatching(/^relations\.0\.type: /));
    expect(found).toContainEqual(expect.stringMatching(/^relations\.0\.date: must be a date/));
    expect(found).toContainEqual(expect.stringMatching(/^actors\.0: .*nickname/));
  });

  it('rejects relations and roles that name actors the file does not define', () => {
    const data = valid() as any;
    data.relations[0].target = 'ghost';
    data.actors[1].roles[0].of = 'atlantis';
    expect(problems(data)).toEqual([
      'actors.1.roles.0.of: names actor "atlantis", which this file does not define',
      'relations.0.target: names actor "ghost", which this file does not define',
    ]);
  });

  it('rejects duplicate actor ids, self-relations and ids that are not slugs', () => {
    const data = valid() as any;
    data.actors[2].id = 'shoigu';
    data.relations[0].target = 'shoigu';
    expect(problems(data)).toEqual(
      expect.arrayContaining(['actors.2.id: duplicate actor id "shoigu"', 'relations.0.target: a relation needs two different actors']),
    );
    const slug = valid() as any;
    slug.actors[0].id = 'Sergei Shoigu';
    expect(problems(slug)).toContainEqual(expect.stringMatching(/^actors\.0\.id: must be a slug/));
  });

  it('checks evidence against the text: quotes must occur and offsets must hold them', () => {
    const data = valid() as any;
    data.relations[0].evidence.quote = 'Shoigu never said this.';
    expect(problems(data)).toEqual(['relations.0.evidence.quote: quote does not occur in the briefing text']);
    const offsets = valid() as any;
    Object.assign(offsets.relations[0].evidence, { start: 1, end: 21 });
    expect(problems(offsets)).toEqual(['relations.0.evidence.start: offsets 1–21 do not hold the quote in the briefing text']);
    const ok = valid() as any;
    Object.assign(ok.relations[0].evidence, { start: 0, end: 20 });
    expect(() => parseBriefing(ok, 'file.json')).not.toThrow();
  });

  it('needs evidence for a role held in another actor', () => {
    const data = valid() as any;
    delete data.actors[1].roles[0].evidence;
    expect(problems(data)).toEqual(['actors.1.roles.0.evidence: a role held in another actor ("of") is a relation and needs its evidence sentence']);
  });
});

describe('partial dates and what a role is', () => {
  it('takes a month or a year when that is all the text gives, and rejects days off the calendar', () => {
    for (const date of ['2012-08', '2012', '2015-12-21']) {
      const data = valid() as any;
      data.relations[0].date = date;
      expect(parseBriefing(data, 'file.json').relations[0]!.date).toBe(date);
    }
    for (const date of ['2012-13', '2012-8', '12', '2015-02-30']) {
      const data = valid() as any;
      data.relations[0].date = date;
      expect(problems(data)).toEqual([expect.stringMatching(/^relations\.0\.date: must be a date/)]);
    }
  });

  it('a former role needs its end; ties and degrees are not roles', () => {
    const data = valid() as any;
    data.actors[1].roles[0].title = 'former member';
    data.relations.push({ ...data.relations[0], type: 'AFFILIATED_WITH', title: 'Economics degree' });
    expect(problems(data)).toEqual([
      'actors.1.roles.0.to: a former role ("former member") has an end: give "to" (a day, month or year)',
      'relations.1.title: "Economics degree" is a tie or a study, not a role: state it as an AFFILIATED_WITH relation without a title',
    ]);
    data.actors[1].roles[0].to = '2013-10';
    delete data.relations[1].title;
    expect(parseBriefing(data, 'file.json').actors[1]!.roles[0]!.to).toBe('2013-10');
  });
});

describe('hostile or careless values (issue 8), each named by its field', () => {
  it('refuses control characters and bidi overrides in names, ids beyond the limit, over-long names and quotes', () => {
    const data = valid() as any;
    data.actors[0].name = 'Sergei\u0000Shoigu';
    data.actors[1].aliases = ['Le \u202eDrian', 'esc\u001b[31m'];
    data.actors[2].id = 'f'.repeat(8_200);
    data.briefing.source = 'x'.repeat(301);
    data.relations[0].evidence.quote = 'q'.repeat(5_001);
    const found = problems(data);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^actors\.0\.name: must not contain control characters/),
        expect.stringMatching(/^actors\.1\.aliases\.0: must not contain control characters/),
        expect.stringMatching(/^actors\.1\.aliases\.1: must not contain control characters/),
        expect.stringMatching(/^actors\.2\.id: must be at most 200 characters/),
        expect.stringMatching(/^briefing\.source: must be at most 300 characters/),
        expect.stringMatching(/^relations\.0\.evidence\.quote: must be at most 5000 characters/),
      ]),
    );
    // Line breaks and tabs in a text are text.
    const text = valid();
    text.briefing.text = 'Shoigu met Le Drian.\n\tLe Drian is French.';
    expect(parseBriefing(text, 'file.json').briefing.text).toBe(text.briefing.text);
  });

  it('refuses non-http(s) URLs, dates before 1800, periods that end before they start, roles held in the actor itself', () => {
    const data = valid() as any;
    data.briefing.url = 'javascript:alert(1)';
    data.relations[0].date = '1799-12-31';
    data.actors[1].roles[0].from = '2014-05';
    data.actors[1].roles[0].to = '2013';
    data.actors[2].roles = [{ title: 'Member', of: 'france', evidence: { quote: 'Le Drian is French.' } }];
    expect(problems(data)).toEqual([
      expect.stringMatching(/^briefing\.url: must be an absolute http\(s\) URL/),
      expect.stringMatching(/^relations\.0\.date: must not be before 1800-01-01/),
      'actors.1.roles.0.to: ends (2013) before it starts (2014-05)',
      'actors.2.roles.0.of: a role is held in another actor, not in the actor itself',
    ]);
    const ok = valid() as any;
    ok.briefing.url = 'https://example.org/a';
    ok.actors[1].roles[0].from = '2013';
    ok.actors[1].roles[0].to = '2013-05'; // overlapping precisions are a period
    expect(() => parseBriefing(ok, 'file.json')).not.toThrow();
  });

  it('refuses offsets on a briefing with no text', () => {
    const data = valid() as any;
    delete data.briefing.text;
    data.relations[0].evidence = { quote: 'Shoigu met Le Drian.', start: 0, end: 20 };
    expect(problems(data)).toEqual(['relations.0.evidence.start: offsets need the briefing text (briefing.text)']);
  });
});
