import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import type { ActorLocator } from '../structure/actor-spans.js';
import type { DependencyGraph } from '../structure/dependency-graph.js';

/** One mention of an actor in a parse sentence: its tokens [start, end), its syntactic head, and how it was found. */
export interface ActorMention {
  actor: Actor;
  start: number;
  end: number;
  /** The token of the mention whose governor lies outside it. */
  head: number;
  /** Found through CoreNLP's coreference (a pronoun, "the minister"), not named at the token. */
  coref: boolean;
}

/**
 * The actor mentions of a parse sentence, as the extractor resolved them: runs of tokens the actor layer's spans name, plus
 * pronouns and nominals whose coreference chain names an actor (`ActorLocator`: no second actor layer here).
 */
export function sentenceMentions(doc: ParsedDocument, s: number, g: DependencyGraph, locate: ActorLocator): ActorMention[] {
  const tokens = doc.sentences[s]?.tokens ?? [];
  const found: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const named = locate.named(s, i);
    if (named) {
      let end = i + 1;
      while (end < tokens.length && locate.named(s, end) === named) end += 1;
      found.push({ actor: named, start: i, end, head: headOf(g, i, end), coref: false });
      i = end;
      continue;
    }
    const pos = tokens[i]!.pos;
    // a pronoun or a noun in a coreference chain ("He", "the minister", "its")
    const viaCoref = pos.startsWith('PRP') || pos.startsWith('NN') ? locate.actorAt(s, i) : null;
    if (viaCoref) found.push({ actor: viaCoref, start: i, end: i + 1, head: i, coref: true });
    i += 1;
  }
  return found;
}

/** The token of [start, end) governed from outside it (the last one when the parse says nothing better). */
function headOf(g: DependencyGraph, start: number, end: number): number {
  for (let t = start; t < end; t += 1) {
    const governors = g.incoming(t).map((a) => a.gov);
    if (!governors.length || governors.some((gov) => gov < start || gov >= end)) return t;
  }
  return end - 1;
}
