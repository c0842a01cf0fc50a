import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../src/extract/extract-briefing.js';
import { parseBriefing } from '../../../src/ingest/parse-briefing.js';

/** One short synthetic text per rule added in 0.4.0 (recall on unseen text): each fails if its rule breaks. */
function draft(text: string, publishedAt = '2018-06-12') {
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

describe('meetings told by their gesture', () => {
  it('"A and B shook hands" is a meeting of the two, and "the two leaders" then points back at them', () => {
    const file = draft(
      'President Donald Trump and North Korean leader Kim Jong Un shook hands on Sentosa island. The two leaders then signed a joint statement.',
    );
    expect(rel(file, 'Donald Trump', 'MET', 'Kim Jong Un')).toBeDefined();
    expect(rel(file, 'Donald Trump', 'SIGNED_AGREEMENT', 'Kim Jong Un')).toBeDefined();
  });
  it('"shook hands with X" is a meeting with X', () => {
    const file = draft('French President Emmanuel Macron shook hands with Algerian President Abdelmadjid Tebboune in Algiers.');
    expect(rel(file, 'Emmanuel Macron', 'MET', 'Abdelmadjid Tebboune')).toBeDefined();
  });
});

describe('family name first', () => {
  it('a bare East Asian family name ("Kim", "Wang") names the person met before', () => {
    const file = draft('Chinese Foreign Minister Wang Yi met South Korean President Moon Jae-in in Seoul. Wang later criticised Tokyo.');
    expect(rel(file, 'Wang Yi', 'CRITICIZED', 'Japan')).toBeDefined();
  });
  it('a family name opening a longer name is a new person, not the one met before', () => {
    const file = draft('North Korean leader Kim Jong Un met President Donald Trump. Secretary of State Mike Pompeo met Kim Yong Chol on Monday.');
    expect(rel(file, 'Mike Pompeo', 'MET', 'Kim Yong Chol')).toBeDefined();
    expect(rel(file, 'Mike Pompeo', 'MET', 'Kim Jong Un')).toBeUndefined();
    expect(file.actors.some((a) => a.name === 'Yong Chol')).toBe(false);
  });
});

describe('unknown acronyms', () => {
  it('an unknown acronym before a group noun is an armed group', () => {
    const file = draft('Colombian army chief Eduardo Zapateiro accused ELN rebels of attacking a patrol.');
    expect(actor(file, 'ELN')?.kind).toBe('ARMED_GROUP');
    expect(rel(file, 'Eduardo Zapateiro', 'ACCUSED', 'ELN')).toBeDefined();
  });
  it('an unknown acronym after "the" is a body', () => {
    const file = draft('Colombian President Gustavo Petro met the FARC negotiators in Havana. Petro criticised the ELN on Friday.');
    expect(rel(file, 'Gustavo Petro', 'CRITICIZED', 'ELN')).toBeDefined();
  });
});

describe('lone unknown names', () => {
  it('a lone unknown name before a past-tense trigger verb is a person', () => {
    const file = draft('Tshisekedi accused Rwanda of backing the rebels.');
    expect(actor(file, 'Tshisekedi')?.kind).toBe('PERSON');
    expect(rel(file, 'Tshisekedi', 'ACCUSED', 'Rwanda')).toBeDefined();
  });
  it('a lone unknown name before "said" is a person, and a capitalised plural opening a sentence is not', () => {
    const file = draft('Jalili said Tehran would not suspend enrichment, and accused Washington of bad faith. Critics accused Jalili of stalling.');
    expect(rel(file, 'Jalili', 'ACCUSED', 'United States')).toBeDefined();
    expect(actor(file, 'Critics')).toBeUndefined();
  });
});

describe('lone unknown names as objects', () => {
  it('a lone unknown name after a past-tense person-directed trigger, or after "talks with", is a person', () => {
    const file = draft('President Cyril Ramaphosa praised Lula for his leadership. Kenyan President William Ruto held talks with Museveni on Sunday.');
    expect(rel(file, 'Cyril Ramaphosa', 'PRAISED', 'Lula')).toBeDefined();
    expect(rel(file, 'William Ruto', 'NEGOTIATED_WITH', 'Museveni')).toBeDefined();
  });
  it('a lone unknown name after a light verb and a trigger noun is the subject', () => {
    const file = draft('Kuleba held talks with his Turkish counterpart Hakan Fidan in Kyiv.');
    expect(rel(file, 'Kuleba', 'NEGOTIATED_WITH', 'Hakan Fidan')).toBeDefined();
  });
  it('an adjective before its noun, and a place after "visited", are no persons', () => {
    const file = draft('Putin accused Western countries of failing to keep their promises. Putin visited Mariupol on Sunday.');
    expect(actor(file, 'Western')).toBeUndefined();
    expect(actor(file, 'Mariupol')).toBeUndefined();
  });
  it('a surname shared by two persons named in full is the one introduced first', () => {
    const file = draft(
      'President Donald Trump met North Korean leader Kim Jong Un on Tuesday. Secretary of State Mike Pompeo met Kim Yong Chol on Monday. Trump praised Kim as very talented.',
    );
    expect(rel(file, 'Donald Trump', 'PRAISED', 'Kim Jong Un')).toBeDefined();
    expect(actor(file, 'Kim')).toBeUndefined();
  });
});

describe('apposition before a light verb', () => {
  it('"X, Y\'s ambassador to Z, held talks with W": the subject is X, not the place in the apposition', () => {
    const file = draft('Armando Benedetti, Colombia’s new ambassador to Caracas, held talks with Venezuelan President Nicolas Maduro on Sunday.');
    expect(rel(file, 'Armando Benedetti', 'NEGOTIATED_WITH', 'Nicolas Maduro')).toBeDefined();
    expect(rel(file, 'Venezuela', 'NEGOTIATED_WITH', 'Nicolas Maduro')).toBeUndefined();
  });
});

describe('group names with a plus sign', () => {
  it('"the P5+1" is one body', () => {
    const file = draft('Iran and the P5+1 agreed on a framework in Lausanne.');
    expect(actor(file, 'P5+1')?.kind).toBe('ORGANIZATION');
    expect(rel(file, 'Iran', 'AGREED_WITH', 'P5+1')).toBeDefined();
  });
});

describe('participle after a speech frame', () => {
  it('"“…,” X said, accusing Y of": the participle takes the speaker as subject', () => {
    const file = draft('“We will respond,” Iranian Foreign Minister Javad Zarif said, accusing Israel of sabotage.');
    expect(rel(file, 'Javad Zarif', 'ACCUSED', 'Israel')).toBeDefined();
  });
});

describe('pronoun after a coordinated speech verb', () => {
  it('"X praised Y and said he would": "he" is the speaker X, not the latest object Y', () => {
    const file = draft(
      'President Donald Trump met North Korean leader Kim Jong Un. Trump praised Kim as very talented and said he would invite Kim to Washington.',
    );
    expect(rel(file, 'Donald Trump', 'INVITED', 'Kim Jong Un')).toBeDefined();
    expect(rel(file, 'Kim Jong Un', 'INVITED', 'Kim Jong Un')).toBeUndefined();
  });
});

describe('"the <demonym> <leader title>"', () => {
  it('names the person last mentioned who leads that state', () => {
    const file = draft('President Donald Trump met North Korean leader Kim Jong Un. Trump said he would invite the North Korean leader to the White House.');
    expect(rel(file, 'Donald Trump', 'INVITED', 'Kim Jong Un')).toBeDefined();
  });
  it('falls back to the state when no such leader was named', () => {
    const file = draft('Turkish President Recep Tayyip Erdogan met Russian Foreign Minister Sergei Lavrov. Erdogan praised the Russian president.');
    expect(rel(file, 'Recep Tayyip Erdogan', 'PRAISED', 'Sergei Lavrov')).toBeUndefined();
  });
});
