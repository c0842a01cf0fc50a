import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/extract/actors.js';
import { eventGroups, listsNamedTogether } from '../../../src/extract/descriptions.js';

/** Mentions of named actors over a tokenised sentence: each `[[Name]]` is one mention of one actor. */
function mentionsOf(marked: string) {
  const actors = new Map<string, Actor>();
  const words: string[] = [];
  const mentions: { start: number; end: number; role: string; actor: Actor | null }[] = [];
  for (const piece of marked.match(/\[\[[^\]]+\]\]|[^\s,]+|,/g)!) {
    if (piece.startsWith('[[')) {
      const name = piece.slice(2, -2);
      if (!actors.has(name)) actors.set(name, { name } as Actor);
      mentions.push({ start: words.length, end: words.length + 1, role: 'agent', actor: actors.get(name)! });
      words.push(name.toLowerCase());
    } else words.push(piece.toLowerCase());
  }
  return { mentions, words, names: (lists: Actor[][]) => lists.map((l) => l.map((a) => a.name)) };
}

describe('lists of three or more actors named together', () => {
  it('reads commas then "and", with or without a comma before it', () => {
    const { mentions, words, names } = mentionsOf('[[Brazil]] , [[Argentina]] , [[Paraguay]] and [[Uruguay]] called on [[Venezuela]] .');
    expect(names(listsNamedTogether(mentions, words))).toEqual([['Brazil', 'Argentina', 'Paraguay', 'Uruguay']]);
    const oxford = mentionsOf('[[Macron]] , [[Merkel]] , and [[May]] said .');
    expect(oxford.names(listsNamedTogether(oxford.mentions, oxford.words))).toEqual([['Macron', 'Merkel', 'May']]);
  });
  it('takes no pair, no list left open, no list naming one actor twice, and no list broken by other words', () => {
    for (const marked of [
      '[[Pakistan]] and [[Afghanistan]] met .',
      '[[Brazil]] , [[Argentina]] , [[Paraguay]] met .',
      '[[Brazil]] , [[Brazil]] and [[Paraguay]] met .',
      '[[Brazil]] , the host [[Argentina]] and [[Paraguay]] met .',
    ]) {
      const { mentions, words } = mentionsOf(marked);
      expect(listsNamedTogether(mentions, words), marked).toEqual([]);
    }
  });
});

describe('the groups an event forms', () => {
  it('is each side of three or more that is not all the parties, then all the parties', () => {
    expect(eventGroups([['Brazil', 'Argentina', 'Paraguay', 'Uruguay'], ['Venezuela']])).toEqual([
      ['Brazil', 'Argentina', 'Paraguay', 'Uruguay'],
      ['Brazil', 'Argentina', 'Paraguay', 'Uruguay', 'Venezuela'],
    ]);
    expect(eventGroups([['Egypt', 'Jordan', 'Iraq'], []])).toEqual([['Egypt', 'Jordan', 'Iraq']]);
    expect(eventGroups([['France'], ['Mali']])).toEqual([]);
  });
});
