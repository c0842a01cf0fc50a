import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * Arms that name no actor attack for their owner (rules/structure.json armsNouns), and an owner named by "of" that is
 * no actor leaves the demonym or name modifying the thing (structure/structural-relations.ts ownerGroups). Stored
 * parses of development briefings.
 */
describe('the owner of the arms is the attacker', () => {
  it('"A North Korean torpedo sank a South Korean warship"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('cheonan-findings-2010-05-20'))).toContain('North Korea ATTACKED South Korea');
  });
  it('"A Hezbollah missile struck an Israeli warship"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('lebanon-war-2006-07-15'))).toContain('Hezbollah ATTACKED Israel');
  });
  it('"Cuban MiG fighters shot down two small planes of the exile group Brothers to the Rescue"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('world-digest-helms-burton-strait-sharm-1996-03-12'))).toContain('Cuba ATTACKED Brothers to the Rescue');
  });
});

describe('an owner "of" that names no actor gives way to the next', () => {
  it('"its aircraft hit the northern Ethiopian city of Mekele"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('badme-ethiopia-eritrea-air-war-analysis-1998-06-12'))).toContain('Eritrea ATTACKED Ethiopia');
  });
});
