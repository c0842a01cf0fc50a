import type { ParsedDocument } from '../../nlp/document.js';
import { type DependencyGraph, wordAt } from '../structure/dependency-graph.js';
import { precisionRules } from './precision-rules.js';

/**
 * Precision guard: a relation told inside a clause that asks for it, offers it, calls it off or supposes it, or told in
 * a question, did not happen, so the extractor proposes nothing ("called on Arab states to sever ties with Israel" is
 * no sanction by anyone; "offered to mediate", "called off a meeting with", "if it attacked the country", "Will he
 * press the Iranian authorities …?"); nor one a clause suspends ("has suspended its aid to Burundi": the clause
 * tells the stop, a sanction, not the support). Read from the parse: the sentence's last word for a question, else the arcs from
 * the relation's trigger up to its clause's governors (rules/precision.json).
 */

/** Why a relation is not told as having happened. */
export type Unasserted = 'requested' | 'offered' | 'cancelled' | 'ended' | 'denied' | 'alleged' | 'supposed' | 'asked';

/** Closing quotation marks a question mark may stand before at a sentence's end, and the marks that open a quotation. */
const CLOSING_QUOTES = new Set(['"', '”', "''", '’', "'"]);
const OPENING_QUOTES = new Set(['"', '“', '``', '‘', '`']);

/**
 * Where the question a sentence ends with begins, or null when it asks nothing: "Will the minister summon the American
 * ambassador?" asks from its first word; "Lavrov said the sanctions had failed, and asked: 'What will Washington do
 * next?'" only from its quotation's opening mark, the words before it tell.
 */
function questionStart(words: readonly string[]): number | null {
  let last = words.length - 1;
  let quoted = false;
  while (last > 0 && CLOSING_QUOTES.has(words[last]!)) {
    last -= 1;
    quoted = true;
  }
  if (words[last] !== '?') return null;
  if (!quoted) return 0;
  for (let k = last - 1; k >= 0; k -= 1) if (OPENING_QUOTES.has(words[k]!)) return k;
  return 0;
}

/** A word of the lexicon: its lemma, and the particle or preposition it needs ("call on", "call off"), if any. */
interface Governor {
  lemma: string;
  particle: string | null;
}

interface PrecisionLexicon {
  governors: { kind: Exclude<Unasserted, 'supposed' | 'alleged'>; words: Governor[] }[];
  accuseVerbs: Set<string>;
  conditionMarks: Set<string>;
  /** Request verbs whose infinitive stands once the sentence tells the guest accepted ("invited Putin to visit China …, and Putin accepted"). */
  invitationVerbs: Set<string>;
  acceptanceVerbs: Set<string>;
  /** Verbs that ask their infinitive of their object only ("expected Libya to cooperate"; not "is expected to meet"). */
  objectRequestVerbs: Set<string>;
}

let cached: PrecisionLexicon | null = null;

function loadPrecisionLexicon(): PrecisionLexicon {
  if (cached) return cached;
  const file = precisionRules();
  const words = (list: string[]): Governor[] =>
    list.map((w) => {
      const [lemma, particle] = w.split(' ') as [string, string?];
      return { lemma, particle: particle ?? null };
    });
  cached = {
    governors: [
      { kind: 'requested', words: words(file.requestVerbs) },
      { kind: 'offered', words: words(file.offerWords) },
      { kind: 'cancelled', words: words(file.cancelVerbs) },
      { kind: 'ended', words: words(file.endVerbs) },
      { kind: 'denied', words: words(file.denyVerbs) },
    ],
    accuseVerbs: new Set(file.accuseVerbs),
    conditionMarks: new Set(file.conditionMarks),
    invitationVerbs: new Set(file.invitationVerbs),
    acceptanceVerbs: new Set(file.acceptanceVerbs),
    objectRequestVerbs: new Set(file.objectRequestVerbs),
  };
  return cached;
}

/** The arcs by which a governor takes the event it asks for, offers or calls off: a clause, or an event noun as object or "for" phrase. */
const COMPLEMENT_ARCS = new Set(['xcomp', 'ccomp', 'obj', 'obl:for']);
/** Arcs that close the trigger's clause off from the words above it (a relative clause, a participle, an aside, an adverbial). */
const BOUNDARY_ARCS = [/^acl/, /^parataxis/, /^advcl/, /^root$/];
/** Arcs added by enhanced++ that are no way up the clause (a controlled subject, a relative pronoun's antecedent). */
const SIDE_ARCS = [/^nsubj/, /^ref$/, /^csubj/];
/** How many arcs up from the trigger the guard looks. */
const MAX_STEPS = 8;

/** Why the relation told by the word at character `trigger` is not told as having happened, or null when it is (or the parse does not say). */
export function unasserted(parse: ParsedDocument, trigger: number): Unasserted | null {
  const word = wordAt(parse, trigger);
  if (!word) return null;
  const { g, token } = word;
  const sentence = g.sentence;
  const asks = questionStart(sentence.tokens.map((t) => t.word));
  if (asks !== null && token >= asks) return 'asked';
  const lex = loadPrecisionLexicon();
  let node = token;
  // a condition supposes the event of its own predicate ("if it attacked the country"), not what a noun or a clause
  // joined to it tells ("if the UAE did not withdraw its invitation to Swaraj": the invitation stands)
  let predicate = g.pos(token).startsWith('VB');
  // what an accusation alleges is the trigger's own clause or event noun ("accused Kigali of supporting the M23 rebels and
  // of deploying its troops"), not an aside on it ("accused Pakistan of sponsoring the attack, a charge Islamabad rejected")
  let ownClause = true;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const arc = g.incoming(node).find((a) => !SIDE_ARCS.some((r) => r.test(a.rel)));
    if (!arc) return null;
    if (ownClause && /^(advcl|obl):(of|for)$/.test(arc.rel) && lex.accuseVerbs.has(g.lemma(arc.gov))) return 'alleged';
    if (!/^(conj|xcomp)/.test(arc.rel)) ownClause = false;
    // "declined to say whether Honduras had asked for American help", "it is not clear whether Belarus has agreed":
    // a clause that is an open question tells nothing happened (an adverbial "if" is a condition, below)
    if (!/^advcl/.test(arc.rel) && g.children(node, 'mark').some((m) => g.word(m) === 'whether' || (g.word(m) === 'if' && arc.rel === 'ccomp'))) return 'asked';
    if (/^advcl/.test(arc.rel)) {
      const marks = [...g.children(node, 'mark').map((m) => g.lemma(m)), arc.rel.slice('advcl:'.length)];
      // "warned his partners against recognising it", "cautioned against meeting him": what one is warned against is not done
      if (marks.includes('against') && g.pos(node) === 'VBG') return 'requested';
      return predicate && marks.some((m) => lex.conditionMarks.has(m)) ? 'supposed' : null;
    }
    if (arc.rel !== 'xcomp') predicate = false;
    if (BOUNDARY_ARCS.some((r) => r.test(arc.rel))) return null;
    if (COMPLEMENT_ARCS.has(arc.rel)) {
      const kind = governorKind(g, arc.gov, lex);
      // an invitation the guest accepted makes its event one that will happen, not one only asked for
      const accepted = lex.invitationVerbs.has(g.lemma(arc.gov)) && sentence.tokens.some((_, t) => lex.acceptanceVerbs.has(g.lemma(t)));
      if (kind) return accepted ? null : kind;
    }
    node = arc.gov;
  }
  return null;
}

function governorKind(g: DependencyGraph, token: number, lex: PrecisionLexicon): Exclude<Unasserted, 'supposed' | 'alleged'> | null {
  const lemma = g.lemma(token);
  // "call on X to", "call upon X to", "call off the meeting": a particle (compound:prt) or the preposition of an oblique
  const particles = new Set([
    ...g.children(token, 'compound:prt').map((p) => g.lemma(p)),
    ...g.outgoing(token).flatMap((a) => (a.rel.startsWith('obl:') ? [a.rel.slice('obl:'.length)] : [])),
  ]);
  for (const { kind, words } of lex.governors) if (words.some((w) => w.lemma === lemma && (w.particle === null || particles.has(w.particle)))) return kind;
  if (lex.objectRequestVerbs.has(lemma) && g.children(token, 'obj').length) return 'requested';
  return null;
}
