import type { RelationType } from '../../vocabulary/relation-types.js';
import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor, ActorRegistry } from '../actors.js';
import type { DraftRelation } from '../relations/types.js';
import type { Sentence } from '../segment.js';
import { ActorLocator, type ActorSpan, type Discourse } from './actor-spans.js';
import { graphOf } from './dependency-graph.js';
import { loadLexicon } from './lexicon.js';
import { isPastPerfect } from './past-perfect.js';
import { structuralRelations, type StructuralRelation } from './structural-relations.js';

/** A structural relation placed in the briefing: a draft that remembers which rule family read it. */
export interface StructuralDraft extends DraftRelation {
  via: StructuralRelation['via'];
}

/** What places and dates a structural relation: the briefing's sentences and the days its sections and dateline name. */
export interface DraftContext {
  registry: ActorRegistry;
  sentences: Sentence[];
  /** The surface relations, for the date of their sentence and the accusation a denial answers. */
  surface: DraftRelation[];
  sectionDays: Map<number, string>;
  dateline: string | null;
  /** What the discourse resolved beyond single names (a transcript's speakers: who "we" and "I" are). */
  discourse?: Discourse;
}

/** Structural relations as drafts: placed in the briefing sentence holding their trigger, dated by their clause, else like their sentence's surface relations. */
export function structuralDrafts(parse: ParsedDocument, spans: ActorSpan[], ctx: DraftContext): StructuralDraft[] {
  const { registry, sentences, surface, sectionDays, dateline, discourse = {} } = ctx;
  const lexicon = loadLexicon();
  const found = structuralRelations(parse, new ActorLocator(parse, spans, (a) => registry.resolve(a), lexicon.firstPerson, discourse), lexicon);
  const drafts: StructuralDraft[] = [];
  for (const r of [...found].sort((a, b) => a.triggerStart - b.triggerStart)) {
    const sentence = sentences.find((x) => x.start <= r.triggerStart && r.triggerStart < x.end);
    if (!sentence || sentence.kind !== 'body') continue;
    const accuser = r.target ?? lastAccuser(r.source, sentence, [...surface, ...drafts], registry);
    const sameSentence = surface.find((d) => d.sentence === sentence);
    const date =
      r.date ??
      adoptionDay(discourse, r, registry) ??
      (pastPerfectTrigger(parse, r) ? null : (sameSentence?.date ?? sectionDays.get(sentence.section) ?? dateline ?? null));
    for (const target of accuser ? [accuser] : (r.wronged ?? [])) {
      if (target === r.source) continue;
      drafts.push({
        source: r.source,
        target,
        type: r.type,
        date,
        modality: r.modality,
        negated: r.negated,
        confidence: r.confidence,
        sentence,
        speaker: r.speaker,
        trigger: r.triggerStart,
        via: r.via,
      });
    }
  }
  return drafts;
}

/** What an operative paragraph says its adopter does, it does the day it adopts the text. */
function adoptionDay(discourse: Discourse, r: StructuralRelation, registry: ActorRegistry): string | null {
  const part = discourse.operative;
  if (!part?.adoptedOn || registry.resolve(r.source) !== registry.resolve(part.issuer)) return null;
  return part.paragraphs.some((p) => p.start <= r.triggerStart && r.triggerStart < p.end) ? part.adoptedOn : null;
}

function pastPerfectTrigger(parse: ParsedDocument, r: StructuralRelation): boolean {
  const parsed = parse.sentences[r.sentence];
  const trigger = parsed?.tokens.findIndex((t) => t.start === r.triggerStart) ?? -1;
  return !!parsed && trigger >= 0 && isPastPerfect(graphOf(parsed), trigger);
}

/** What a later denial or rejection may answer: an accusation, a criticism, a demand. */
const ACCUSING_TYPES: ReadonlySet<RelationType> = new Set(['ACCUSED', 'CRITICIZED', 'REQUESTED']);

/** "X denied the charge", "X rejected the criticism": a denial whose claim names no owner answers the last accusation made against X before it. */
function lastAccuser(denier: Actor, sentence: Sentence, earlier: DraftRelation[], registry: ActorRegistry): Actor | null {
  // the accusation may target the denier or the state or body the denier serves ("Vucic accused Pristina ... Haradinaj denied the charge")
  const denierSide = new Set([registry.resolve(denier), ...denier.roles.flatMap((r) => (r.of ? [registry.resolve(r.of)] : []))]);
  // ... or what someone else reported the denier's side did: "Israel says the group is financed by Syria" … "Damascus denies arming Hezbollah"
  const accuserOf = (d: DraftRelation): Actor | null => {
    if (d.sentence.index > sentence.index) return null;
    if (ACCUSING_TYPES.has(d.type) && denierSide.has(registry.resolve(d.target))) return d.source;
    const speaker = d.speaker ? registry.resolve(d.speaker) : null;
    return speaker && d.modality === 'REPORTED' && denierSide.has(registry.resolve(d.source)) && !denierSide.has(speaker) ? speaker : null;
  };
  const accusations = earlier.filter((d) => accuserOf(d) !== null);
  const last = accusations.sort((a, b) => a.sentence.index - b.sentence.index).at(-1);
  return last ? accuserOf(last) : null;
}
