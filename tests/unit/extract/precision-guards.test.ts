import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/**
 * Precision guards: readings the rules used to propose that are not the relation, on development briefings read with
 * their stored CoreNLP parses (no service needed). Each test fails when its guard is removed.
 */
const relationsOf = (id: string): string[] => relationLines(draftOfDevelopmentBriefing(id));

describe('precision guards (development briefings, real parses)', () => {
  it('whoever would act in a threat’s clause is the threatener’s side: "warned that it would respond if Kosovo Serbs …"', () => {
    const relations = relationsOf('kosovo-serbia-plates-deal-2022-11-24');
    expect(relations).not.toContain('Aleksandar Vucic THREATENED Serbia');
    expect(relations).toContain('Aleksandar Vucic THREATENED Kosovo');
  });

  it('"warned that Moscow would respond … if Washington began deploying": the threatened is Washington, not Moscow', () => {
    const relations = relationsOf('world-digest-khashoggi-inf-2018-10-21');
    expect(relations).not.toContain('Sergei Ryabkov THREATENED Russia');
    expect(relations).toContain('Sergei Ryabkov THREATENED United States');
  });

  it('recalling an envoy is a protest against the host (CRITICIZED), not a sanction', () => {
    const relations = relationsOf('indonesia-australia-tapping-2013-11-21');
    expect(relations).toContain('Indonesia CRITICIZED Australia');
    expect(relations).not.toContain('Indonesia SANCTIONED Australia');
  });
});
