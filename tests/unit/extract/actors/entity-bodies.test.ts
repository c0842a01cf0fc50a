import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { parsedDocumentSchema } from '../../../../src/nlp/document.js';
import { nerParse } from './ner-parse.js';
import { draftOfDevelopmentBriefing } from '../support/rule-sentences.js';

/** Bodies only CoreNLP's ORGANIZATION entities name (src/extract/actors/entity-bodies.ts). */
function draft(text: string, tags: Record<string, string>, arcs: [string, string, string][] = []) {
  return extractDraft(text, { publishedAt: '2023-12-15', id: 't', title: 't' }, { parse: nerParse(text, tags, arcs) });
}
const names = (text: string, tags: Record<string, string>, arcs: [string, string, string][] = []) => draft(text, tags, arcs).actors.map((a) => a.name);

describe('an ORGANIZATION entity the surface rules read nothing in is a body', () => {
  it('a name with no head word and no gazetteer entry', () => {
    const text = 'Maduro accused Guyana of allowing ExxonMobil to operate in the region.';
    expect(names(text, { Maduro: 'PERSON', Guyana: 'COUNTRY', ExxonMobil: 'ORGANIZATION' })).toContain('ExxonMobil');
    // the same sentence without the tag: nothing reads the word as an actor
    expect(names(text, { Maduro: 'PERSON', Guyana: 'COUNTRY' })).not.toContain('ExxonMobil');
  });

  it('takes a lower-case body noun it modifies into the name ("the Dashnak party")', () => {
    const text = 'Members of the nationalist Dashnak party demonstrated outside the presidential palace.';
    expect(names(text, { Dashnak: 'ORGANIZATION' }, [['compound', 'party', 'Dashnak']])).toContain('Dashnak party');
  });

  it('is the body an acronym abbreviates, and a name before a known acronym in brackets is that body', () => {
    const list = draft('Troops found most of the Liberation Tigers of Tamil Eelam leadership.\nRajapaksa said the country was free of LTTE terrorism.', {
      'Liberation Tigers of Tamil Eelam': 'ORGANIZATION',
      LTTE: 'ORGANIZATION',
      Rajapaksa: 'PERSON',
    }).actors;
    const tigers = list.filter((a) => a.name === 'Liberation Tigers of Tamil Eelam' || a.aliases.includes('LTTE') || a.name === 'LTTE');
    expect(tigers).toHaveLength(1);
    expect(tigers[0]?.aliases).toContain('LTTE');
  });

  it('the structural rules read relations of the new body', () => {
    const text = 'Frontex condemned Russia on Tuesday.';
    const d = draft(text, { Frontex: 'ORGANIZATION', Russia: 'COUNTRY' }, [
      ['nsubj', 'condemned', 'Frontex'],
      ['obj', 'condemned', 'Russia'],
    ]);
    const nameOf = new Map(d.actors.map((a) => [a.id, a.name]));
    expect(d.relations.map((r) => `${nameOf.get(r.source)} ${r.type} ${nameOf.get(r.target)}`)).toContain('Frontex CRITICIZED Russia');
  });
});

describe('a PERSON entity opened by an honorific is a person', () => {
  it('a transcript’s speaker label ("MR MILLER:"), named without the honorific', () => {
    const d = draft('QUESTION: Your response?\n\nMR MILLER: We reject that characterization.', { 'MR MILLER': 'PERSON' });
    const miller = d.actors.find((a) => a.name === 'Miller');
    expect(miller?.kind).toBe('PERSON');
    expect(miller?.aliases).toContain('MR MILLER');
  });

  it('not a titled name the tagger calls a person, which the surface rules read', () => {
    expect(names('King Salman received the envoy.', { 'King Salman': 'PERSON' })).not.toContain('King Salman');
  });
});

describe('an unknown name before a media noun is an outlet', () => {
  it('named with the noun ("its Amaq news agency"), unless the phrase introduces a name ("news agency SPS")', () => {
    const d = draft('The group claimed the attack through its Amaq news agency, saying it had seized Palma.', {});
    expect(d.actors.find((a) => a.name === 'Amaq news agency')?.kind).toBe('MEDIA');
    const list = names('Polisario said through the Sahrawi news agency SPS that the ceasefire was over.', { SPS: 'ORGANIZATION' });
    expect(list).not.toContain('Sahrawi news agency');
  });
});

describe('a state’s official name is the state', () => {
  it('"Viet Nam"', () => {
    expect(draft('Viet Nam welcomed the consensus.', { 'Viet Nam': 'COUNTRY' }).actors.find((a) => a.name === 'Vietnam')?.aliases).toContain('Viet Nam');
  });
});

describe('the same body named twice', () => {
  it('with and without its state before it ("U.S. Africa Command", then "Africa Command")', () => {
    const list = names('The U.S. Africa Command said the attack failed.\nLater Africa Command condemned the raid.', {
      'U.S. Africa Command': 'ORGANIZATION',
      'Africa Command': 'ORGANIZATION',
    });
    expect(list.filter((n) => n.endsWith('Africa Command'))).toEqual(['U.S. Africa Command']);
  });

  it('a demonym inside the entity does not hide the body ("State-owned Ethiopian Airlines")', () => {
    const list = names('State-owned Ethiopian Airlines said it would resume flights.', { 'Ethiopian Airlines': 'ORGANIZATION' });
    expect(list).toContain('Ethiopian Airlines');
  });
});

describe('an ORGANIZATION entity that names no actor of the story is none', () => {
  it('a wire credit in brackets, a medium after "on", a place after "at", a possession', () => {
    const tags = {
      'Sahel Monitor': 'ORGANIZATION',
      Twitter: 'ORGANIZATION',
      'University of Zurich': 'ORGANIZATION',
      Cabinet: 'ORGANIZATION',
      Netanyahu: 'PERSON',
    };
    const list = names(
      'Netanyahu told his Cabinet on Sunday that the deal was a mistake (Sahel Monitor).\nNetanyahu wrote on Twitter that he would speak at the University of Zurich.',
      tags,
    );
    for (const none of ['Sahel Monitor', 'Twitter', 'University of Zurich', 'Cabinet']) expect(list).not.toContain(none);
  });

  it('a headline, and names of title words or generic unit words only', () => {
    const list = names('Department Press Briefing\n\nThe Deputy Foreign said the Marine Special Forces would stay.', {
      'Department Press Briefing': 'ORGANIZATION',
      'Deputy Foreign': 'ORGANIZATION',
      'Marine Special Forces': 'ORGANIZATION',
    });
    for (const none of ['Department Press Briefing', 'Deputy Foreign', 'Marine Special Forces']) expect(list).not.toContain(none);
  });
});

describe('a guessed actor whose mentions end with one ORGANIZATION entity is the body it names', () => {
  it('without the words before the entity that name nothing ("Yesterday the …")', () => {
    const list = names('Yesterday the Pacific Security Council adopted a resolution on Haiti.', {
      Yesterday: 'DATE',
      'Pacific Security Council': 'ORGANIZATION',
      Haiti: 'COUNTRY',
    });
    expect(list).toContain('Pacific Security Council');
    expect(list.some((n) => n.startsWith('Yesterday'))).toBe(false);
  });

  it('keeps a nationality the entity leaves out', () => {
    const list = names('The Sudanese Communist Party rejected the deal.', { Sudanese: 'NATIONALITY', 'Communist Party': 'ORGANIZATION' });
    expect(list).toContain('Sudanese Communist Party');
  });

  it('a title and a name the entity covers whole is a body, not a titled person ("General Assembly")', () => {
    const d = draft('As the Secretary announced at the General Assembly last month, the plan stands.\nThe General Assembly backed Kenya.', {
      'General Assembly': 'ORGANIZATION',
      Kenya: 'COUNTRY',
    });
    const assembly = d.actors.find((a) => a.name === 'General Assembly');
    expect(assembly?.kind).toBe('ORGANIZATION');
    expect(assembly?.roles).toEqual([]);
    expect(d.actors.map((a) => a.name)).not.toContain('Assembly');
  });
});

describe('on a stored CoreNLP parse', () => {
  it('the border agency only the tagger names is a body of the briefing', () => {
    const base = 'tests/fixtures/briefings/finland-border-2023-11-29';
    const text = readFileSync(`${base}.txt`, 'utf8');
    const parse = parsedDocumentSchema.parse(JSON.parse(readFileSync(base.replace('briefings/', 'parses/') + '.json', 'utf8')));
    const d = extractDraft(text, { publishedAt: '2023-11-29', id: 'finland-border' }, { parse });
    expect(d.actors.find((a) => a.name === 'Frontex')?.kind).toBe('ORGANIZATION');
    // without the parse only the surface rules run, and they do not know the name
    expect(extractDraft(text, { publishedAt: '2023-11-29', id: 'finland-border' }).actors.map((a) => a.name)).not.toContain('Frontex');
  });
});

describe('acronyms joined by a hyphen, which CoreNLP splits and tags as no entity', () => {
  it('name a body on stored parses: "the ruling ZANU-PF party", "VMRO-DPMNE leader Nikola Gruevski"', () => {
    for (const [id, body] of [
      ['zimbabwe-army-takeover-2017-11-16', 'ZANU-PF'],
      ['prespa-name-deal-2018-06-17', 'VMRO-DPMNE'],
    ] as const)
      expect(draftOfDevelopmentBriefing(id).actors.find((a) => a.name === body)?.kind).toBe('ORGANIZATION');
  });

  it('not a place in capitals ("PORT-AU-PRINCE, Haiti (Reuters) -")', () => {
    // the dateline's city stays an alias of its state, never a body of its own
    const bodies = draftOfDevelopmentBriefing('haiti-carter-cedras-accord-wire-1994-09-19').actors.filter((a) => a.kind !== 'STATE');
    expect(bodies.flatMap((a) => [a.name, ...a.aliases]).filter((n) => /^[A-Z]{2,}(-[A-Z]{2,})+$/.test(n))).toEqual([]);
  });
});
