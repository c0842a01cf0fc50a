import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { nerParse } from './ner-parse.js';

/** The actor rules grounded in CoreNLP's named entities, each on a sentence or two with the tags CoreNLP gives them. */
function actors(text: string, tags: Record<string, string> | null, arcs: [string, string, string][] = []) {
  const draft = extractDraft(text, { publishedAt: '2024-01-20', id: 't', title: 't' }, { parse: tags ? nerParse(text, tags, arcs) : null });
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  return draft.actors.map((a) => ({ ...a, roleOf: a.roles.map((r) => `${r.title}@${r.of ? nameOf.get(r.of) : ''}`) }));
}
const names = (list: ReturnType<typeof actors>) => list.map((a) => a.name);

describe('a name CoreNLP tags as no kind of actor is none', () => {
  const text = 'Trump praised Kim and said the agreement would end the Cold War on the peninsula.';
  const tagged = { Trump: 'PERSON', Kim: 'PERSON' };

  it('drops a capitalised name tagged MISC, and keeps it when the tagger calls it an organization', () => {
    expect(names(actors(text, { ...tagged, 'Cold War': 'MISC' }))).not.toContain('Cold War');
    expect(names(actors(text, { ...tagged, 'Cold War': 'ORGANIZATION' }))).toContain('Cold War');
  });

  it('keeps what a gazetteer lists whatever the tag, and a name built as a body’s', () => {
    const list = names(actors('The Suez Canal Authority said Egypt lost revenue.', { Egypt: 'COUNTRY' }));
    expect(list).toEqual(expect.arrayContaining(['Egypt', 'Suez Canal Authority']));
  });

  it('drops a name made of title words only', () => {
    const list = names(
      actors('Earlier, Blinken held talks with Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi.', {
        Blinken: 'PERSON',
        'Mukhtar Tileuberdi': 'PERSON',
        'Deputy Prime Minister': 'TITLE',
        'Foreign Minister': 'TITLE',
      }),
    );
    expect(list.some((n) => /^(Deputy|Prime|Deputy Prime)$/.test(n))).toBe(false);
  });
});

describe('persons’ names read with the tagger', () => {
  it('a title before a name is no part of it', () => {
    const list = actors('Macron also called off a meeting between Armed Forces Minister Florence Parly and her British counterpart.', {
      Macron: 'PERSON',
      Minister: 'TITLE',
      British: 'NATIONALITY',
    });
    const parly = list.find((a) => a.name === 'Florence Parly');
    expect(parly?.kind).toBe('PERSON');
    expect(parly?.roleOf).toContain('Armed Forces Minister@');
    expect(names(list).some((n) => n.includes('Minister'))).toBe(false);
  });

  it('a name read short is completed from the PERSON entity around it, and the surname alone is the same person', () => {
    const text = 'The offensive was condemned on Monday by U.S. President George W. Bush, who called it unacceptable.\nBush spoke to Saakashvili.';
    const list = actors(text, { 'U.S.': 'COUNTRY', President: 'TITLE', 'George W. Bush': 'PERSON', Bush: 'PERSON', Saakashvili: 'PERSON' });
    expect(names(list)).toContain('George W. Bush');
    expect(names(list)).not.toContain('George');
    expect(names(list)).not.toContain('Bush');
  });

  it('a person named later by the first word of the full name is that person', () => {
    const text = 'Ethiopian Prime Minister Abiy Ahmed met Eritrean President Isaias Afwerki in Asmara.\nAbiy flew home on Monday.';
    const list = actors(text, {
      Ethiopian: 'NATIONALITY',
      'Prime Minister': 'TITLE',
      'Abiy Ahmed': 'PERSON',
      Eritrean: 'NATIONALITY',
      President: 'TITLE',
      'Isaias Afwerki': 'PERSON',
      Asmara: 'CITY',
      Abiy: 'PERSON',
    });
    expect(names(list).filter((n) => n.startsWith('Abiy'))).toEqual(['Abiy Ahmed']);
  });
});

describe('organs of a state are actors of their own, affiliated with it', () => {
  it('a demonym or a possessive with a body phrase', () => {
    const list = actors("France's foreign ministry condemned the attacks.\nThe Colombian army accused the ELN of the bombing.", null);
    expect(list.find((a) => a.name === 'French foreign ministry')?.roleOf).toEqual(['foreign ministry@France']);
    expect(list.find((a) => a.name === 'French foreign ministry')?.aliases).toContain("France's foreign ministry");
    expect(list.find((a) => a.name === 'Colombian army')?.roleOf).toEqual(['army@Colombia']);
  });

  it('the forces, police, services and broadcasters of a state, but not the organs of two states named together', () => {
    const list = actors(
      'American special forces began training Mozambican marines.\nThe Colombian police accused the ELN.\nMaduro told Venezuelan state television the talks were a victory.\nChinese and Russian armed forces began a joint exercise.',
      null,
    );
    expect(list.find((a) => a.name === 'American special forces')?.roleOf).toEqual(['special forces@United States']);
    expect(list.find((a) => a.name === 'Mozambican marines')?.roleOf).toEqual(['marines@Mozambique']);
    expect(list.find((a) => a.name === 'Colombian police')?.roleOf).toEqual(['police@Colombia']);
    expect(list.find((a) => a.name === 'Venezuelan state television')?.roleOf).toEqual(['state television@Venezuela']);
    expect(names(list)).not.toContain('Russian armed forces');
  });

  it('"its foreign ministry": the body of the state the pronoun stands for', () => {
    const list = actors('Oman criticised the strikes.\nIts foreign ministry said the attacks violated international law.', null);
    expect(list.find((a) => a.name === 'Omani foreign ministry')?.roleOf).toEqual(['foreign ministry@Oman']);
  });

  it('before a title, the body the title holder serves; not after a place preposition', () => {
    const found = actors(
      'Chinese foreign ministry spokesman Lin Jian said the deal was final.\nErdogan agreed to send the bid to the Turkish parliament.',
      null,
    );
    const list = names(found);
    expect(found.find((a) => a.name === 'Chinese foreign ministry')?.roleOf).toEqual(['foreign ministry@China']);
    expect(list).not.toContain('Turkish parliament');
    expect(list).toContain('Lin Jian');
  });

  it('a body named after its building is no place after "according to"', () => {
    const list = actors('Israel’s aims went beyond the return of its soldiers, according to the Kremlin.', null);
    expect(list.find((a) => a.name === 'Kremlin')?.roleOf).toEqual(['presidential administration@Russia']);
  });

  it('a mixed-case acronym matches only as written ("LeT", not "Let me start")', () => {
    expect(names(actors('Let me start with Haiti.\nIndia blamed LeT for the attack.', null)).filter((n) => n === 'Lashkar-e-Taiba')).toHaveLength(1);
    expect(names(actors('Let me start with Haiti.', null))).not.toContain('Lashkar-e-Taiba');
  });

  it('a body named after its building acts, and is a place after "at"', () => {
    const list = actors('The Kremlin rejected the accusation.\nJohnson met Biden at the White House on Tuesday.', null);
    expect(list.find((a) => a.name === 'Kremlin')?.roleOf).toEqual(['presidential administration@Russia']);
    expect(names(list)).not.toContain('White House');
  });
});

describe('a state named only as a place is no actor there', () => {
  const text = 'Helsinki accuses Moscow of pushing asylum seekers from countries such as Syria and Yemen towards the border.';
  const tags = { Helsinki: 'CITY', Moscow: 'CITY', Syria: 'COUNTRY', Yemen: 'COUNTRY' };

  it('by the case its mentions hang from ("countries such as Syria and Yemen")', () => {
    const arcs: [string, string, string][] = [
      ['nmod:such_as', 'countries', 'Syria'],
      ['nmod:such_as', 'countries', 'Yemen'],
      ['conj:and', 'Syria', 'Yemen'],
    ];
    const list = names(actors(text, tags, arcs));
    expect(list).toEqual(expect.arrayContaining(['Finland', 'Russia']));
    expect(list).not.toContain('Syria');
    expect(list).not.toContain('Yemen');
  });

  it('after a noun or verb of motion, "from" and "to" name places too ("on its way from Turkey to India")', () => {
    const line = 'The Houthis struck a car carrier on its way from Turkey to India.';
    const tagged = { Houthis: 'ORGANIZATION', Turkey: 'COUNTRY', India: 'COUNTRY' };
    const motion = names(
      actors(line, tagged, [
        ['nmod:from', 'way', 'Turkey'],
        ['nmod:to', 'way', 'India'],
      ]),
    );
    expect(motion).not.toContain('Turkey');
    expect(motion).not.toContain('India');
    // "aid from Turkey": no motion, so the state stays
    expect(names(actors(line, tagged, [['nmod:from', 'carrier', 'Turkey']]))).toContain('Turkey');
  });

  it('a state after a noun of rule and a place case is the state ruled there ("the regimes in Venezuela and Nicaragua")', () => {
    // "in Venezuela and Nicaragua" hanging from a noun (the hand-built parse's lemma is the word: "regime")
    const namedAfter = (noun: string, sentence: string) =>
      names(
        actors(sentence, { Duque: 'PERSON', Venezuela: 'COUNTRY', Nicaragua: 'COUNTRY' }, [
          ['nmod:in', noun, 'Venezuela'],
          ['nmod:in', noun, 'Nicaragua'],
        ]),
      );
    expect(namedAfter('regime', 'Duque said the exit sent a signal to the regime in Venezuela and Nicaragua.')).toContain('Nicaragua');
    expect(namedAfter('operations', 'Duque said the exit ended the operations in Venezuela and Nicaragua.')).not.toContain('Nicaragua');
  });

  it('and stays an actor when it is an argument ("sanctions on Syria" read as its object)', () => {
    const list = names(actors(text, tags, [['obj', 'seekers', 'Syria']]));
    expect(list).toContain('Syria');
  });
});

describe('bodies’ names read whole', () => {
  it('an acronym in brackets after a body’s name is its alias', () => {
    const list = actors('The mediator said the Transitional Military Council (TMC) and the opposition agreed.\nThe TMC accepted the plan.', {
      'Transitional Military Council': 'ORGANIZATION',
      TMC: 'ORGANIZATION',
    });
    const council = list.find((a) => a.name === 'Transitional Military Council');
    expect(council?.aliases).toContain('TMC');
    expect(names(list)).not.toContain('TMC');
  });

  it('an ORGANIZATION entity read in pieces is one body, and a leading "-led" is no part of a name', () => {
    const list = names(
      actors(
        "The Tigray People's Liberation Front, which dominated the coalition, said it was ready.\nArmenia would not leave the Russian-led Eurasian Economic Union.",
        {
          "Tigray People's Liberation Front": 'ORGANIZATION',
          Armenia: 'COUNTRY',
          'Eurasian Economic Union': 'ORGANIZATION',
        },
      ),
    );
    expect(list).toContain("Tigray People's Liberation Front");
    expect(list).toContain('Eurasian Economic Union');
    expect(list.some((n) => n === 'Liberation Front' || n === 'Tigray People' || n.startsWith('Russian-led'))).toBe(false);
  });
});

describe('more names read right', () => {
  it('a person’s byname after "known as" is the person’s alias, not another actor', () => {
    const list = actors('Protesters accused General Mohamed Hamdan Dagalo, known as Hemedti, of leading it.\nHemedti met Saudi officials.', null);
    expect(list.find((a) => a.name === 'Mohamed Hamdan Dagalo')?.aliases).toContain('Hemedti');
    expect(names(list)).not.toContain('Hemedti');
  });

  it('a regional adjective the tagger reads as a nationality is no actor ("West African leaders")', () => {
    const text = 'West African leaders on Thursday ordered the activation of a standby force.';
    expect(names(actors(text, { West: 'MISC', African: 'NATIONALITY', Thursday: 'DATE' }))).not.toContain('West African');
    expect(names(actors(text, { 'West African': 'ORGANIZATION', Thursday: 'DATE' }))).toContain('West African');
  });
});

describe('an outlet credited in a dateline is no actor of the story', () => {
  it('with two places or a year in the dateline', () => {
    expect(names(actors('MOSCOW/KIEV, Jan 20 (Reuters) - Russia resumed gas deliveries to Ukraine on Tuesday.', null))).not.toContain('Reuters');
    const list = names(actors('SEOUL, May 20, 2010 (AFP) - South Korea accused North Korea of sinking its warship.', null));
    expect(list).toEqual(expect.arrayContaining(['South Korea', 'North Korea']));
    expect(list).not.toContain('Agence France-Presse');
  });
});
