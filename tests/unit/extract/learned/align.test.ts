import { describe, expect, it } from 'vitest';
import { labelPairs, NONE } from '../../../../src/extract/learned/align.js';
import { devBriefing } from './support.js';

describe('training examples aligned with the gold', () => {
  const { text, parse, gold, candidates, resolve } = devBriefing('balkans-baltics-2018-03-14');
  const labelled = labelPairs(text, parse, candidates, gold, resolve);
  const sentenceOf = (fragment: string) => parse.sentences.findIndex((s) => text.slice(s.start, s.end).includes(fragment));
  const labelOf = (source: string, target: string, fragment: string) =>
    labelled.find((l) => l.candidate.a.actor.name === source && l.candidate.b.actor.name === target && l.candidate.sentence === sentenceOf(fragment))?.label;

  it('a gold relation labels its pair in the sentence of its evidence, with its type', () => {
    // gold: Federica Mogherini NEGOTIATED_WITH Aleksandar Vučić and VISITED Serbia, "arrived in Belgrade on Monday for talks with Vucic"
    expect(labelOf('Federica Mogherini', 'Aleksandar Vucic', 'for talks with Vucic')).toBe('NEGOTIATED_WITH');
    expect(labelOf('Federica Mogherini', 'Serbia', 'for talks with Vucic')).toBe('VISITED');
  });

  it('a symmetric type holds either way round; another type only from its source', () => {
    expect(labelOf('Aleksandar Vucic', 'Federica Mogherini', 'for talks with Vucic')).toBe('NEGOTIATED_WITH');
    expect(labelOf('Serbia', 'Federica Mogherini', 'for talks with Vucic')).toBe(NONE);
  });

  it('every other pair of the sentence is a negative', () => {
    expect(labelOf('Serbia', 'Aleksandar Vucic', 'for talks with Vucic')).toBe(NONE);
  });

  it('labels exactly the non-optional gold relations whose two actors the sentence names (recomputed from the gold)', () => {
    const positives = labelled.filter((l) => l.label !== NONE);
    // each positive is a gold relation of that type between the two actors (by name or alias), cited in that sentence
    for (const p of positives) {
      const here = text.slice(parse.sentences[p.candidate.sentence]!.start, parse.sentences[p.candidate.sentence]!.end).replace(/\s+/g, ' ');
      const names = (actor: typeof p.candidate.a.actor) => new Set([actor.name, ...actor.aliases].map((n) => n.normalize('NFD').replace(/\p{M}/gu, '')));
      const [a, b] = [names(p.candidate.a.actor), names(p.candidate.b.actor)];
      const goldNames = (name: string) => {
        const g = gold.actors.find((x) => x.name === name)!;
        return [g.name, ...g.aliases].map((n) => n.normalize('NFD').replace(/\p{M}/gu, ''));
      };
      const stated = gold.relations.some(
        (r) =>
          !r.optional &&
          r.type === p.label &&
          (here.includes(r.evidence!.replace(/\s+/g, ' ')) || r.evidence!.includes(here)) &&
          ((goldNames(r.source).some((n) => a.has(n)) && [r.target, ...(r.alt_targets ?? [])].some((t) => goldNames(t).some((n) => b.has(n)))) ||
            (goldNames(r.source).some((n) => b.has(n)) && goldNames(r.target).some((n) => a.has(n)))),
      );
      expect(stated, `${p.candidate.a.actor.name} ${p.label} ${p.candidate.b.actor.name}`).toBe(true);
    }
    expect(positives.length).toBeGreaterThanOrEqual(8);
  });

  it('leaves out a pair only an optional gold relation names (neither for nor against); a stated one wins over it', () => {
    // gold: Aleksandar Vučić REJECTED Kosovo, optional ("Belgrade would not recognise Kosovo"), and ACCUSED Kosovo in the same sentence
    expect(labelOf('Aleksandar Vucic', 'Kosovo', 'would not recognise Kosovo')).toBe('ACCUSED');
    const withoutAccusation = { ...gold, relations: gold.relations.filter((r) => r.type !== 'ACCUSED') };
    const relabelled = labelPairs(text, parse, candidates, withoutAccusation, resolve);
    const s = sentenceOf('would not recognise Kosovo');
    expect(relabelled.some((l) => l.candidate.sentence === s && l.candidate.a.actor.name === 'Aleksandar Vucic' && l.candidate.b.actor.name === 'Kosovo')).toBe(
      false,
    );
    expect(relabelled.length).toBe(labelled.length - 1);
  });
});
