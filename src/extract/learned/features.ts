import type { ParsedDocument } from '../../nlp/document.js';
import type { DependencyGraph } from '../structure/dependency-graph.js';
import type { Lexicon } from '../structure/lexicon.js';
import { dependencyPath, pathTop, type PathStep } from './dependency-path.js';
import type { ActorMention } from './mentions.js';

/**
 * The version of the feature code: bump it whenever `pairFeatures` (or what it reads) changes, so the committed model is
 * known stale and retrained (`npm run train:relations`).
 */
export const FEATURE_VERSION = 3;

/** Paths longer than this many arcs are only "long": their exact shape is too rare to learn from. */
const MAX_PATH_ARCS = 6;
/** Words between the two mentions are features only when they stand at most this many tokens apart. */
const MAX_BETWEEN_TOKENS = 12;
const NEGATORS = new Set(['not', "n't", 'never', 'no']);

/** Lemmas of content words (verbs, nouns, adjectives): the triggers a path or a stretch of words carries. */
const isContent = (pos: string) => pos.startsWith('VB') || pos.startsWith('NN') || pos.startsWith('JJ');

const distanceBucket = (tokens: number) => (tokens <= 2 ? 'adjacent' : tokens <= 5 ? 'near' : tokens <= 10 ? 'mid' : 'far');

/**
 * What a linear model reads of an ordered pair of actor mentions in one sentence (source candidate `a`, target candidate
 * `b`): the dependency path between their heads (arcs and lemmas), its top (the lowest common head), the trigger words on
 * and around it, each end's own arc, negation, modality and reporting cues, the kinds of the two actors, their order
 * and distance. Pure; the same parse always gives the same features in the same order.
 */
export function pairFeatures(doc: ParsedDocument, s: number, g: DependencyGraph, a: ActorMention, b: ActorMention, lex: Lexicon): string[] {
  const tokens = doc.sentences[s]!.tokens;
  const f: string[] = ['bias'];
  const lemma = (t: number) => g.lemma(t);
  const kinds = `${a.actor.kind}>${b.actor.kind}`;
  f.push(`kinds=${kinds}`);
  const ab = a.start < b.start;
  f.push(`order=${ab ? 'ab' : 'ba'}`);
  const gap = ab ? b.start - a.end : a.start - b.end;
  f.push(`dist=${distanceBucket(gap)}`);
  if (a.coref) f.push('a.coref');
  if (b.coref) f.push('b.coref');

  const arcOf = (m: ActorMention) => {
    const arc = g.incoming(m.head)[0];
    return arc ? { rel: arc.rel, gov: arc.gov } : { rel: 'root', gov: -1 };
  };
  const aArc = arcOf(a);
  const bArc = arcOf(b);
  f.push(`a.arc=${aArc.rel}`, `b.arc=${bArc.rel}`, `arcs=${aArc.rel}|${bArc.rel}`);
  if (aArc.gov >= 0) f.push(`a.gov=${lemma(aArc.gov)}`, `a.arc+gov=${aArc.rel}|${lemma(aArc.gov)}`);
  if (bArc.gov >= 0) f.push(`b.gov=${lemma(bArc.gov)}`, `b.arc+gov=${bArc.rel}|${lemma(bArc.gov)}`);

  const path = dependencyPath(g, a.head, b.head);
  if (!path) {
    f.push('path=none');
  } else {
    const shape = path.map((p) => `${p.up ? '<' : '>'}${p.rel}`).join('');
    f.push(path.length > MAX_PATH_ARCS ? 'path=long' : `path=${shape}`);
    f.push(`pathlen=${Math.min(path.length, MAX_PATH_ARCS + 1)}`);
    const inner = path.slice(0, -1).map((p) => p.to);
    if (path.length <= MAX_PATH_ARCS) f.push(`pathlex=${lexicalPath(path, lemma)}`);
    const top = pathTop(a.head, path);
    const topLemma = lemma(top);
    const topPos = g.pos(top).slice(0, 2);
    f.push(`top=${topLemma}`, `top.pos=${topPos}`, `top+arcs=${topLemma}|${aArc.rel}|${bArc.rel}`);
    if (path.length <= MAX_PATH_ARCS) f.push(`top+path=${topLemma}|${shape}`);
    for (const t of inner) {
      if (!isContent(g.pos(t))) continue;
      f.push(`on=${lemma(t)}`);
      for (const c of lexicalClasses(g, t, lex)) f.push(`onlex=${c}`, `onlex+kinds=${c}|${kinds}`);
    }
    // the path with its words generalised to their lexicon classes: "<nsubj CRITICIZED >obj" for condemn, denounce, blast…
    if (path.length <= MAX_PATH_ARCS) f.push(`classpath=${classPath(path, g, lex)}`);
    const aSide = [...path].reverse().find((p) => p.up && p.to === top);
    const bSide = path.find((p, i) => !p.up && (i === 0 ? a.head : path[i - 1]!.to) === top);
    for (const c of lexicalClasses(g, top, lex)) f.push(`toplex=${c}`, `toplex+roles=${c}|${aSide?.rel ?? '-'}|${bSide?.rel ?? '-'}`);
    const first = path[0];
    const last = path.at(-1);
    if (first) f.push(`a.step=${first.up ? '<' : '>'}${first.rel}|${lemma(first.to)}`);
    if (last) f.push(`b.step=${last.up ? '>' : '<'}${last.rel}|${lemma(path.length > 1 ? path.at(-2)!.to : a.head)}`);
    // how the clause at the top holds the event: negation, modals, passive voice, reporting
    const topChildren = g.outgoing(top);
    if (topChildren.some((arc) => (arc.rel === 'advmod' || arc.rel === 'det') && NEGATORS.has(lemma(arc.dep)))) f.push('neg');
    for (const arc of topChildren) {
      if (arc.rel === 'aux' && (lex.plannedAux.has(lemma(arc.dep)) || lex.hypotheticalAux.has(lemma(arc.dep)))) f.push(`modal=${lemma(arc.dep)}`);
      if (arc.rel === 'nsubj:pass' || arc.rel === 'aux:pass') f.push('passive');
    }
    const governor = g.incoming(top)[0];
    if (governor && governor.rel === 'ccomp' && lex.reportingVerbs.has(lemma(governor.gov))) f.push('reported');
    if (governor && governor.rel === 'xcomp') f.push(`under=${lemma(governor.gov)}`);
  }

  if (gap <= MAX_BETWEEN_TOKENS) {
    const [from, to] = ab ? [a.end, b.start] : [b.end, a.start];
    for (let t = from; t < to; t += 1) {
      if (!isContent(tokens[t]!.pos)) continue;
      f.push(`between=${lemma(t)}`);
      for (const c of lexicalClasses(g, t, lex)) f.push(`betweenlex=${c}`);
    }
  }
  // inside a quotation (the words of a speaker rather than the narrator)
  const at = tokens[a.head]!.start;
  if (doc.quotes.some((q) => q.start <= at && at < q.end)) f.push('quoted');
  return f;
}

/**
 * What the project's lexicons say a word is: the relation types the trigger lexicon (rules/relations.json) gives it as a
 * verb or an event noun, and its structure.json cue families (claim noun, dismissal, light, receiving, reporting verb).
 * These let the model carry what it learns of one trigger to every word of its type.
 */
export function lexicalClasses(g: DependencyGraph, t: number, lex: Lexicon): string[] {
  const pos = g.pos(t);
  const l = g.lemma(t);
  const classes = new Set<string>();
  if (pos.startsWith('VB')) {
    for (const rule of lex.verbs.get(l) ?? []) classes.add(rule.type);
    if (lex.dismissalVerbs.has(l)) classes.add('dismissal');
    if (lex.lightVerbs.has(l)) classes.add('light');
    if (lex.receivingVerbs.has(l)) classes.add('receiving');
    if (lex.reportingVerbs.has(l)) classes.add('reporting');
  } else if (pos.startsWith('NN')) {
    for (const { rule } of lex.nouns.get(g.word(t)) ?? lex.nouns.get(l) ?? []) classes.add(rule.type);
    if (lex.claimNouns.has(l) || lex.claimNouns.has(g.word(t))) classes.add('claim');
    if (lex.rejectableNouns.has(g.word(t))) classes.add('rejectable');
  }
  return [...classes].sort();
}

/** The path's arcs with each word it passes through as its lexicon classes, else its part of speech. */
function classPath(path: PathStep[], g: DependencyGraph, lex: Lexicon): string {
  return path
    .map((p, i) => {
      const arc = `${p.up ? '<' : '>'}${p.rel}`;
      if (i === path.length - 1) return arc;
      const classes = lexicalClasses(g, p.to, lex);
      return `${arc} ${classes.length ? classes.join('/') : g.pos(p.to).slice(0, 2)} `;
    })
    .join('');
}

/** "<nsubj condemn >obj": the path's arcs with the lemmas of the words it passes through. */
function lexicalPath(path: PathStep[], lemma: (t: number) => string): string {
  return path.map((p, i) => `${p.up ? '<' : '>'}${p.rel}${i < path.length - 1 ? ` ${lemma(p.to)} ` : ''}`).join('');
}
