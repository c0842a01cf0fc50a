import { describe, expect, it } from 'vitest';
import type { CombineMode } from '../../../src/extract/extract-briefing.js';
import { draftOfDevelopmentBriefing, storedDevelopmentBriefing } from './support/rule-sentences.js';

/** The dependency rules on stored CoreNLP parses of the development briefings: no service needed. */
function structural(name: string, combine: CombineMode = 'structure') {
  const draft = draftOfDevelopmentBriefing(name, combine);
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  return draft.relations.map((r) => ({ ...r, sourceName: nameOf.get(r.source), targetName: nameOf.get(r.target) }));
}

const has = (relations: ReturnType<typeof structural>, source: string, type: string, target: string) =>
  relations.some((r) => r.type === type && r.sourceName === source && r.targetName === target);

describe('relations read off the dependency structure', () => {
  const balkans = structural('balkans-baltics-2018-03-14');

  it('a denial of an unowned charge answers the accusation made against the denier’s state', () => {
    // "Vucic ... accused Pristina of provoking violence" ... "Kosovo's Prime Minister Ramush Haradinaj denied the charge."
    const denial = balkans.find((r) => r.type === 'DENIED' && r.sourceName === 'Ramush Haradinaj');
    expect(denial?.evidence.quote).toBe("Kosovo's Prime Minister Ramush Haradinaj denied the charge.");
    expect(['Serbia', 'Aleksandar Vucic', 'Aleksandar Vučić']).toContain(denial?.targetName);
  });

  it('an event noun takes its parties from the clause: "held talks with", "arrived ... for talks with"', () => {
    expect(has(balkans, 'Federica Mogherini', 'NEGOTIATED_WITH', 'Ramush Haradinaj')).toBe(true);
    expect(balkans.some((r) => r.type === 'NEGOTIATED_WITH' && r.sourceName === 'Federica Mogherini' && /Vu[cč]i[cć]/.test(r.targetName ?? ''))).toBe(true);
  });

  it('a verb rule with a required phrase: "spoke by phone with"', () => {
    expect(has(balkans, 'Vladimir Putin', 'PHONED', 'Alexander Lukashenko')).toBe(true);
  });

  it('a target named as the owner of the object: "criticised Moscow\'s remarks", "rejected Tirana\'s decision"', () => {
    // "Germany and France criticised Moscow's remarks." — both subjects (conj), the possessor of the object
    expect(has(balkans, 'Germany', 'CRITICIZED', 'Russia')).toBe(true);
    expect(has(balkans, 'France', 'CRITICIZED', 'Russia')).toBe(true);
    expect(has(balkans, 'Russia', 'REJECTED', 'Albania')).toBe(true);
    // an owner stands in only where the object names no actor: "expelled two Russian diplomats" is not read as Albania → diplomats' owner
    expect(balkans.filter((r) => r.sourceName === 'Germany' && r.type === 'CRITICIZED')).toHaveLength(1);
  });

  it("a participle hanging from a clause as a bare dep takes that clause's subject; a rejected criticism answers its critic", () => {
    const aukus = structural('aukus-recall-2021-09-23');
    // "Le Drian went further, accusing Washington and Canberra of "lies"": dep(went, accusing), both conjuncts
    expect(has(aukus, 'Jean-Yves Le Drian', 'ACCUSED', 'United States')).toBe(true);
    expect(has(aukus, 'Jean-Yves Le Drian', 'ACCUSED', 'Australia')).toBe(true);
    // "Morrison has rejected the criticism": the last critic of Morrison's side, named earlier
    expect(has(aukus, 'Scott Morrison', 'REJECTED', 'Jean-Yves Le Drian')).toBe(true);
  });

  it('the default combination keeps the surface reading and adds the structural ones it lacks', () => {
    const surface = structural('gas-dispute-deal-2009-01-20', 'surface');
    const combined = structural('gas-dispute-deal-2009-01-20', 'surface+structure');
    const key = (r: (typeof surface)[number]) => `${r.sourceName}|${r.type}|${r.targetName}|${r.modality}|${r.negated}`;
    const combinedKeys = new Set(combined.map(key));
    // every surface relation stays, unless the parse reads its clause's relation of that type with another agent or
    // patient (then the parse's reading replaces it: "after the two sides failed to agree …, and accused Kiev" is Gazprom's)
    const replaced = (r: (typeof surface)[number]) =>
      combined.some((c) => c.type === r.type && c.evidence.start === r.evidence.start && (c.sourceName !== r.sourceName || c.targetName !== r.targetName));
    for (const r of surface) expect(combinedKeys.has(key(r)) || replaced(r)).toBe(true);
    // read only by the structure: no surface relation of that sentence shares its type or an end
    // ("Gazprom cut supplies to Ukraine ... and accused Kiev of stealing gas": the subject of the first conjunct)
    expect(has(surface, 'Gazprom', 'ACCUSED', 'Ukraine')).toBe(false);
    expect(has(combined, 'Gazprom', 'ACCUSED', 'Ukraine')).toBe(true);
  });

  it('for a symmetric type too, the parse\'s party replaces the surface one it contradicts: "meet Brazil\'s Jair Bolsonaro"', () => {
    const summit = structural('summit-of-americas-los-angeles-boycott-op-ed-2022-06-07', 'surface+structure');
    expect(has(summit, 'Joe Biden', 'MET', 'Jair Bolsonaro')).toBe(true);
    expect(has(summit, 'Joe Biden', 'MET', 'Brazil')).toBe(false);
    const mali = structural('mali-keita-resigns-ecowas-live-blog-2020-08-19', 'surface+structure');
    expect(has(mali, 'Emmanuel Macron', 'PHONED', 'Mahamadou Issoufou')).toBe(true);
    expect(has(mali, 'Emmanuel Macron', 'PHONED', 'Niger')).toBe(false);
  });

  it('a parse reading of a type the surface read in the sentence stands when it shares no party with the surface ones', () => {
    const doha = structural('wto-doha-china-accession-xinhua-2001-11-10', 'surface+structure');
    expect(has(doha, 'Shi Guangsheng', 'MET', 'Robert Zoellick') || has(doha, 'Robert Zoellick', 'MET', 'Shi Guangsheng')).toBe(true);
    expect(has(doha, 'Shi Guangsheng', 'MET', 'Pascal Lamy') || has(doha, 'Pascal Lamy', 'MET', 'Shi Guangsheng')).toBe(true);
  });

  it('an event noun setting the scene of a clause takes its subject as a party: "said in a telephone call with Olmert"', () => {
    const lebanon = structural('lebanon-war-2006-07-15');
    expect(has(lebanon, 'Vladimir Putin', 'PHONED', 'Ehud Olmert')).toBe(true);
  });

  it('no relation joins a person or body to the state it serves (a misreading, never news)', () => {
    for (const name of ['iran-geneva-2013-11-25', 'solomons-security-pact-2022-04-27', 'goma-m23-2025-01-30']) {
      const draft = draftOfDevelopmentBriefing(name);
      const serves = new Map(draft.actors.map((a) => [a.id, new Set(a.roles.flatMap((r) => (r.of ? [r.of] : [])))]));
      const crossing = draft.relations.filter(
        (r) => r.type !== 'AFFILIATED_WITH' && (serves.get(r.source)?.has(r.target) === true || serves.get(r.target)?.has(r.source) === true),
      );
      expect(crossing).toEqual([]);
      expect(draft.relations.length).toBeGreaterThan(0);
    }
  });

  it('several subjects of a symmetric verb with no other party are each other\'s: "Japan and South Korea restored a … pact"', () => {
    const campDavid = structural('camp-david-2023-08-19');
    expect(campDavid.some((r) => r.type === 'AGREED_WITH' && [r.sourceName, r.targetName].sort().join('|') === 'Japan|South Korea')).toBe(true);
  });

  it('declining a proposal is a rejection of its owner, named by a demonym: "Beijing has declined an American invitation"', () => {
    expect(has(structural('red-sea-houthis-feature-2024-01-20'), 'China', 'REJECTED', 'United States')).toBe(true);
  });

  it('every structural relation carries its sentence with exact offsets', () => {
    const { text } = storedDevelopmentBriefing('balkans-baltics-2018-03-14');
    for (const r of balkans) expect(text.slice(r.evidence.start!, r.evidence.end!)).toBe(r.evidence.quote);
  });
});

describe('a dateline is no subject (development briefings, real parses)', () => {
  it('"LONDON, Nov 24 - A former Russian security officer … accused President Vladimir Putin": CoreNLP makes the dateline the subject; its apposition is', () => {
    const relations = structural('litvinenko-deathbed-statement-wire-2006-11-24', 'surface+structure');
    expect(has(relations, 'United Kingdom', 'ACCUSED', 'Vladimir Putin')).toBe(false);
  });
});
