import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

const relationsOf = (id: string) => relationLines(draftOfDevelopmentBriefing(id));

/** A naming verb's small clause in the shapes CoreNLP gives a quoted or indirect name (structure/evaluative.ts; stored parses). */
describe('naming an actor or its deed with a word of disapproval', () => {
  it('an adjective CoreNLP hangs after the object: \'called the Croatian move "shameful and unprecedented"\'', () => {
    expect(relationsOf('serbia-croatia-border-row-belgrade-daily-2015-09-25')).toContain('Aleksandar Vučić CRITICIZED Croatia');
  });

  it('the named as an indirect object: "Chavez called President George W. Bush a danger to the world"', () => {
    expect(relationsOf('mar-del-plata-summit-ftaa-buenos-aires-daily-2005-11-06')).toContain('Hugo Chavez CRITICIZED George W. Bush');
  });

  it('the named as a dependent before the name: \'called Russia "an enemy and an occupier"\'', () => {
    expect(relationsOf('georgia-flights-ban-tass-2019-06-22')).toContain('Salome Zurabishvili CRITICIZED Russia');
  });

  it('a name of a coordination of two objects: \'called the Dutch "Nazi remnants and fascists"\'', () => {
    expect(relationsOf('rotterdam-turkish-ministers-row-2017-03-13')).toContain('Recep Tayyip Erdoğan CRITICIZED Netherlands');
  });

  it('a name that is no word of disapproval criticises no one: "his ouster a coup" names the victim\'s ouster', () => {
    expect(relationsOf('latam-digest-bolivia-2019-11-12').filter((r) => /^Evo Morales CRITICIZED/.test(r))).toEqual([]);
  });
});

/** A trigger noun carried by a document or given to an indirect object (structure/structural-relations.ts verbTargets). */
describe('a protest handed over, a grant to an indirect object', () => {
  it('"handed a protest note to the Croatian ambassador" criticises Croatia', () => {
    expect(relationsOf('serbia-croatia-border-row-belgrade-daily-2015-09-25')).toContain('Ivica Dačić CRITICIZED Croatia');
  });

  it('"handed a note of protest to the Russian ambassador, Viktor Chernomyrdin" criticises the ambassador', () => {
    expect(relationsOf('tuzla-dam-kerch-strait-crimea-daily-2003-10-24')).toContain('Foreign Ministry CRITICIZED Viktor Chernomyrdin');
  });

  it('"Mexico granted him political asylum": the indirect object is the one supported', () => {
    expect(relationsOf('latam-digest-bolivia-2019-11-12')).toContain('Mexico SUPPORTED Evo Morales');
  });

  it('"the European Union has promised Moldova more budget support"', () => {
    expect(relationsOf('transnistria-blasts-analysis-2022-04-29')).toContain('European Union SUPPORTED Moldova');
  });
});

/** A target's phrase CoreNLP hangs on the object rather than the verb (structure/structural-relations.ts verbTargets). */
describe('a target named in a phrase of the object', () => {
  it('"Canberra has demanded an explanation from Moscow" is a demand of Russia', () => {
    expect(relationsOf('brisbane-g20-putin-early-exit-live-blog-2014-11-16')).toContain('Australia REQUESTED Russia');
  });

  it('"Baron Waqa has demanded an apology from China"', () => {
    expect(relationsOf('nauru-forum-china-envoy-walkout-pacific-wire-2018-09-05')).toContain('Baron Waqa REQUESTED China');
  });

  it('not for a particle verb: "called Sunday\'s drone attack on the southern suburbs of Beirut a declaration of war" asks nothing of Lebanon', () => {
    expect(relationsOf('world-digest-amazon-fires-zarif-biarritz-2019-08-27')).not.toContain('Michel Aoun REQUESTED Lebanon');
  });
});
