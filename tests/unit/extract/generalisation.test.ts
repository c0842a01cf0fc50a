import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { extractDraft } from '../../../src/extract/extract-briefing.js';
import { tokenize } from '../../../src/extract/tokenize.js';
import { parseBriefing } from '../../../src/ingest/parse-briefing.js';

/** One short synthetic text per rule added in 0.2.0: each fails if its rule breaks. */
function draft(text: string, publishedAt = '2024-05-08') {
  return parseBriefing(extractDraft(text, { publishedAt, id: 'test', title: 'Test' }), 'draft');
}
type Draft = ReturnType<typeof draft>;
const actor = (file: Draft, name: string) => file.actors.find((a) => a.name === name || a.aliases.includes(name));
const SYMMETRIC = ['MET', 'NEGOTIATED_WITH', 'AGREED_WITH', 'COOPERATED_WITH', 'PHONED'];
const rel = (file: Draft, source: string, type: string, target: string) => {
  const s = actor(file, source)?.id;
  const t = actor(file, target)?.id;
  if (!s || !t) return undefined;
  return file.relations.find((r) => r.type === type && ((r.source === s && r.target === t) || (SYMMETRIC.includes(type) && r.source === t && r.target === s)));
};

describe('subjects shared and carried', () => {
  it('gives a coordinated verb the subject of the earlier verb of the same form', () => {
    const file = draft('Chinese spokeswoman Hua Chunying said Beijing firmly opposes the plan and urged Tokyo to reconsider.');
    expect(rel(file, 'Hua Chunying', 'REQUESTED', 'Japan')).toBeDefined();
    expect(rel(file, 'China', 'REQUESTED', 'Japan')).toBeUndefined();
  });
  it('carries the subject over "and" to a verb after an auxiliary', () => {
    const file = draft('Emmanuel Macron travelled to Beijing on Monday and is expected to meet Xi Jinping on Thursday.', '2024-05-07');
    expect(rel(file, 'Emmanuel Macron', 'VISITED', 'China')?.date).toBe('2024-05-06');
    const met = rel(file, 'Emmanuel Macron', 'MET', 'Xi Jinping')!;
    expect(met.modality).toBe('PLANNED');
    expect(met.date).toBe('2024-05-09');
  });
  it('gives a participle after a subordinator the main clause subject; hosting talks between A and B', () => {
    const file = draft('German Chancellor Olaf Scholz spoke to reporters after hosting talks between Serbia and Kosovo.');
    expect(rel(file, 'Olaf Scholz', 'HOSTED', 'Serbia')).toBeDefined();
    expect(rel(file, 'Olaf Scholz', 'HOSTED', 'Kosovo')).toBeDefined();
    expect(rel(file, 'Serbia', 'NEGOTIATED_WITH', 'Kosovo')).toBeDefined();
  });
  it('reads "for talks with" and "who held talks with" with the clause subject', () => {
    const file = draft(
      'Sergei Lavrov travelled to Ankara for talks with Turkish Foreign Minister Hakan Fidan. Wang Yi, who held talks with Antony Blinken, left.',
    );
    expect(rel(file, 'Sergei Lavrov', 'NEGOTIATED_WITH', 'Hakan Fidan')).toBeDefined();
    expect(rel(file, 'Wang Yi', 'NEGOTIATED_WITH', 'Antony Blinken')).toBeDefined();
  });
  it('takes "we" in a quotation for its speaker', () => {
    const file = draft('“We urge Israel to show restraint,” Egypt’s Foreign Ministry said.');
    expect(rel(file, 'Egyptian Foreign Ministry', 'REQUESTED', 'Israel')).toBeDefined();
  });
  it('skips -ly adverbs between subject and verb', () => {
    expect(rel(draft('Beijing angrily condemned Tokyo.'), 'China', 'CRITICIZED', 'Japan')).toBeDefined();
  });
  it('reads coordinated agents after "by" in the passive, and a capital before "of"', () => {
    const file = draft('Israel was criticized by Jordan and Qatar. Sweden was accused by Ankara of harbouring militants.');
    expect(rel(file, 'Jordan', 'CRITICIZED', 'Israel')).toBeDefined();
    expect(rel(file, 'Qatar', 'CRITICIZED', 'Israel')).toBeDefined();
    expect(rel(file, 'Turkey', 'ACCUSED', 'Sweden')).toBeDefined();
  });
});

describe('names, titles and bodies', () => {
  it('reads a name in apposition to a title, and a possessive state with its organs', () => {
    const file = draft("Niger's military junta expelled the French ambassador, Sylvain Itte, on Friday.", '2023-09-02');
    const itte = actor(file, 'Sylvain Itte')!;
    expect(itte.roles).toContainEqual(expect.objectContaining({ of: 'france' }));
    expect(rel(file, 'Niger', 'EXPELLED', 'Sylvain Itte')?.date).toBe('2023-09-01');
  });
  it('names a state’s body by its demonym ("Turkey\'s Foreign Ministry" → "Turkish Foreign Ministry")', () => {
    const file = draft("Turkey's Foreign Ministry criticized Greece.");
    expect(actor(file, 'Turkish Foreign Ministry')?.aliases).toContain("Turkey's Foreign Ministry");
    expect(rel(file, 'Turkish Foreign Ministry', 'CRITICIZED', 'Greece')).toBeDefined();
  });
  it('reads coordinated demonyms before an organ noun as two states', () => {
    expect(rel(draft('Armenian and Azerbaijani diplomats met in Washington on Monday.'), 'Armenia', 'MET', 'Azerbaijan')?.date).toBe('2024-05-06');
  });
  it('keeps a body’s organ noun with it ("NATO leaders") and a pronoun’s ("its forces")', () => {
    const file = draft('NATO leaders criticized Russia. Israel said its forces struck Hezbollah.');
    expect(rel(file, 'North Atlantic Treaty Organization', 'CRITICIZED', 'Russia')).toBeDefined();
    expect(rel(file, 'Israel', 'ATTACKED', 'Hezbollah')).toBeDefined();
  });
  it('matches the tail of a well-known longer name ("Tayyip Erdogan")', () => {
    const file = draft('Turkish President Tayyip Erdogan met Vladimir Putin.');
    expect(
      file.actors
        .filter((a) => a.kind === 'PERSON')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Recep Tayyip Erdoğan', 'Vladimir Putin']);
  });
  it('knows a person by the middle word of a longer name ("Patrick Muyaya Katembwe" is "Muyaya", "Francisco Caamaño Deñó" "Caamaño")', () => {
    const file = draft('Colonel Francisco Caamaño Deñó met Patrick Muyaya Katembwe in Kinshasa. Caamaño thanked Muyaya.');
    expect(rel(file, 'Francisco Caamaño Deñó', 'PRAISED', 'Patrick Muyaya Katembwe')).toBeDefined();
    expect(file.actors.filter((a) => a.kind === 'PERSON')).toHaveLength(2);
  });
  it('knows nobody by the second part of a hyphenated given name ("Jean-Jacques Gaillard" is not "Jacques Chirac")', () => {
    const file = draft('Jean-Jacques Gaillard met Heydar Aliyev in Paris. Jacques Chirac received Robert Kocharyan.');
    expect(actor(file, 'Jacques Chirac')?.name).toBe('Jacques Chirac');
    expect(rel(file, 'Jacques Chirac', 'HOSTED', 'Robert Kocharyan') ?? rel(file, 'Jacques Chirac', 'MET', 'Robert Kocharyan')).toBeDefined();
    expect(file.relations.filter((r) => r.source === actor(file, 'Jean-Jacques Gaillard')?.id && r.target === actor(file, 'Robert Kocharyan')?.id)).toEqual([]);
  });
  it('knows nobody by the middle word after a patronymic or a title of descent ("Khalifa bin Hamad Al Thani", "Seyed Ali Khamenei")', () => {
    const file = draft('Sheikh Khalifa bin Hamad Al Thani received Seyed Ali Khamenei. Hamad praised Ali.');
    expect(rel(file, 'Khalifa bin Hamad Al Thani', 'PRAISED', 'Seyed Ali Khamenei')).toBeUndefined();
  });
  it('splits a title from the name after it inside a capitalized run', () => {
    const file = draft('External Security Minister Ravi Kumar Sharma met Wang Yi.');
    expect(actor(file, 'Ravi Kumar Sharma')).toBeDefined();
    expect(rel(file, 'Ravi Kumar Sharma', 'MET', 'Wang Yi')).toBeDefined();
  });
  it('takes an unknown acronym before a title for a body', () => {
    const file = draft('SVR Director Sergei Naryshkin visited Minsk.');
    expect(actor(file, 'Sergei Naryshkin')!.roles).toContainEqual(expect.objectContaining({ title: 'Director', of: 'svr' }));
  });
  it('names no body for generic unit words ("Marine Special Forces")', () => {
    expect(actor(draft('A member of the Marine Special Forces was killed.'), 'Marine Special Forces')).toBeUndefined();
  });
});

describe('definite descriptions and pairs', () => {
  it('"the junta" is the state named earlier acting through its junta', () => {
    expect(rel(draft("Burkina Faso's military junta seized power. Paris criticized the junta."), 'France', 'CRITICIZED', 'Burkina Faso')).toBeDefined();
  });
  it('"the alliance" is the body so described', () => {
    expect(
      rel(draft('Finland joined NATO on Tuesday. Moscow condemned the alliance.'), 'Russia', 'CRITICIZED', 'North Atlantic Treaty Organization'),
    ).toBeDefined();
  });
  it('"the move", "the accusation", "the operation" are the agent of the latest fitting event', () => {
    const file = draft(
      'Washington imposed sanctions on Venezuela. Caracas condemned the move. Iran accused Israel of sabotage. Israel rejected the accusation.',
    );
    expect(rel(file, 'Venezuela', 'CRITICIZED', 'United States')).toBeDefined();
    expect(rel(file, 'Israel', 'REJECTED', 'Iran')).toBeDefined();
  });
  it('"both sides" in the sentence of the event is its pair; "the two leaders" the latest pair of leaders', () => {
    const file = draft(
      'Russian and Ukrainian negotiators met in Istanbul, with Turkish President Recep Tayyip Erdogan urging both sides to end the war. Indian Prime Minister Narendra Modi met Chinese President Xi Jinping. Subrahmanyam Jaishankar met Wang Yi. Vladimir Putin praised both leaders.',
    );
    expect(rel(file, 'Recep Tayyip Erdoğan', 'REQUESTED', 'Russia')).toBeDefined();
    expect(rel(file, 'Recep Tayyip Erdoğan', 'REQUESTED', 'Ukraine')).toBeDefined();
    expect(rel(file, 'Vladimir Putin', 'PRAISED', 'Narendra Modi')).toBeDefined();
    expect(rel(file, 'Vladimir Putin', 'PRAISED', 'Wang Yi')).toBeUndefined();
  });
  it('"the two countries" are the states of the section’s pair', () => {
    const file = draft('Swedish Prime Minister Ulf Kristersson met Turkish President Tayyip Erdogan. The two countries will step up cooperation.');
    expect(rel(file, 'Sweden', 'COOPERATED_WITH', 'Turkey')).toBeDefined();
  });
});

describe('targets', () => {
  it('reaches the body in "mercenaries of the Wagner Group"', () => {
    expect(rel(draft('France accused mercenaries of the Wagner Group of abuses.'), 'France', 'ACCUSED', 'Wagner Group')).toBeDefined();
  });
  it('finds a warning’s target in its that-clause', () => {
    expect(
      rel(draft("The Kremlin warned that Moscow would respond to NATO's expansion."), 'Kremlin', 'THREATENED', 'North Atlantic Treaty Organization'),
    ).toBeDefined();
  });
  it('reads "X told Y in a call" as a phone call', () => {
    const file = draft('Joe Biden told Benjamin Netanyahu in a call on Sunday that he opposed the offensive.');
    expect(rel(file, 'Joe Biden', 'PHONED', 'Benjamin Netanyahu')?.date).toBe('2024-05-05');
  });
});

describe('dates', () => {
  it('finds vague times and forward weekdays; a dateline makes its own day the latest past weekday', () => {
    const found = findDates(tokenize('last week, a week after, in 2020, on Tuesday'), '2024-05-07', '2024-05-06');
    expect(found.map((d) => d.kind)).toEqual(['vague', 'vague', 'vague', 'weekday']);
    expect(found[3]!.date).toBe('2024-04-30');
    expect(found[3]!.forward).toBe('2024-05-07');
    expect(findDates(tokenize('on Monday'), '2024-05-07', '2024-05-06')[0]!.date).toBe('2024-05-06');
  });
  it('gives no day to an event placed at a vague time or a month, but not for "the end of April"', () => {
    const file = draft(
      'Iran talked on Monday. Qatar, which hosted Robert Malley in Doha last month, met Iran in May. Vladimir Putin invited Emmanuel Macron to a conference scheduled for the end of April.',
      '2024-05-08',
    );
    expect(rel(file, 'Qatar', 'HOSTED', 'Robert Malley')?.date).toBeNull();
    expect(rel(file, 'Qatar', 'MET', 'Iran')?.date).toBeNull();
    expect(rel(file, 'Vladimir Putin', 'INVITED', 'Emmanuel Macron')?.date).toBe('2024-05-06');
  });
  it('in a single story, inherits a day only from its own paragraph or its report ("…, X said on Monday")', () => {
    const file = draft(
      'Iran Story\n\nIran and the European Union held talks on Monday. Israel criticized Iran.\n\nQatar criticized Israel.\n\nIndia and China have reached an agreement, Vikram Misri said on Tuesday.',
      '2024-05-08',
    );
    expect(rel(file, 'Israel', 'CRITICIZED', 'Iran')?.date).toBe('2024-05-06');
    expect(rel(file, 'Qatar', 'CRITICIZED', 'Israel')?.date).toBeNull();
    expect(rel(file, 'India', 'AGREED_WITH', 'China')?.date).toBe('2024-05-07');
  });
  it('in a digest of several items, an undated event takes its item’s news day', () => {
    const file = draft(
      'Iran Story\n\nIran and Qatar held talks on Monday.\n\nQatar criticized Israel.\n\nAnother Story Here\n\nTurkey criticized Greece.',
      '2024-05-08',
    );
    expect(rel(file, 'Qatar', 'CRITICIZED', 'Israel')?.date).toBe('2024-05-06');
  });
});
