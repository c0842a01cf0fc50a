import type { Actor } from '../actors.js';
import { findDates, type DateMention } from '../dates.js';
import { asStates } from '../descriptions.js';
import type { Mention } from '../mentions.js';
import type { Rules } from '../rules.js';
import type { Sentence } from '../segment.js';
import type { Token } from '../tokenize.js';
import { QUOTE_CLOSE, QUOTE_OPEN } from './quotes.js';
import type { MentionUnit, Party, RelationEnv, Unit, VerbForm } from './types.js';

/**
 * One sentence as the surface relation rules read it: its units (mentions and tokens), which of them stand in a
 * quotation, its dates, and what the rules learn while reading it left to right (the clauses met, the groups and
 * the pair of its events, the voice of its quotation).
 */
export class SentenceView {
  readonly rules: Rules;
  readonly sets: Rules['cues']['sets'];
  readonly tokens: Token[];
  readonly units: Unit[] = [];
  /** Whether each unit stands inside a quotation. */
  readonly inQuote: boolean[] = [];
  readonly dates: DateMention[];
  /** Tokens belonging to a time expression (with its "on"/"in"): no cue word ("may") and no subject. */
  readonly dateTokens = new Set<number>();
  /** Verbs met so far with their subjects: a coordinated or participial verb without its own takes theirs. */
  readonly clauses: { at: number; party: Party; form: VerbForm }[] = [];
  /** The sentence's own groups of three or more, for "… hosted A and B, and the three leaders agreed". */
  readonly groups: Actor[][] = [];
  /** The pair of the sentence's own symmetric event, for "both sides" later in it. */
  localPair: [Actor, Actor] | null = null;
  /** Who "we" and "our" are inside the sentence's quotation. */
  quoteVoice: Actor | null = null;

  constructor(
    readonly sentence: Sentence,
    mentions: Mention[],
    readonly env: RelationEnv,
  ) {
    this.rules = env.rules;
    this.sets = env.rules.cues.sets;
    this.tokens = sentence.tokens;
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    let i = 0;
    let m = 0;
    while (i < this.tokens.length) {
      const mention = sorted[m];
      if (mention && mention.start === i) {
        this.units.push({ kind: 'm', m: mention, start: mention.start, end: mention.end });
        i = mention.end;
        m += 1;
        continue;
      }
      if (mention && mention.start < i) {
        m += 1;
        continue;
      }
      this.units.push({ kind: 't', tok: this.tokens[i]!, start: i, end: i + 1 });
      i += 1;
    }
    let open = sentence.openQuoteAtStart;
    for (const u of this.units) {
      const w = u.kind === 't' ? u.tok.text : '';
      if (QUOTE_OPEN.has(w) && !(w === '"' && open)) {
        open = true;
        this.inQuote.push(true);
        continue;
      }
      this.inQuote.push(open);
      if (QUOTE_CLOSE.has(w)) open = false;
    }
    this.dates = findDates(this.tokens, env.publishedAt, env.dateline);
    for (const d of this.dates) for (let t = d.start - (d.preposition === 'on' || d.preposition === 'in' ? 1 : 0); t < d.end; t += 1) this.dateTokens.add(t);
  }

  /** The lower-case word of a token unit; '' for a mention or past the end. */
  word(u: Unit | undefined): string {
    return u && u.kind === 't' ? u.tok.lower : '';
  }

  /** A mention of an actor that can act (not a place, demonym or pair phrase). */
  isAgent(u: Unit | undefined): u is MentionUnit {
    return !!u && u.kind === 'm' && u.m.role === 'agent' && !!u.m.actor;
  }

  isAdverb(w: string): boolean {
    return this.sets.adverbs.has(w) || (/^\p{Ll}+ly$/u.test(w) && !this.sets.notAdverbs.has(w));
  }

  formOf(w: string): VerbForm {
    return /ing$/.test(w) ? 'ing' : /ed$/.test(w) || this.sets.irregularPast.has(w) ? 'past' : /s$/.test(w) ? 'present' : 'base';
  }

  /** Who "both sides" stands for: the sentence's own pair, else the discourse's. */
  pairOf(m: Mention): [Actor, Actor] | null {
    return this.localPair ?? m.pair ?? null;
  }

  /** Who a "the two sides" or "the three leaders" phrase stands for. */
  partyOf(m: Mention): Actor[] | null {
    if (!m.group) return this.pairOf(m);
    const { size, head } = m.group;
    if (m.group.fixed) return m.group.members;
    const local = [...this.groups].reverse().find((g) => (size === null ? true : g.length === size));
    if (local) return this.rules.cues.pairKinds[head] === 'state' ? asStates(local) : local;
    return m.group.members ?? (size === null ? this.pairOf(m) : null);
  }
}
