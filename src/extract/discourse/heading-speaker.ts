import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor, ActorRegistry } from '../actors.js';
import type { Sentence } from '../segment.js';
import type { ActorSpan } from '../structure/actor-spans.js';
import { speakerLabel, type TurnSpan } from './turn-speakers.js';

export interface HeadingSpeakerInput {
  text: string;
  parse: ParsedDocument;
  sentences: readonly Sentence[];
  spans: ActorSpan[];
  registry: ActorRegistry;
  /** CoreNLP's entity class of persons. */
  personType: string;
  /** Pronouns that stand for whoever speaks ("we", "our", "I"). */
  firstPerson: ReadonlySet<string>;
}

/** A heading's person is a full name: a surname alone ("Bishop") may be anyone's. */
const MIN_NAME_TOKENS = 2;
const QUOTATION_MARK = /["“”«»]/u;

/**
 * "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference", then "A: … We demand that Vietnam …": the
 * one person a document's heading names speaks the first person of its body that no quotation and no speaker label
 * attributes, when the body does speak in the first person (a statement, a media release, a press conference whose
 * answers are labelled "A:"). The person becomes an actor (a span at the heading's mention), so an answer label
 * falls back to them (src/extract/discourse/turn-speakers.ts); each body paragraph that says "we"/"I" outside
 * quotation marks and outside every turn is theirs. Not proposed: a heading naming none or several persons, or a
 * body with no first person outside quotations (a news story naming its subject in the headline). Returns the
 * paragraphs as turns of that speaker. Mutates `registry` and `spans`.
 */
export function headingSpeaker(input: HeadingSpeakerInput): { speaker: Actor; paragraphs: TurnSpan[] } | null {
  const { text, parse, sentences, spans, registry, personType, firstPerson } = input;
  const heading = headingSentences(sentences);
  if (!heading.length) return null;
  const inHeading = (start: number, end: number) => heading.some((s) => s.start <= start && end <= s.end);
  const mentions: { name: string; start: number; end: number }[] = [];
  for (const s of parse.sentences)
    for (const e of s.entities) {
      if (e.ner !== personType || e.end - e.start < MIN_NAME_TOKENS) continue;
      const first = s.tokens[e.start]!;
      const last = s.tokens[e.end - 1]!;
      if (inHeading(first.start, last.end)) mentions.push({ name: text.slice(first.start, last.end), start: first.start, end: last.end });
    }
  if (new Set(mentions.map((m) => m.name)).size !== 1) return null;
  const paragraphs = firstPersonParagraphs(text, parse, sentences, firstPerson);
  if (!paragraphs.length) return null;
  const mention = mentions[0]!;
  const known = registry.find(mention.name);
  if (known && registry.resolve(known).kind !== 'PERSON') return null;
  // (emitted only when a relation of theirs is: a heading's name is no finding by itself)
  const speaker = registry.resolve(known ?? registry.create(mention.name, 'PERSON', [], { active: false }));
  for (const m of mentions) if (!spans.some((s) => s.start < m.end && m.start < s.end)) spans.push({ start: m.start, end: m.end, actor: speaker });
  // (a labelled paragraph is a turn of its own: "A:" falls back to the heading's person there, "Q:" is nobody's)
  const unlabelled = paragraphs.filter((p) => !p.labelled);
  return { speaker, paragraphs: unlabelled.map((p) => ({ start: p.start, end: p.end, speaker })) };
}

/** The title and byline: the first sentence, and every one up to the first body sentence after it. */
function headingSentences(sentences: readonly Sentence[]): Sentence[] {
  const heading: Sentence[] = [];
  for (const [i, s] of sentences.entries()) {
    if (i > 0 && s.kind === 'body') break;
    heading.push(s);
  }
  return heading;
}

/** Body paragraphs with no quotation mark that say "we"/"I": their character ranges, and whether a speaker label opens them. */
function firstPersonParagraphs(
  text: string,
  parse: ParsedDocument,
  sentences: readonly Sentence[],
  firstPerson: ReadonlySet<string>,
): { start: number; end: number; labelled: boolean }[] {
  const ranges = new Map<number, { start: number; end: number; labelled: boolean }>();
  for (const s of sentences) {
    if (s.kind !== 'body') continue;
    const range = ranges.get(s.paragraph);
    ranges.set(s.paragraph, range ? { ...range, end: s.end } : { start: s.start, end: s.end, labelled: speakerLabel(text, s) !== null });
  }
  const quoted = (start: number) => parse.quotes.some((q) => q.start <= start && start < q.end);
  const speaking = [...ranges.values()].filter(
    (p) =>
      !QUOTATION_MARK.test(text.slice(p.start, p.end)) &&
      parse.sentences.some((s) => s.tokens.some((t) => t.start >= p.start && t.end <= p.end && firstPerson.has(t.word.toLowerCase()) && !quoted(t.start))),
  );
  return speaking;
}
