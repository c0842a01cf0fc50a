import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

const relationsOf = (id: string) => relationLines(draftOfDevelopmentBriefing(id));

/** A naming verb's small clause in the shapes CoreNLP gives a quoted or indirect name (structure/evaluative.ts; stored parses). */
describe('naming an actor or its deed with a word of disapproval', () => {
  it.each([
    [
      'an adjective CoreNLP hangs after the object: \'called the Croatian move "shameful and unprecedented"\'',
      'serbia-croatia-border-row-belgrade-daily-2015-09-25',
      'Aleksandar Vučić CRITICIZED Croatia',
    ],
    [
      'the named as an indirect object: "Chavez called President George W. Bush a danger to the world"',
      'mar-del-plata-summit-ftaa-buenos-aires-daily-2005-11-06',
      'Hugo Chavez CRITICIZED George W. Bush',
    ],
    [
      'the named as a dependent before the name: \'called Russia "an enemy and an occupier"\'',
      'georgia-flights-ban-tass-2019-06-22',
      'Salome Zurabishvili CRITICIZED Russia',
    ],
    [
      'a name of a coordination of two objects: \'called the Dutch "Nazi remnants and fascists"\'',
      'rotterdam-turkish-ministers-row-2017-03-13',
      'Recep Tayyip Erdoğan CRITICIZED Netherlands',
    ],
  ])('%s', (_shape, briefing, relation) => {
    expect(relationsOf(briefing)).toContain(relation);
  });

  it('a name that is no word of disapproval criticises no one: "his ouster a coup" names the victim\'s ouster', () => {
    expect(relationsOf('latam-digest-bolivia-2019-11-12').filter((r) => /^Evo Morales CRITICIZED/.test(r))).toEqual([]);
  });
});

/** A trigger noun carried by a document or given to an indirect object (structure/structural-relations.ts verbTargets). */
describe('a protest handed over, a grant to an indirect object', () => {
  it.each([
    [
      '"handed a protest note to the Croatian ambassador" criticises Croatia',
      'serbia-croatia-border-row-belgrade-daily-2015-09-25',
      'Ivica Dačić CRITICIZED Croatia',
    ],
    [
      '"handed a note of protest to the Russian ambassador, Viktor Chernomyrdin" criticises the ambassador',
      'tuzla-dam-kerch-strait-crimea-daily-2003-10-24',
      'Foreign Ministry CRITICIZED Viktor Chernomyrdin',
    ],
    ['"Mexico granted him political asylum": the indirect object is the one supported', 'latam-digest-bolivia-2019-11-12', 'Mexico SUPPORTED Evo Morales'],
    ['"the European Union has promised Moldova more budget support"', 'transnistria-blasts-analysis-2022-04-29', 'European Union SUPPORTED Moldova'],
  ])('%s', (_shape, briefing, relation) => {
    expect(relationsOf(briefing)).toContain(relation);
  });
});

/** A target's phrase CoreNLP hangs on the object rather than the verb (structure/structural-relations.ts verbTargets). */
describe('a target named in a phrase of the object', () => {
  it.each([
    [
      '"Canberra has demanded an explanation from Moscow" is a demand of Russia',
      'brisbane-g20-putin-early-exit-live-blog-2014-11-16',
      'Australia REQUESTED Russia',
    ],
    ['"Baron Waqa has demanded an apology from China"', 'nauru-forum-china-envoy-walkout-pacific-wire-2018-09-05', 'Baron Waqa REQUESTED China'],
  ])('%s', (_shape, briefing, relation) => {
    expect(relationsOf(briefing)).toContain(relation);
  });

  it('not for a particle verb: "called Sunday\'s drone attack on the southern suburbs of Beirut a declaration of war" asks nothing of Lebanon', () => {
    expect(relationsOf('world-digest-amazon-fires-zarif-biarritz-2019-08-27')).not.toContain('Michel Aoun REQUESTED Lebanon');
  });
});
