import type { ParsedDocument } from '../../nlp/document.js';
import { type DependencyGraph, graphOf } from '../structure/dependency-graph.js';

/** Arcs that make a token the subject of a clause. */
const SUBJECT_RELS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass', 'nsubj:xsubj']);

/** Arcs by which a name is the same thing as the noun it hangs from: "The Foreign Minister of the Netherlands, Frans Timmermans". */
const SAME_AS_RELS: ReadonlySet<string> = new Set(['appos', 'compound', 'flat']);

/** How a span of the text stands in its sentence's clauses. */
export interface ClauseSubjects {
  /** Whether the characters [start, end) name the subject of a clause (any clause of the sentence). */
  isSubject(start: number, end: number): boolean;
  /** Whether the main clause of the sentence holding character `at` has for subject a bare title ("The Prime Minister announced that …"). */
  titleLeads(at: number): boolean;
}

/**
 * Who the clauses of CoreNLP's parse are about: a span is a clause's subject when one of its tokens is, or stands in
 * apposition to one or is part of its name ("Foreign Ministry spokesman Badr Abdel Atty said", "The Vice President and
 * Government spokesperson, Compañera Rosario Murillo, said").
 *
 * Why: "he" in the next sentence is most often the last person who was a clause's subject. Word order alone takes
 * the first actor of the sentence as its subject, and "of the Netherlands", "In Stralsund, Germany," or "Foreign
 * Ministry" open sentences whose subject is the person named after them. Pure.
 */
export function clauseSubjects(doc: ParsedDocument): ClauseSubjects {
  const graph = (s: number) => graphOf(doc.sentences[s]!);
  const sentenceAt = (at: number) => doc.sentences.findIndex((x) => x.start <= at && at < x.end);
  const subject = (g: DependencyGraph, token: number): boolean => g.incoming(token).some((a) => SUBJECT_RELS.has(a.rel));
  return {
    isSubject(start, end) {
      const s = sentenceAt(start);
      if (s < 0) return false;
      const g = graph(s);
      return doc.sentences[s]!.tokens.some(
        (t, i) =>
          t.start >= start &&
          t.end <= end &&
          (subject(g, i) || g.incoming(i).some((a) => SAME_AS_RELS.has(a.rel.split(':')[0]!) && subject(g, a.gov) && (a.gov < i || a.rel.startsWith('appos')))),
      );
    },
    titleLeads(at) {
      const s = sentenceAt(at);
      if (s < 0) return false;
      const g = graph(s);
      const root = g.sentence.arcs.find((a) => a.gov < 0)?.dep;
      if (root === undefined) return false;
      const subjects = g.children(root, (rel) => SUBJECT_RELS.has(rel));
      return subjects.some((t) => g.sentence.tokens[t]?.ner === 'TITLE' && !g.children(t, (rel) => rel === 'appos' || rel.startsWith('nmod')).length);
    },
  };
}
