import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import type { ActorSpan } from '../structure/actor-spans.js';
import { graphOf } from '../structure/dependency-graph.js';
import type { TurnSpan } from './turn-speakers.js';

/** Arcs that make a token the subject of its clause. */
const SUBJECT_RELS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass']);

/** Arcs by which a name is the subject noun itself: "The Chair of the Conference …, the Honourable Kamla Persad-Bissessar, …". */
const SAME_AS_RELS: ReadonlySet<string> = new Set(['appos', 'compound', 'flat']);

/**
 * "Foreign Minister Sigmar Gabriel made the following statement …:" then a quotation: whoever the sentence ending in
 * the colon has for the subject of its main clause speaks the quotation, when CoreNLP's quote attribution names
 * nobody for it (it looks for a speech verb next to the quotation, and a statement introduced the sentence before has
 * none). Why: a statement quoted in full speaks in the first person throughout ("We call on the Government of the
 * Dominican Republic …"), and its "we" and "our" are its speaker's. Only a sentence whose last token is the colon
 * introduces a quotation ('Picardo: "We will not be bullied"' in a headline is a label, not a clause), and only an
 * actor the text names at the subject or in apposition to it speaks. Returns the quotations as turns of their
 * speakers. Pure.
 */
export function colonQuoteSpeakers(text: string, parse: ParsedDocument, spans: readonly ActorSpan[], resolve: (a: Actor) => Actor): TurnSpan[] {
  const turns: TurnSpan[] = [];
  for (const quote of parse.quotes) {
    if (quote.speakerStart !== null) continue;
    const before = text.slice(0, quote.start).trimEnd();
    if (!before.endsWith(':')) continue;
    const s = parse.sentences.findIndex((x) => x.end === before.length);
    if (s < 0) continue;
    const speaker = mainSubjectActor(parse, s, spans, resolve);
    if (speaker) turns.push({ start: quote.start, end: quote.end, speaker });
  }
  return turns;
}

/**
 * The actor named at the subject of sentence `s`'s main clause or in apposition to it; else the one person the words
 * from the subject to the main verb name (CoreNLP hangs "the Honourable Kamla Persad-Bissessar" in "The Chair of the
 * Conference of Heads of Government of the Caribbean Community (CARICOM), the Honourable Kamla Persad-Bissessar, …, made"
 * from the nearest noun, not from "Chair"); null when neither names one.
 */
function mainSubjectActor(parse: ParsedDocument, s: number, spans: readonly ActorSpan[], resolve: (a: Actor) => Actor): Actor | null {
  const sentence = parse.sentences[s]!;
  const g = graphOf(sentence);
  const root = sentence.arcs.find((a) => a.gov < 0)?.dep;
  if (root === undefined) return null;
  const actorAt = (t: number): Actor | null => {
    const token = sentence.tokens[t]!;
    const span = spans.find((x) => x.start <= token.start && token.end <= x.end);
    return span ? resolve(span.actor) : null;
  };
  for (const subject of g.children(root, (rel) => SUBJECT_RELS.has(rel))) {
    const named = [subject, ...g.children(subject, (rel) => SAME_AS_RELS.has(rel.split(':')[0]!))].map(actorAt).find((a) => a !== null);
    if (named) return named;
    if (subject > root) continue;
    const persons = new Set<Actor>();
    for (let t = subject; t < root; t += 1) {
      const actor = actorAt(t);
      if (actor?.kind === 'PERSON') persons.add(actor);
    }
    if (persons.size === 1) return [...persons][0]!;
  }
  return null;
}
