import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * Reducing relations is CAMEO 16, the root of sanctions (rules/relations.json): closing a border, an airspace or an
 * embassy to a state, and suspending or freezing contacts, cooperation, visits or business with it, are SANCTIONED of
 * that state (stored parses of development briefings).
 */
describe('relations reduced are sanctions', () => {
  it('"Turkey closed its border with Armenia in 1993"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('armenia-turkey-protocols-2009-10-11'))).toContain('Turkey SANCTIONED Armenia');
  });

  it('"The Department has suspended all official visits to Singapore by members of the Cabinet"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('contemplacion-execution-senate-statement-1995-03-21'))).toContain(
      'Department of Foreign Affairs SANCTIONED Singapore',
    );
  });
});
