import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../src/extract/actors.js';
import { turnSpeakers } from '../../../../src/extract/discourse/turn-speakers.js';
import { loadRules } from '../../../../src/extract/rules.js';
import { segment } from '../../../../src/extract/segment.js';
import type { ActorSpan } from '../../../../src/extract/structure/actor-spans.js';

const person = (key: number, name: string, title?: string): Actor => ({
  key,
  name,
  kind: 'PERSON',
  aliases: new Set(),
  roles: title ? [{ title, of: null, sentence: 0 }] : [],
  active: true,
  knownId: null,
  state: null,
  fuzzy: false,
  mergedInto: null,
});

/** The turns of a text whose every occurrence of each given name is a span of its actor: "speaker: first words of the turn". */
function turns(text: string, named: Record<string, Actor>): string[] {
  const spans: ActorSpan[] = Object.entries(named).flatMap(([name, actor]) =>
    [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, actor })),
  );
  return turnSpeakers(text, segment(text, loadRules()), spans, Object.values(named), (a) => a).map(
    (t) => `${t.speaker.name}: ${text.slice(t.start, t.end).trim().split(/\s+/).slice(0, 3).join(' ')}`,
  );
}

describe('a parliamentary label: the speaker before the seat, and the party after it', () => {
  const nandy = person(4, 'Lisa Nandy');
  const bercow = person(5, 'John Bercow');
  const text = ['Lisa Nandy (Wigan) (Lab): I thank the Foreign Secretary.', 'Mr John Bercow (Buckingham, Con): What assessment has he made?'].join('\n\n');
  const spans = (names: Record<string, Actor>): ActorSpan[] =>
    Object.entries(names).flatMap(([name, actor]) =>
      [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, actor })),
    );

  it('"Lisa Nandy (Wigan) (Lab):" is Lisa Nandy\'s turn, a member of the Labour Party; "(Buckingham, Con)" names the Conservatives', () => {
    const named = { 'Lisa Nandy': nandy, 'John Bercow': bercow };
    const found = turnSpeakers(text, segment(text, loadRules()), spans(named), Object.values(named), (a) => a);
    expect(found.map((t) => [t.speaker.name, t.party])).toEqual([
      ['Lisa Nandy', 'Labour Party'],
      ['John Bercow', 'Conservative Party'],
    ]);
  });
});

describe('a minister’s label in the House of Commons: a long office, the holder in brackets', () => {
  it('"The Parliamentary Under-Secretary of State for Foreign and Commonwealth Affairs (Meg Munn): I do." is Meg Munn’s turn', () => {
    const munn = person(6, 'Meg Munn');
    const gapes = person(7, 'Mike Gapes');
    const text = [
      'Mr Mike Gapes (Ilford South, Lab): Does my right hon. Friend welcome the agreement?',
      'The Parliamentary Under-Secretary of State for Foreign and Commonwealth Affairs (Meg Munn): I do. I pay tribute to the chairman.',
    ].join('\n\n');
    expect(turns(text, { 'Meg Munn': munn, 'Mike Gapes': gapes })).toEqual(['Mike Gapes: Does my right', 'Meg Munn: I do. I']);
  });
});

describe('a transcript’s speakers (who "I" and "we" are)', () => {
  const lindqvist = person(1, 'Maria Lindqvist');
  const miller = person(2, 'Matthew Miller');
  const varadkar = person(3, 'Leo Varadkar', 'Taoiseach');

  it('a label naming a person starts a turn that runs to the next label; a question from the floor has no speaker', () => {
    const text = [
      'Spokesperson Maria Lindqvist: Good afternoon. We condemn the decision.',
      'We urge restraint.',
      'Question (Reuters): We hear otherwise. Do you agree?',
      'Maria Lindqvist: We do not.',
    ].join('\n\n');
    expect(turns(text, { 'Maria Lindqvist': lindqvist })).toEqual(['Maria Lindqvist: Good afternoon. We', 'Maria Lindqvist: We do not.']);
  });

  it('a label may name its speaker by surname or by a title the briefing gave one person', () => {
    const text = ['MR MILLER: We reject that.', 'QUESTION: Why?', 'The Taoiseach: I spoke to him.'].join('\n\n');
    expect(turns(text, { 'Matthew Miller': miller, 'Leo Varadkar': varadkar })).toEqual(['Matthew Miller: We reject that.', 'Leo Varadkar: I spoke to']);
  });

  it('"A:" answers for the last named speaker; a rubric naming no one ends the turn', () => {
    const text = ['Maria Lindqvist: We regret it.', 'Q: And Sweden?', 'A: We urge calm.', 'Reaction: In Oslo, we heard nothing.'].join('\n\n');
    expect(turns(text, { 'Maria Lindqvist': lindqvist })).toEqual(['Maria Lindqvist: We regret it.', 'Maria Lindqvist: We urge calm.']);
  });

  it('news prose, and a label that is a clause or names no speaker at its end, make no turn', () => {
    const text = [
      'Maria Lindqvist said on Monday that Sweden would respond.',
      'Maria Lindqvist told reporters: We will respond.',
      'Sweden severs diplomatic relations with Norway over the border dispute in the north: a chronology.',
    ].join('\n\n');
    expect(turns(text, { 'Maria Lindqvist': lindqvist })).toEqual([]);
  });

  it('a label may give the name, then the office after a comma; a clause ending in a colon inside a turn does not end it', () => {
    const berg = person(4, 'Ingrid Berg');
    const text = [
      'Mr Anders Lund (Centre group): Minister, what will the Government do?',
      'Ms Ingrid Berg, Minister for Europe and Foreign Affairs: Mr President, we condemn the closure.',
      'Let me be clear: we will not leave.',
      'Mr Anders Lund: Thank you.',
    ].join('\n\n');
    expect(turns(text, { 'Anders Lund': person(5, 'Anders Lund'), 'Ingrid Berg': berg })).toEqual([
      'Anders Lund: Minister, what will',
      'Ingrid Berg: Mr President, we',
      'Anders Lund: Thank you.',
    ]);
  });
});

describe('an unnamed voice of a body: "MFA Spokesperson:"', () => {
  const body = (key: number, name: string, kind: Actor['kind'] = 'ORGANIZATION'): Actor => ({ ...person(key, name), kind });
  const mfa = body(7, 'MFA');
  const times = body(8, 'The Straits Times', 'MEDIA');
  const text = [
    'The Straits Times: How does Singapore view the visit?',
    'MFA Spokesperson: We have conveyed our strong protest to the Malaysian Government.',
    'The Straits Times: What next?',
    'MFA Spokesperson: We again call on Malaysia to withdraw its vessels.',
  ].join('\n\n');

  it('speaks for the body its label names; the outlet asking is nobody’s turn', () => {
    expect(turns(text, { MFA: mfa, 'The Straits Times': times })).toEqual(['MFA: We have conveyed', 'MFA: We again call']);
  });

  it('is nobody when the label names no body ("Spokesperson:") or an outlet ("The Straits Times Spokesperson:")', () => {
    expect(turns(text.replaceAll('MFA Spokesperson', 'Spokesperson'), { 'The Straits Times': times })).toEqual([]);
    expect(turns(text.replaceAll('MFA Spokesperson', 'The Straits Times Spokesperson'), { 'The Straits Times': times })).toEqual([]);
  });
});
