import type { BriefingFileInput } from '../../src/ingest/briefing-format.js';
import type { ActorKind } from '../../src/vocabulary/actor-kinds.js';
import type { Modality } from '../../src/vocabulary/modalities.js';
import { RELATION_TYPES, type RelationType } from '../../src/vocabulary/relation-types.js';
import { seededRandom } from '../../src/random/seeded-random.js';

/**
 * A deterministic synthetic news graph shaped like years of briefings: actors drawn from a
 * power law (a few states take a large share of all relations, most actors appear a handful of
 * times), realistic modalities, some negations, relations without a date, quoted speakers and
 * roles. The same size and seed always give the same briefings, byte for byte.
 */

export const BENCH_SIZES = { '10k': 10_000, '100k': 100_000, '300k': 300_000, '1M': 1_000_000 } as const;
export type BenchSize = keyof typeof BENCH_SIZES;

export const RELATIONS_PER_BRIEFING = 40;
/** About one actor per 30 relation mentions, as in the audited 1M graph (33k actors). */
const RELATIONS_PER_ACTOR = 30;
/** The highest-ranked actors are states: they are the hubs. */
const STATE_RANKS = 200;
const FIRST_DAY_MS = Date.UTC(2012, 0, 1);
const DAY_MS = 86_400_000;
const BRIEFINGS_PER_DAY = 8;
/** Share of relations whose text gives no date (their day is the report's). */
const UNDATED_SHARE = 0.2;
const NEGATED_SHARE = 0.04;
/** Share of evidence sentences quoting one of the two actors. */
const SPEAKER_SHARE = 0.3;
/** Share of actors named in a briefing who also get a role sentence. */
const ROLE_SHARE = 0.05;

const MODALITY_WEIGHTS: readonly [Modality, number][] = [
  ['ASSERTED', 0.6],
  ['REPORTED', 0.25],
  ['PLANNED', 0.07],
  ['DENIED', 0.05],
  ['HYPOTHETICAL', 0.03],
];
const EVENT_TYPES = RELATION_TYPES.filter((type) => type !== 'AFFILIATED_WITH');
const OTHER_KINDS: readonly ActorKind[] = ['PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'ARMED_GROUP', 'MEDIA'];
const TITLES = ['Foreign Minister', 'Defense Minister', 'President', 'Ambassador', 'spokesperson', 'commander'];

/** The generator's seeded numbers (src/random/seeded-random.ts), kept under the name the bench scripts use. */
export const prng = seededRandom;

export interface GeneratedActor {
  id: string;
  name: string;
  kind: ActorKind;
  rank: number;
}

export interface GraphShape {
  relations: number;
  briefings: number;
  actors: GeneratedActor[];
}

export function graphShape(relations: number): GraphShape {
  const actorCount = Math.max(50, Math.round(relations / RELATIONS_PER_ACTOR));
  const actors = Array.from({ length: actorCount }, (_, rank) => generatedActor(rank));
  return { relations, briefings: Math.ceil(relations / RELATIONS_PER_BRIEFING), actors };
}

export function generatedActor(rank: number): GeneratedActor {
  const kind = rank < STATE_RANKS ? 'STATE' : OTHER_KINDS[rank % OTHER_KINDS.length]!;
  const label = kind === 'STATE' ? 'State' : kind === 'PERSON' ? 'Person' : kind === 'MEDIA' ? 'Outlet' : 'Group';
  return { id: `gen-${rank}`, name: `Gen ${label} ${rank}`, kind, rank };
}

/** Zipf-like rank: P(rank ≥ x) falls as a log, so rank 0 takes about 1/ln(N) of all picks. */
function powerLawRank(random: () => number, count: number): number {
  return Math.min(count - 1, Math.floor(Math.exp(random() * Math.log(count + 1)) - 1));
}

function weighted<T>(random: () => number, choices: readonly [T, number][]): T {
  let u = random();
  for (const [value, weight] of choices) {
    if (u < weight) return value;
    u -= weight;
  }
  return choices[choices.length - 1]![0];
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Briefing number `index` of a graph of this shape (independent of the others, so it can be made lazily). */
export function generatedBriefing(shape: GraphShape, index: number, seed = 1): BriefingFileInput {
  const random = prng(seed * 1_000_003 + index);
  const publishedMs = FIRST_DAY_MS + Math.floor(index / BRIEFINGS_PER_DAY) * DAY_MS;
  const publishedAt = isoDay(publishedMs);
  const count = Math.min(RELATIONS_PER_BRIEFING, shape.relations - index * RELATIONS_PER_BRIEFING);
  const sentences: string[] = [];
  const used = new Map<number, GeneratedActor>();
  const relations: NonNullable<BriefingFileInput['relations']> = [];
  const actorAt = (rank: number) => {
    const actor = shape.actors[rank]!;
    used.set(rank, actor);
    return actor;
  };
  for (let r = 0; r < count; r += 1) {
    const source = actorAt(powerLawRank(random, shape.actors.length));
    let targetRank = powerLawRank(random, shape.actors.length);
    while (targetRank === source.rank) targetRank = Math.floor(random() * shape.actors.length);
    const target = actorAt(targetRank);
    const type: RelationType = EVENT_TYPES[Math.floor(random() * EVENT_TYPES.length)]!;
    const modality = weighted(random, MODALITY_WEIGHTS);
    const negated = random() < NEGATED_SHARE;
    const date = random() < UNDATED_SHARE ? null : isoDay(publishedMs - Math.floor(random() * 3) * DAY_MS);
    const speaker = random() < SPEAKER_SHARE ? (random() < 0.5 ? source : target) : null;
    const sentence = `${speaker ? `${speaker.name} said ` : ''}${source.name} ${negated ? 'did not ' : ''}${type.toLowerCase().replaceAll('_', ' ')} ${target.name} (item ${index}.${r}).`;
    sentences.push(sentence);
    relations.push({ source: source.id, type, target: target.id, date, modality, negated, evidence: { quote: sentence, speaker: speaker?.id ?? null } });
  }
  const actors = [...used.values()].map((actor) => {
    const roles = [];
    if (actor.kind === 'PERSON' && random() < ROLE_SHARE) {
      const state = shape.actors[Math.floor(random() * Math.min(STATE_RANKS, shape.actors.length))]!;
      if (state.id !== actor.id) {
        const title = TITLES[actor.rank % TITLES.length]!;
        const quote = `${state.name} ${title} ${actor.name} (role ${index}.${actor.rank}).`;
        sentences.push(quote);
        used.set(state.rank, state);
        roles.push({ title, of: state.id, evidence: { quote } });
      }
    }
    return { id: actor.id, name: actor.name, kind: actor.kind, aliases: [`G${actor.rank}`], roles };
  });
  // A role may name a state the relations did not: it must be defined too.
  for (const [rank, actor] of used) {
    if (!actors.some((a) => a.id === actor.id)) actors.push({ id: actor.id, name: actor.name, kind: actor.kind, aliases: [`G${rank}`], roles: [] });
  }
  return {
    annotator: 'bench-generator',
    briefing: { id: `gen-briefing-${index}`, title: `Generated briefing ${index}`, source: 'Bench Wire', publishedAt, text: sentences.join(' ') },
    actors,
    relations,
  };
}

export function* generatedBriefings(shape: GraphShape, seed = 1): Generator<BriefingFileInput> {
  for (let index = 0; index < shape.briefings; index += 1) yield generatedBriefing(shape, index, seed);
}
