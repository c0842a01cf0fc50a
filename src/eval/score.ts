import type { BriefingFile } from '../ingest/briefing-format.js';
import { foldName, lookupKeys } from '../text/fold.js';
import { SYMMETRIC_RELATION_TYPES } from '../vocabulary/relation-types.js';
import { goldActorIndex, goldActorKeys, type GoldFile } from './gold.js';

/**
 * Scores a draft against gold annotations. Pure.
 * - Actors match when any folded name or alias agrees (case, accents, punctuation and a leading "the" ignored);
 *   each gold actor is matched once, a second predicted actor for it is a false positive.
 * - A predicted relation matches a gold one when both ends match and its type is the gold type or one of
 *   `alt_types`; the target may be one of `alt_targets`; symmetric types match either way round.
 * - Neither for nor against: a prediction matching an optional gold relation (counted apart as `optionalOnly`, for the
 *   strict precision that counts them wrong), a second prediction of an
 *   already matched gold relation, an AFFILIATED_WITH implied by a role (predicted roles with `of`, or gold
 *   role titles such as "Russian Defense Minister") that no gold relation states. A predicted role's
 *   affiliation that does match a stated gold relation counts for.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface RelationOutcome {
  source: string;
  type: string;
  target: string;
  date: string | null;
}

export interface FileScore {
  id: string;
  actors: Counts;
  relations: Counts;
  /** Matched relations whose date agrees with the gold (both null counts as agreeing). */
  datesCorrect: number;
  datesTotal: number;
  neutral: number;
  /** Proposed relations whose only matching gold relations are optional (part of `neutral`): an annotator without "optional" may count them wrong. */
  optionalOnly: number;
  falsePositives: RelationOutcome[];
  falseNegatives: RelationOutcome[];
  /** Per relation of the draft, in its order: whether the gold bears it out (a match, also of an optional or already matched gold relation, or an affiliation a gold role implies). */
  borneOut: boolean[];
  /** Matched relations whose date differs from the gold's: the prediction, with the gold date. */
  dateMismatches: (RelationOutcome & { goldDate: string | null })[];
  missedActors: string[];
  extraActors: string[];
}

export interface ScoreOptions {
  /** Folded demonym → state name ("russian" → "Russia"), to read gold role titles. */
  demonyms: ReadonlyMap<string, string>;
}

const SYMMETRIC: ReadonlySet<string> = new Set(SYMMETRIC_RELATION_TYPES);

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
/** Precision counting the predictions that matched only an optional gold relation as wrong. */
export function strictPrecision(c: Counts, optionalOnly: number): number {
  return c.tp + c.fp + optionalOnly === 0 ? 1 : c.tp / (c.tp + c.fp + optionalOnly);
}
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}
export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

interface PredictedRelation extends RelationOutcome {
  implied: boolean;
}

/** A draft relation's verdict: it matches a stated gold relation; it is neither for nor against (see above); it matches none. */
export type RelationVerdict = 'right' | 'neutral' | 'wrong';

/** The gold of one briefing, read once for matching: each actor's folded keys, each relation's ends and types, the affiliations its role titles imply. */
interface GoldIndex {
  goldKeys: Set<string>[];
  goldRelations: { g: GoldFile['relations'][number]; source: number; targets: number[]; types: string[] }[];
  impliedGold: Set<string>;
}

function indexGold(gold: GoldFile, options: ScoreOptions): GoldIndex {
  const goldKeys = goldActorKeys(gold);
  const goldIndexByName = (name: string): number => goldActorIndex(goldKeys, name);
  const goldRelations = gold.relations.map((g) => ({
    g,
    source: goldIndexByName(g.source),
    targets: [g.target, ...(g.alt_targets ?? [])].map(goldIndexByName),
    types: [g.type, ...(g.alt_types ?? [])],
  }));
  return { goldKeys, goldRelations, impliedGold: impliedAffiliations(gold, goldKeys, options) };
}

/** Each predicted actor's gold actor (by id): the first it matches that no earlier actor took, else the first it matches; `matchedGold` those taken. */
function alignActors(actors: readonly { id: string; name: string; aliases: readonly string[] }[], goldKeys: Set<string>[]) {
  const alignment = new Map<string, number>();
  const matchedGold = new Set<number>();
  const unmatched: string[] = [];
  for (const actor of actors) {
    // actors match as the graph matches them: on any folded name or alias (src/text/fold.ts)
    const keys = lookupKeys(actor.name, actor.aliases);
    const candidates = goldKeys.map((g, i) => (keys.some((k) => g.has(k)) ? i : -1)).filter((i) => i >= 0);
    const free = candidates.find((i) => !matchedGold.has(i));
    const chosen = free ?? candidates[0];
    if (chosen !== undefined) alignment.set(actor.id, chosen);
    if (free !== undefined) matchedGold.add(free);
    else unmatched.push(actor.name);
  }
  return { alignment, matchedGold, unmatched };
}

/**
 * How one predicted relation fares against the gold, its actors aligned: the gold relations it matches (`fresh`: the first
 * stated one not in `matched`), and its verdict. The one matching rule of this file.
 */
function judge(p: PredictedRelation, alignment: ReadonlyMap<string, number>, index: GoldIndex, matched: ReadonlySet<number>) {
  const s = alignment.get(p.source);
  const t = alignment.get(p.target);
  const candidates =
    s === undefined || t === undefined
      ? []
      : index.goldRelations
          .map((g, i) => {
            if (!g.types.includes(p.type)) return -1;
            if (s === g.source && g.targets.includes(t)) return i;
            return SYMMETRIC.has(p.type) && t === g.source && g.targets.includes(s) ? i : -1;
          })
          .filter((i) => i >= 0);
  const fresh = candidates.find((i) => !index.goldRelations[i]!.g.optional && !matched.has(i));
  const impliedByGoldRole = p.type === 'AFFILIATED_WITH' && s !== undefined && t !== undefined && index.impliedGold.has(`${s}|${t}`);
  const verdict: RelationVerdict = fresh !== undefined ? 'right' : candidates.length || p.implied || impliedByGoldRole ? 'neutral' : 'wrong';
  return { candidates, fresh, verdict };
}

/**
 * A verdict on one relation between two actors, as `scoreBriefing` gives it when the draft holds those two actors (no
 * roles) and that relation alone: what the reranker learns from (src/extract/learned/rerank-training.ts). Reads the gold once.
 */
export function verdictAlone(
  gold: GoldFile,
  options: ScoreOptions,
): (source: { name: string; aliases: readonly string[] }, type: string, target: { name: string; aliases: readonly string[] }) => RelationVerdict {
  const index = indexGold(gold, options);
  return (source, type, target) => {
    const { alignment } = alignActors(
      [
        { id: 'source', ...source },
        { id: 'target', ...target },
      ],
      index.goldKeys,
    );
    return judge({ source: 'source', type, target: 'target', date: null, implied: false }, alignment, index, new Set()).verdict;
  };
}

export function scoreBriefing(predicted: BriefingFile, gold: GoldFile, options: ScoreOptions): FileScore {
  const index = indexGold(gold, options);

  // actors
  const { alignment, matchedGold, unmatched: extraActors } = alignActors(predicted.actors, index.goldKeys);
  const missedActors = gold.actors.filter((_, i) => !matchedGold.has(i)).map((a) => a.name);
  const actors: Counts = { tp: matchedGold.size, fp: extraActors.length, fn: missedActors.length };

  // relations: explicit, then affiliations implied by predicted roles
  const nameOf = new Map(predicted.actors.map((a) => [a.id, a.name]));
  const preds: PredictedRelation[] = predicted.relations.map((r) => ({
    source: r.source,
    type: r.type,
    target: r.target,
    date: r.date ?? null,
    implied: false,
  }));
  for (const a of predicted.actors) {
    for (const role of a.roles) if (role.of) preds.push({ source: a.id, type: 'AFFILIATED_WITH', target: role.of, date: null, implied: true });
  }
  const { goldRelations } = index;

  const relations: Counts = { tp: 0, fp: 0, fn: 0 };
  const matched = new Set<number>();
  let neutral = 0;
  let optionalOnly = 0;
  let datesCorrect = 0;
  let datesTotal = 0;
  const falsePositives: RelationOutcome[] = [];
  const dateMismatches: FileScore['dateMismatches'] = [];
  const borneOut: boolean[] = [];
  for (const p of [...preds.filter((x) => !x.implied), ...preds.filter((x) => x.implied)]) {
    // the draft's own relations come first, in its order
    const { candidates, fresh, verdict } = judge(p, alignment, index, matched);
    if (!p.implied) borneOut.push(verdict !== 'wrong');
    if (fresh !== undefined) {
      matched.add(fresh);
      relations.tp += 1;
      datesTotal += 1;
      const goldDate = goldRelations[fresh]!.g.date ?? null;
      if (goldDate === p.date) datesCorrect += 1;
      else dateMismatches.push({ source: nameOf.get(p.source) ?? p.source, type: p.type, target: nameOf.get(p.target) ?? p.target, date: p.date, goldDate });
    } else if (verdict === 'neutral') {
      neutral += 1;
      // a role's implied affiliation is no relation the draft proposes
      if (!p.implied && candidates.length && candidates.every((i) => goldRelations[i]!.g.optional)) optionalOnly += 1;
    } else {
      relations.fp += 1;
      falsePositives.push({ source: nameOf.get(p.source) ?? p.source, type: p.type, target: nameOf.get(p.target) ?? p.target, date: p.date });
    }
  }
  const falseNegatives = goldRelations
    .filter((g, i) => !g.g.optional && !matched.has(i))
    .map(({ g }) => ({ source: g.source, type: g.type, target: g.target, date: g.date ?? null }));
  relations.fn = falseNegatives.length;

  return {
    id: gold.briefing.id,
    actors,
    relations,
    datesCorrect,
    datesTotal,
    neutral,
    optionalOnly,
    falsePositives,
    falseNegatives,
    dateMismatches,
    missedActors,
    extraActors,
    borneOut,
  };
}

/** Gold role titles that name a state or body ("Russian Defense Minister" → Russia): "actor|target" gold indices. */
export function impliedAffiliations(gold: GoldFile, goldKeys: Set<string>[], options: ScoreOptions): Set<string> {
  const implied = new Set<string>();
  gold.actors.forEach((actor, i) => {
    for (const role of actor.roles) {
      const words = ` ${foldName(role)} `;
      goldKeys.forEach((keys, j) => {
        if (j === i) return;
        if ([...keys].some((k) => words.includes(` ${k} `))) implied.add(`${i}|${j}`);
      });
      for (const [demonym, state] of options.demonyms) {
        if (!words.includes(` ${demonym} `)) continue;
        const j = goldKeys.findIndex((keys) => keys.has(foldName(state)));
        if (j >= 0 && j !== i) implied.add(`${i}|${j}`);
      }
    }
  });
  return implied;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
