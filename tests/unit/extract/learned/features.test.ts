import { describe, expect, it } from 'vitest';
import type { ParsedSentence } from '../../../../src/nlp/document.js';
import { dependencyPath, pathTop } from '../../../../src/extract/learned/dependency-path.js';
import { DependencyGraph } from '../../../../src/extract/structure/dependency-graph.js';
import { SOURCE_PLACEHOLDER, TARGET_PLACEHOLDER } from '../../../../src/extract/learned/pair-text.js';
import { devBriefing } from './support.js';

/** "Russia condemned the strikes on Aleppo": a hand-built parse, so the expected path is known without CoreNLP. */
const sentence: ParsedSentence = {
  start: 0,
  end: 40,
  tokens: ['Russia', 'condemned', 'the', 'strikes', 'on', 'Aleppo'].map((word, i) => ({
    word,
    lemma: ['Russia', 'condemn', 'the', 'strike', 'on', 'Aleppo'][i]!,
    pos: ['NNP', 'VBD', 'DT', 'NNS', 'IN', 'NNP'][i]!,
    ner: 'O',
    start: i * 7,
    end: i * 7 + word.length,
  })),
  arcs: [
    { rel: 'root', gov: -1, dep: 1 },
    { rel: 'nsubj', gov: 1, dep: 0 },
    { rel: 'det', gov: 3, dep: 2 },
    { rel: 'obj', gov: 1, dep: 3 },
    { rel: 'case', gov: 5, dep: 4 },
    { rel: 'nmod:on', gov: 3, dep: 5 },
  ],
  entities: [],
};

describe('the dependency path between two mentions', () => {
  const g = new DependencyGraph(sentence);

  it('goes up to the lowest common head and down to the other end', () => {
    const path = dependencyPath(g, 0, 5);
    expect(path?.map((p) => `${p.up ? '<' : '>'}${p.rel}`).join('')).toBe('<nsubj>obj>nmod:on');
    expect(pathTop(0, path!)).toBe(1);
    // the reverse path is the same arcs, walked the other way
    expect(
      dependencyPath(g, 5, 0)
        ?.map((p) => `${p.up ? '<' : '>'}${p.rel}`)
        .join(''),
    ).toBe('<nmod:on<obj>nsubj');
  });

  it('is empty from a token to itself and null between tokens nothing joins', () => {
    expect(dependencyPath(g, 3, 3)).toEqual([]);
    const cut = new DependencyGraph({ ...sentence, arcs: sentence.arcs.filter((a) => a.rel !== 'obj') });
    expect(dependencyPath(cut, 0, 5)).toBeNull();
  });
});

describe('pair features on a stored CoreNLP parse', () => {
  const { candidates, parse } = devBriefing('balkans-baltics-2018-03-14');
  const pair = (source: string, target: string) => candidates.find((c) => c.a.actor.name === source && c.b.actor.name === target);

  it('read the path, its top, each end’s arc and the lexicon class of the trigger', () => {
    // "... arrived in Belgrade on Monday for talks with Vucic": Mogherini is the subject of "arrive", Vucic the "with" of "talks"
    const c = pair('Federica Mogherini', 'Aleksandar Vucic');
    expect(c).toBeDefined();
    const tokens = parse.sentences[c!.sentence]!.tokens;
    expect(tokens[c!.clause]!.lemma).toBe('arrive');
    expect(c!.features).toEqual(
      expect.arrayContaining([
        'a.arc=nsubj',
        'b.arc=nmod:with',
        'path=<nsubj>obl:for>nmod:with',
        'top=arrive',
        'on=talk',
        'onlex=NEGOTIATED_WITH',
        'kinds=PERSON>PERSON',
        'order=ab',
        // what the rule layers read between the two: the model learns when to trust them
        'rule=NEGOTIATED_WITH',
      ]),
    );
  });

  it('carry the rules’ reading with its direction: a pair the rules read nothing between says so', () => {
    // the rules read Mogherini VISITED Serbia ("arrived in Belgrade"): from Serbia's side that is the other direction
    expect(pair('Serbia', 'Federica Mogherini')?.features).toContain('rule=VISITED<');
    expect(pair('Federica Mogherini', 'Serbia')?.features).toContain('rule=VISITED');
    const none = candidates.filter((c) => c.features.includes('rule=none'));
    expect(none.length).toBeGreaterThan(0);
    for (const c of none) expect(c.features.filter((f) => f.startsWith('rule='))).toEqual(['rule=none']);
  });

  it('are computed for both orders of a pair, with the path reversed', () => {
    const back = pair('Aleksandar Vucic', 'Federica Mogherini');
    expect(back?.features).toEqual(expect.arrayContaining(['a.arc=nmod:with', 'b.arc=nsubj', 'path=<nmod:with<obl:for>nsubj', 'order=ba']));
  });

  it('are the same on every run (the model is trained and applied on exactly these strings)', () => {
    const again = devBriefing('balkans-baltics-2018-03-14').candidates;
    expect(again.map((c) => c.features)).toEqual(candidates.map((c) => c.features));
  });
});

describe('what the sentence encoder reads of a pair, on a stored CoreNLP parse', () => {
  const { candidates, parse } = devBriefing('balkans-baltics-2018-03-14');
  const pair = (source: string, target: string) => candidates.find((c) => c.a.actor.name === source && c.b.actor.name === target)!;
  const swap = (text: string) =>
    text.replaceAll(SOURCE_PLACEHOLDER, '\0').replaceAll(TARGET_PLACEHOLDER, SOURCE_PLACEHOLDER).replaceAll('\0', TARGET_PLACEHOLDER);

  it('is the path between the two as words, the candidate source SOURCE and the candidate target TARGET: the two orders read differently', () => {
    // "... arrived in Belgrade on Monday for talks with Vucic"
    const forward = pair('Federica Mogherini', 'Aleksandar Vucic');
    const backward = pair('Aleksandar Vucic', 'Federica Mogherini');
    expect(forward.text).toBe('SOURCE arrived for talks with TARGET');
    expect(backward.text).toBe('TARGET arrived for talks with SOURCE');
    expect(swap(backward.text)).toBe(forward.text);
  });

  it('keeps the negation and modal of the clause, and recomputes from the parse: the words of the path in sentence order', () => {
    // "Vucic said Serbia would not recognise Kosovo"
    expect(candidates.filter((c) => c.a.actor.name === 'Serbia' && c.b.actor.name === 'Kosovo').map((c) => c.text)).toContain(
      'SOURCE would not recognise TARGET',
    );
    for (const c of candidates) {
      const tokens = parse.sentences[c.sentence]!.tokens;
      const words = c.text.split(' ');
      expect(words.filter((w) => w === SOURCE_PLACEHOLDER)).toHaveLength(1);
      expect(words.filter((w) => w === TARGET_PLACEHOLDER)).toHaveLength(1);
      // every other word is one of the sentence's words outside the two mentions, in the sentence's order
      const outside = tokens.filter((_, t) => (t < c.a.start || t >= c.a.end) && (t < c.b.start || t >= c.b.end)).map((t) => t.word);
      let at = 0;
      for (const w of words.filter((x) => x !== SOURCE_PLACEHOLDER && x !== TARGET_PLACEHOLDER)) {
        const found = outside.indexOf(w, at);
        expect(found, `${w} in ${c.text}`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    }
  });
});
