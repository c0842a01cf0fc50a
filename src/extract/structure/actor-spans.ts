import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';

/** Where the text names an actor: a character span and the actor the mention resolved to. */
export interface ActorSpan {
  start: number;
  end: number;
  actor: Actor;
}

/**
 * Token → actor, for the arguments the structural rules find: the actor named at the token, else (for a pronoun
 * or "the minister") the actor its CoreNLP coreference chain names elsewhere.
 */
export class ActorLocator {
  private readonly chainOf = new Map<string, number>();

  constructor(
    private readonly doc: ParsedDocument,
    private readonly spans: ActorSpan[],
    private readonly resolve: (actor: Actor) => Actor,
    /** Pronouns that stand for the speaker of the quotation holding them ("we", "our"). */
    private readonly firstPerson: ReadonlySet<string> = new Set(),
  ) {
    doc.corefs.forEach((chain, c) => {
      for (const m of chain) this.chainOf.set(`${m.sentence}:${m.head}`, c);
    });
  }

  /** The actor named at this token (a span holding it), or null. */
  named(sentence: number, token: number): Actor | null {
    const t = this.doc.sentences[sentence]?.tokens[token];
    if (!t) return null;
    const span = this.spans.find((s) => s.start <= t.start && t.end <= s.end);
    return span ? this.resolve(span.actor) : null;
  }

  /** The actor at this token, through coreference when the token names none itself. */
  actorAt(sentence: number, token: number): Actor | null {
    const direct = this.named(sentence, token);
    if (direct) return direct;
    // "we" and "our" name the quotation's speaker or nobody: CoreNLP's chains join them to any organisation nearby
    if (this.isFirstPerson(sentence, token)) return this.quoteSpeaker(sentence, token);
    const c = this.chainOf.get(`${sentence}:${token}`);
    if (c === undefined) return null;
    const chain = this.doc.corefs[c]!;
    // the representative mention first, then the others before this one, nearest first
    const ordered = [
      ...chain.filter((m) => m.representative),
      ...chain.filter((m) => !m.representative && (m.sentence < sentence || (m.sentence === sentence && m.head < token))).reverse(),
    ];
    for (const m of ordered) {
      if (m.sentence === sentence && m.head === token) continue;
      const actor = this.named(m.sentence, m.head);
      if (actor) return actor;
    }
    return null;
  }

  private isFirstPerson(sentence: number, token: number): boolean {
    const t = this.doc.sentences[sentence]?.tokens[token];
    return !!t && this.firstPerson.has(t.word.toLowerCase());
  }

  /** "We" and "our" inside a quotation CoreNLP attributes: the actor named where it names the speaker. */
  private quoteSpeaker(sentence: number, token: number): Actor | null {
    const t = this.doc.sentences[sentence]?.tokens[token];
    if (!t) return null;
    const quote = this.doc.quotes.find((q) => q.start <= t.start && t.end <= q.end && q.speakerStart !== null && q.speakerEnd !== null);
    if (!quote) return null;
    const span = this.spans.find((s) => s.start < quote.speakerEnd! && quote.speakerStart! < s.end);
    return span ? this.resolve(span.actor) : null;
  }
}
