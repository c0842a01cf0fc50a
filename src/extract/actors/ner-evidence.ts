import type { Entity, ParsedDocument, ParsedToken } from '../../nlp/document.js';

/** What CoreNLP's tagger says about a stretch of the briefing text: the tokens and entity mentions it overlaps. */
export interface NerReading {
  tokens: ParsedToken[];
  /** Entity mentions overlapping the stretch, with their character spans. */
  entities: (Entity & { charStart: number; charEnd: number })[];
}

/** Character span → the parse's tokens and entities there (the surface and CoreNLP tokenise differently, so by overlap). */
export class NerIndex {
  private readonly sentences: ParsedDocument['sentences'];

  constructor(doc: ParsedDocument) {
    this.sentences = doc.sentences;
  }

  /** The `n` tokens before a character offset, in its sentence (nearest last). */
  before(start: number, n: number): ParsedToken[] {
    const s = this.sentences[this.firstEndingAfter(start)];
    return s && s.start <= start ? s.tokens.filter((t) => t.end <= start).slice(-n) : [];
  }

  /** Index of the first sentence ending after `offset` (sentences are in text order). */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  read(start: number, end: number): NerReading {
    const tokens: ParsedToken[] = [];
    const entities: NerReading['entities'] = [];
    for (let i = this.firstEndingAfter(start); i < this.sentences.length; i += 1) {
      const s = this.sentences[i]!;
      if (s.start >= end) break;
      for (const t of s.tokens) if (t.end > start && t.start < end) tokens.push(t);
      for (const e of s.entities) {
        const first = s.tokens[e.start];
        const last = s.tokens[e.end - 1];
        if (!first || !last || last.end <= start || first.start >= end) continue;
        entities.push({ ...e, charStart: first.start, charEnd: last.end });
      }
    }
    return { tokens, entities };
  }
}

/** The start offsets of the words CoreNLP tagged with a person's type. */
export function wordStartsTagged(doc: ParsedDocument, type: string): Set<number> {
  const starts = new Set<number>();
  for (const s of doc.sentences) for (const t of s.tokens) if (t.ner === type) starts.add(t.start);
  return starts;
}
