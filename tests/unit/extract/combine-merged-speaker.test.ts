import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/extract/actors.js';
import { combineRelations } from '../../../src/extract/combine-relations.js';
import type { DraftRelation } from '../../../src/extract/relations/types.js';
import type { Sentence } from '../../../src/extract/segment.js';
import type { StructuralDraft } from '../../../src/extract/structure/structural-drafts.js';
import { testActor } from './support/rule-sentences.js';

/**
 * The combination keeps a surface reading that makes a speaker the agent of what he reports ("Vucic said Belgrade …
 * accused Pristina") against the parse's reading of the reported clause, when that reading's speaker is the same actor.
 * "The same actor" follows the registry's merges, as for the readings' parties: a speaker read under a spelling the
 * registry later merged ("Vučić" into "Vucic") is still the surface reading's agent.
 */
const actor = (key: number, name: string, kind: Actor['kind'], mergedInto: Actor | null = null): Actor => ({ ...testActor(key, name, kind), mergedInto });

const sentence = { index: 3, section: 0, paragraph: 2, start: 0, end: 80, text: 'Vucic said Belgrade had accused Pristina of provocations.' } as Sentence;

const reading = (source: Actor, target: Actor, speaker: Actor | null): DraftRelation => ({
  source,
  target,
  type: 'ACCUSED',
  date: null,
  modality: 'ASSERTED',
  negated: false,
  confidence: 0.8,
  sentence,
  speaker,
});

describe('combining the surface and parse readings of a reported clause', () => {
  const vucic = actor(1, 'Aleksandar Vucic', 'PERSON');
  const serbia = actor(3, 'Serbia', 'STATE');
  const kosovo = actor(4, 'Kosovo', 'STATE');
  const combined = (speaker: Actor) => {
    const surface = [reading(vucic, kosovo, null)];
    const structural: StructuralDraft[] = [{ ...reading(serbia, kosovo, speaker), via: 'verb' }];
    return combineRelations('surface+structure', surface, structural, () => true).map((r) => `${r.source.name} ${r.type} ${r.target.name}`);
  };

  it("keeps the speaker's reading beside the parse's when the parse names him as its speaker", () => {
    expect(combined(vucic)).toContain('Aleksandar Vucic ACCUSED Kosovo');
  });

  it('keeps it when the parse names him under a spelling the registry merged into his', () => {
    const vucicCopy = actor(2, 'Aleksandar Vučić', 'PERSON', vucic);
    expect(combined(vucicCopy)).toContain('Aleksandar Vucic ACCUSED Kosovo');
  });

  it("drops it for the parse's reading when the parse's speaker is someone else", () => {
    const other = actor(5, 'Ana Brnabic', 'PERSON');
    expect(combined(other)).not.toContain('Aleksandar Vucic ACCUSED Kosovo');
    expect(combined(other)).toContain('Serbia ACCUSED Kosovo');
  });
});
