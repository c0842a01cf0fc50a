import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/config/env.js';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import { StoredParses } from '../../../../src/nlp/parser.js';
import { draftOfDevelopmentBriefing } from '../support/rule-sentences.js';

/**
 * Roles read from the dependency parse (src/extract/actors/parse-roles.ts) on short sentences written for them
 * (tests/fixtures/rule-sentences/roles-2024-03-06.txt) with their stored CoreNLP parse: each affiliation below is one
 * the surface rules do not read (without the parse, or with the parse rule taken out, it is missing), except the three
 * whose role stands between the name and the body in so many words ("led by" since 0.47.0), which
 * src/extract/actors/apposed-roles.ts reads from the text as well (for the sentences whose parse hides them).
 */
const NAME = 'roles-2024-03-06';
const text = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'rule-sentences', `${NAME}.txt`), 'utf8');
const parse = new StoredParses(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses')).get(text, '2024-03-06');

function affiliations(withParse: boolean): string[] {
  if (!parse) throw new Error(`no stored parse of ${NAME}: run npm run nlp:store-parses -- tests/fixtures/rule-sentences`);
  const draft = extractDraft(text, { publishedAt: '2024-03-06', id: NAME, title: NAME }, { parse: withParse ? parse : null });
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  return draft.actors.flatMap((a) => a.roles.filter((r) => r.of).map((r) => `${a.name} -> ${nameOf.get(r.of!)}`));
}

describe('roles from the parse', () => {
  const found = affiliations(true);
  const surfaceOnly = affiliations(false);
  const readFromTheTextToo = new Set(['Mark Rutte -> North Atlantic Treaty Organization', 'Moussa Faki -> African Union', 'Khalil al-Hayya -> Hamas']);
  const cases: [string, string][] = [
    ['a title in apposition with "of": "Mark Rutte, the secretary general of NATO"', 'Mark Rutte -> North Atlantic Treaty Organization'],
    ['a possessive title before the name: "The African Union\'s chairman, Moussa Faki"', 'Moussa Faki -> African Union'],
    ['a state in apposition to a member noun: "Egypt, a member of the Arab League"', 'Egypt -> Arab League'],
    ['a leader by a passive verb: "A Hamas delegation led by Khalil al-Hayya"', 'Khalil al-Hayya -> Hamas'],
    ['a body named short: "Labour\'s leader, Keir Starmer" after "the Labour Party"', 'Keir Starmer -> Labour Party'],
    ['a pronoun owner through coreference: "Its spokesman, Randhir Jaiswal"', 'Randhir Jaiswal -> Indian external affairs ministry'],
    [
      'a role noun just before the name the parse left unattached: "the … Social Democratic Party, whose leader Olaf Scholz"',
      'Olaf Scholz -> Social Democratic Party',
    ],
  ];
  for (const [what, affiliation] of cases) {
    it(what, () => {
      expect(found).toContain(affiliation);
      if (readFromTheTextToo.has(affiliation)) expect(surfaceOnly).toContain(affiliation);
      else expect(surfaceOnly).not.toContain(affiliation);
    });
  }

  it('a role noun compounded into the name: "Shell chief executive Wael Sawan"', () => {
    expect(found).toContain('Wael Sawan -> Shell');
  });

  // development briefings whose parse attaches the name to the owner ("appos Commission -> Zuma") or makes it a conjunct
  const rolesIn = (id: string) => {
    const draft = draftOfDevelopmentBriefing(id);
    const named = new Map(draft.actors.map((a) => [a.id, a.name]));
    return draft.actors.flatMap((a) => a.roles.filter((r) => r.of).map((r) => `${a.name} -> ${named.get(r.of!)}`));
  };
  it('a name the parse hangs on the owner of a role noun is its holder: "the chairwoman of the AU Commission, Nkosazana Dlamini-Zuma"', () => {
    expect(rolesIn('car-seleka-bangui-wire-2013-03-25')).toContain('Nkosazana Dlamini-Zuma -> AU Commission');
    expect(rolesIn('nicaragua-oas-resolution-state-media-2018-07-19')).toContain('Francisco Díaz -> National Police');
  });

  it('a name set off by commas that the parse reads as a conjunct of a role noun is its holder: "The European Union\'s envoy, Carl Bildt, and …"', () => {
    expect(rolesIn('dayton-proximity-talks-feature-1995-11-22')).toContain('Carl Bildt -> European Union');
    expect(rolesIn('guatemala-belize-icj-minex-presser-2019-05-10')).toContain('Luis Almagro -> Organization of American States');
  });

  it('a role in a sentence that opens with a dateline is read: "SAN JOSE - … the secretary-general of the Organisation of American States, Joao Baena Soares"', () => {
    expect(rolesIn('serrano-self-coup-guatemala-oas-san-jose-daily-1993-05-28')).toContain('Joao Baena Soares -> Organization of American States');
  });

  it('a role noun\'s "for" names its owner: "A spokeswoman for the US State Department, Jen Psaki"', () => {
    expect(rolesIn('burkina-compaore-resigns-ouagadougou-live-blog-2014-10-31')).toContain('Jen Psaki -> State Department');
  });

  it('a body a person\'s relative "whose" owns is the person\'s movement: "Kabila, whose Alliance of Democratic Forces … has swept"', () => {
    expect(rolesIn('outeniqua-talks-mobutu-kabila-mandela-wire-1997-05-05')).toContain(
      'Laurent Kabila -> Alliance of Democratic Forces for the Liberation of Congo-Zaire',
    );
  });

  it('"Labour" after "the Labour Party" is that body, not another', () => {
    const draft = extractDraft(text, { publishedAt: '2024-03-06', id: NAME, title: NAME }, { parse: parse! });
    expect(draft.actors.filter((a) => a.name === 'Labour Party' || a.name === 'Labour')).toHaveLength(1);
  });
});
