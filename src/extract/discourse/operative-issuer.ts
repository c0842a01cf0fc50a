import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import type { ActorSpan } from '../structure/actor-spans.js';

/**
 * A preambular paragraph of a resolution ("Recalling its resolution 2085 (2012),", "Deeply concerned by …"): it
 * stands between the adopting body and the operative paragraphs and names other bodies, never the adopter.
 */
const PREAMBULAR =
  /^\s*(?:\p{Lu}\p{Ll}+ing\b|(?:Deeply|Gravely|Seriously|Strongly)\s+\p{Ll}+|Mindful|Concerned|Alarmed|Aware|Conscious|Convinced|Determined|Bearing|Having)/u;
/** How many paragraphs before the first operative one the adopting body is looked for. */
const MAX_PREAMBLE_PARAGRAPHS = 40;

/** A communiqué's operative part: who adopted it, when, and the paragraphs it speaks in. */
export interface OperativePart {
  issuer: Actor;
  /** The day the text names where it names the adopter ("at its 544th meeting held on 18 September 2015"), else null. */
  adoptedOn: string | null;
  /** Each operative paragraph, from its number to the paragraph's end. */
  paragraphs: { start: number; end: number }[];
  /** A span of the adopter at each implicit subject. */
  spans: ActorSpan[];
}

/** A full day as CoreNLP normalises it. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "The Peace and Security Council of the African Union (AU), at its 544th meeting …, adopted the following decision
 * …: Council, 1. Strongly condemns …": the body that adopts a communiqué or resolution is the subject of each of its
 * numbered operative paragraphs, where CoreNLP was given the pronoun "It" (`parse.implicitSubjects`,
 * src/nlp/operative-paragraphs.ts), and what they say it does it does the day it adopts them. The adopter is the first
 * body (not a person) named in the nearest paragraph before the operative ones that names one, past preambular
 * paragraphs ("Recalling …"); the day, the one named there or else the last named before it. Null when the text has no operative paragraphs or names no body before them. Pure.
 */
export function operativePart(text: string, parse: ParsedDocument, spans: readonly ActorSpan[], resolve: (a: Actor) => Actor): OperativePart | null {
  const subjects = parse.implicitSubjects ?? [];
  const first = subjects[0];
  if (!first) return null;
  const found = adopter(text, first.start, spans, resolve);
  if (!found) return null;
  const { issuer, paragraph } = found;
  // the day the adopter's paragraph names ("at its 544th meeting held on 18 September 2015"), else the nearest before
  // it (a heading's "adopted … on 4 December 2026"); never a preambular paragraph's ("Recalling its resolution of …")
  const days = parse.sentences.flatMap((s) => s.tokens).filter((t) => t.end <= paragraph.end && t.timex?.type === 'DATE' && DAY.test(t.timex.value));
  const adoptedOn = days.find((t) => paragraph.start <= t.start)?.timex?.value ?? days.at(-1)?.timex?.value ?? null;
  return {
    issuer,
    adoptedOn,
    paragraphs: subjects.map(({ start }) => ({ start, end: paragraphEnd(text, start) })),
    spans: subjects.map(({ start, end }) => ({ start, end, actor: issuer })),
  };
}

function paragraphEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function adopter(
  text: string,
  before: number,
  spans: readonly ActorSpan[],
  resolve: (a: Actor) => Actor,
): { issuer: Actor; paragraph: { start: number; end: number } } | null {
  let end = text.lastIndexOf('\n', before);
  for (let n = 0; n < MAX_PREAMBLE_PARAGRAPHS && end > 0; n += 1) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const paragraph = text.slice(start, end);
    if (paragraph.trim() && !PREAMBULAR.test(paragraph)) {
      const issuer = spans
        .filter((s) => start <= s.start && s.end <= end)
        .sort((a, b) => a.start - b.start)
        .map((s) => resolve(s.actor))
        .find((a) => a.kind !== 'PERSON');
      if (issuer) return { issuer, paragraph: { start, end } };
    }
    end = start - 1;
  }
  return null;
}
