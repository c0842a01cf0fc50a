import { describe, expect, it } from 'vitest';
import { testActor } from '../support/rule-sentences.js';
import type { Actor } from '../../../../src/extract/actors.js';
import { reportedSubject } from '../../../../src/extract/discourse/reported-subject.js';
import { DependencyGraph } from '../../../../src/extract/structure/dependency-graph.js';

const actor = testActor;
const REPORTING = new Set(['say', 'tell']);

/** "<subject> said <pronoun> had criticised Bolivia", as CoreNLP parses it: the pronoun's reporters, if they agree with it. */
function reporters(subject: [string, string][], pronoun: string, named: Record<number, Actor>): string[] {
  const words: [string, string, string][] = [
    ...subject.map(([w, p]): [string, string, string] => [w, w, p]),
    ['said', 'say', 'VBD'],
    [pronoun, pronoun, 'PRP'],
    ['criticised', 'criticise', 'VBN'],
    ['Bolivia', 'Bolivia', 'NNP'],
  ];
  const said = subject.length;
  const arcs = [
    ...subject.flatMap(([, pos], i) => (pos === 'CC' ? [] : [{ rel: 'nsubj', gov: said, dep: i }])),
    { rel: 'ccomp', gov: said, dep: said + 2 },
    { rel: 'nsubj', gov: said + 2, dep: said + 1 },
    { rel: 'obj', gov: said + 2, dep: said + 3 },
  ];
  const tokens = words.map(([word, lemma, pos], i) => ({ word, lemma, pos, ner: 'O', start: i * 20, end: i * 20 + word.length }));
  const g = new DependencyGraph({ start: 0, end: tokens.length * 20, tokens, arcs, entities: [] });
  const agents = (v: number) => g.children(v, 'nsubj');
  return reportedSubject(g, said + 1, REPORTING, agents, (t) => named[t] ?? null).map((a) => a.name);
}

describe('the subject pronoun of a reported clause', () => {
  const chile = actor(1, 'Chile', 'STATE');
  const peru = actor(2, 'Peru', 'STATE');
  const lula = actor(3, 'Lula', 'PERSON');
  const guards = actor(4, 'Revolutionary Guards', 'ARMED_GROUP');

  it('is its reporters when they agree with it in number and kind', () => {
    expect(
      reporters(
        [
          ['Chile', 'NNP'],
          ['and', 'CC'],
          ['Peru', 'NNP'],
        ],
        'they',
        { 0: chile, 2: peru },
      ),
    ).toEqual(['Chile', 'Peru']);
    expect(reporters([['Chile', 'NNP']], 'it', { 0: chile })).toEqual(['Chile']);
    expect(reporters([['Lula', 'NNP']], 'he', { 0: lula })).toEqual(['Lula']);
    expect(reporters([['Guards', 'NNPS']], 'they', { 0: guards })).toEqual(['Revolutionary Guards']);
  });

  it('proposes nothing when they disagree or one reporter names no actor', () => {
    expect(reporters([['Chile', 'NNP']], 'he', { 0: chile })).toEqual([]);
    expect(reporters([['Lula', 'NNP']], 'it', { 0: lula })).toEqual([]);
    expect(reporters([['Chile', 'NNP']], 'they', { 0: chile })).toEqual([]);
    expect(
      reporters(
        [
          ['Chile', 'NNP'],
          ['and', 'CC'],
          ['allies', 'NNS'],
        ],
        'they',
        { 0: chile },
      ),
    ).toEqual([]);
  });
});
