import { servedState } from '../actors/served-state.js';
import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import type { OperativePart } from '../discourse/operative-issuer.js';
import type { TurnSpan } from '../discourse/turn-speakers.js';
import { voicedStates } from '../discourse/voiced-state.js';

/** Where the text names an actor: a character span and the actor the mention resolved to. */
export interface ActorSpan {
  start: number;
  end: number;
  actor: Actor;
}

/** A plural mention standing for several known actors at once: "the two sides", "both countries", "the three leaders". */
export interface GroupSpan {
  start: number;
  end: number;
  actors: readonly Actor[];
}

/**
 * What the discourse resolved beyond single names: who speaks in a transcript's turns ("MR MILLER: We reject …"),
 * and whom pair and group phrases stand for ("urged both sides" after "Armenia and Azerbaijan held talks").
 */
export interface Discourse {
  turns?: readonly TurnSpan[];
  /** Quotations CoreNLP attributes to nobody, with the speaker the sentence introducing them names (discourse/colon-quotes.ts). */
  quotations?: readonly TurnSpan[];
  groups?: readonly GroupSpan[];
  /** A communiqué's numbered operative paragraphs: their adopter, and the day it adopted them (discourse/operative-issuer.ts). */
  operative?: Omit<OperativePart, 'spans'> | null;
}

/** Entity classes whose every token belongs to the one actor the entity names. */
const WHOLE_NAME_NER = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY']);

/** How many sentences after a mention its chain's representative may stand and still name it. */
const LATER_REPRESENTATIVE_REACH = 1;

/**
 * Token → actor, for the arguments the structural rules find: the actor named at the token, else (for a pronoun
 * or "the minister") the actor its CoreNLP coreference chain names elsewhere.
 */
/** The first-person words that speak for a collective ("we", "us", "our"), not for the speaker alone. */
const PLURAL_FIRST_PERSON = new Set(['we', 'us', 'our', 'ours']);

export class ActorLocator {
  private readonly chainOf = new Map<string, number>();
  private voiced: Map<Actor, Actor> | null = null;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly spans: ActorSpan[],
    private readonly resolve: (actor: Actor) => Actor,
    /** Pronouns that stand for the speaker of the quotation holding them ("we", "our"). */
    private readonly firstPerson: ReadonlySet<string> = new Set(),
    private readonly discourse: Discourse = {},
  ) {
    doc.corefs.forEach((chain, c) => {
      for (const m of chain) this.chainOf.set(`${m.sentence}:${m.head}`, c);
    });
  }

  /** The actor named at this token (a span holding it, or a CoreNLP entity one actor's span is part of), or null. */
  named(sentence: number, token: number): Actor | null {
    const t = this.doc.sentences[sentence]?.tokens[token];
    if (!t) return null;
    const span = this.spans.find((s) => s.start <= t.start && t.end <= s.end);
    if (span) return this.resolve(span.actor);
    return this.entityActor(sentence, token);
  }

  /**
   * "U.S. President George W. Bush" read by the surface rules as far as "George": the rest of CoreNLP's entity is the
   * same actor, when the spans inside the entity name exactly one.
   */
  private entityActor(sentence: number, token: number): Actor | null {
    const s = this.doc.sentences[sentence];
    const entity = s?.entities.find((e) => e.start <= token && token < e.end && WHOLE_NAME_NER.has(e.ner));
    if (!s || !entity) return null;
    const first = s.tokens[entity.start]!;
    const last = s.tokens[entity.end - 1]!;
    const inside = new Set(this.spans.filter((x) => x.start < last.end && first.start < x.end).map((x) => this.resolve(x.actor)));
    return inside.size === 1 ? [...inside][0]! : null;
  }

  /** The actors a pair or group phrase holding this token stands for ("both sides"), or none. */
  groupAt(sentence: number, token: number): Actor[] {
    const t = this.doc.sentences[sentence]?.tokens[token];
    const group = t && this.discourse.groups?.find((g) => g.start <= t.start && t.end <= g.end);
    if (!group) return [];
    const actors = group.actors.map(this.resolve);
    return actors.filter((a, i) => actors.indexOf(a) === i);
  }

  /** The actor at this token, through coreference when the token names none itself. */
  actorAt(sentence: number, token: number): Actor | null {
    const direct = this.named(sentence, token);
    if (direct) return direct;
    // "we" and "our" name the quotation's speaker or nobody: CoreNLP's chains join them to any organisation nearby
    if (this.isFirstPerson(sentence, token)) {
      const speaker = this.speakerAt(sentence, token);
      // an official's "we" is the state they speak for ("We have urged the Chinese Government …", the Foreign Secretary
      // said: the United Kingdom urged it; docs/annotating.md), their "I" themselves
      return speaker && this.isPluralFirstPerson(sentence, token) ? (this.stateOf(speaker) ?? speaker) : speaker;
    }
    return this.chainActor(sentence, token);
  }

  /** The actor CoreNLP's coreference chain through this token names elsewhere (whatever the surface rules read at it), or null. */
  chainActor(sentence: number, token: number): Actor | null {
    const c = this.chainOf.get(`${sentence}:${token}`);
    if (c === undefined) return null;
    const chain = this.doc.corefs[c]!;
    // the representative mention first, then the others before this one, nearest first; a representative further on
    // than the next sentence is most often another paragraph's or digest item's actor ('The Vatican asked the
    // government …' joined to "Peru's government" of the next item), not a name the text gives late
    const ordered = [
      ...chain.filter((m) => m.representative && m.sentence <= sentence + LATER_REPRESENTATIVE_REACH),
      ...chain.filter((m) => !m.representative && (m.sentence < sentence || (m.sentence === sentence && m.head < token))).reverse(),
    ];
    for (const m of ordered) {
      if (m.sentence === sentence && m.head === token) continue;
      const actor = this.named(m.sentence, m.head);
      if (actor) return actor;
    }
    return null;
  }

  /** The state an official speaks for: by the roles the draft gives them, else by what their own words say of it. */
  private stateOf(speaker: Actor): Actor | null {
    const served = servedState(speaker, this.resolve);
    if (served) return served;
    this.voiced ??= voicedStates(
      this.doc,
      (s, t) => this.named(s, t),
      (s, t) => this.speakerAt(s, t),
    );
    return this.voiced.get(speaker) ?? null;
  }

  private isPluralFirstPerson(sentence: number, token: number): boolean {
    return PLURAL_FIRST_PERSON.has(this.doc.sentences[sentence]?.tokens[token]?.word.toLowerCase() ?? '');
  }

  private isFirstPerson(sentence: number, token: number): boolean {
    const t = this.doc.sentences[sentence]?.tokens[token];
    return !!t && this.firstPerson.has(t.word.toLowerCase());
  }

  /**
   * "We" and "our" inside a quotation CoreNLP attributes: the actor named where it names the speaker; outside every
   * quotation, the speaker of the transcript's turn holding them ("MR MILLER: We reject that characterization"); in a
   * quotation CoreNLP attributes to nobody, the speaker of the sentence introducing it with a colon.
   */
  speakerAt(sentence: number, token: number): Actor | null {
    const t = this.doc.sentences[sentence]?.tokens[token];
    if (!t) return null;
    const quoted = this.doc.quotes.filter((q) => q.start <= t.start && t.end <= q.end);
    if (!quoted.length) {
      const turn = this.discourse.turns?.find((x) => x.start <= t.start && t.end <= x.end);
      return turn ? this.resolve(turn.speaker) : null;
    }
    const quote = quoted.find((q) => q.speakerStart !== null && q.speakerEnd !== null);
    if (!quote) {
      const introduced = this.discourse.quotations?.find((x) => x.start <= t.start && t.end <= x.end);
      return introduced ? this.resolve(introduced.speaker) : null;
    }
    const span = this.spans.find((s) => s.start < quote.speakerEnd! && quote.speakerStart! < s.end);
    return span ? this.resolve(span.actor) : null;
  }
}
