import type { RelationType } from '../graph/vocabulary/relation-types.js';
import { foldName } from '../graph/names/fold.js';
import type { Actor } from './actors.js';
import type { Rules } from './rules.js';

/**
 * Definite descriptions ("the junta", "the alliance", "the move") and "the two leaders": what they refer to,
 * from what the section has said so far. The nouns are data (cues.json, organizations.json).
 */

/** An event told earlier in the section, with its agent: "the move", "the accusation" point back to it. */
export interface EventRecord {
  type: RelationType;
  agent: Actor;
}

export interface PairRecord {
  pair: [Actor, Actor];
}

export interface DescriptionContext {
  /** Organ noun → the state last named acting through it ("Mali's military junta": junta → Mali). */
  organs: Map<string, Actor>;
  events: EventRecord[];
  pairs: PairRecord[];
  sectionPair: [Actor, Actor] | null;
  lastPair: [Actor, Actor] | null;
}

/** "the alliance" → the most recent body described so ("alliance" for NATO), or whose name holds the noun. */
export function describedActor(noun: string, candidates: readonly Actor[], rules: Rules): Actor | undefined {
  const lower = noun.toLowerCase();
  return candidates.find((a) => {
    if (a.kind === 'PERSON' || a.kind === 'STATE') return false;
    const names = [a.name, ...a.aliases].map(foldName);
    if (names.some((n) => rules.descriptions.get(n)?.has(lower))) return true;
    return names.some((n) => ` ${n} `.includes(` ${lower} `));
  });
}

/** "the move", "the accusations": the agent of the latest event of a fitting type ('*': any). */
export function eventAgent(noun: string, ctx: DescriptionContext, rules: Rules): Actor | undefined {
  const types = rules.cues.eventAnaphors[noun.toLowerCase()];
  if (!types) return undefined;
  for (const type of types) {
    const hit = [...ctx.events].reverse().find((e) => type === '*' || e.type === type);
    if (hit) return hit.agent;
  }
  return undefined;
}

/**
 * "the two sides" → the section's main pair; "the two leaders" → the latest pair of persons; "the two countries" →
 * the section's pair taken as states (a person stands for the state of their role).
 */
export function resolvePair(phrase: string, ctx: DescriptionContext, rules: Rules): [Actor, Actor] | null {
  const head = phrase.split(' ').at(-1) ?? '';
  const kind = rules.cues.pairKinds[head];
  if (kind === 'leader') {
    const leaders = [...ctx.pairs].reverse().find((p) => p.pair.every((a) => a.kind === 'PERSON' && a.roles.some((r) => rules.cues.leaderTitles.some((t) => ` ${r.title.toLowerCase()} `.includes(` ${t} `)))));
    if (leaders) return leaders.pair;
  }
  if (kind === 'person' || kind === 'leader') {
    const persons = [...ctx.pairs].reverse().find((p) => p.pair.every((a) => a.kind === 'PERSON'));
    return persons?.pair ?? ctx.lastPair ?? ctx.sectionPair;
  }
  if (kind === 'state') {
    for (const candidate of [ctx.sectionPair, ...[...ctx.pairs].reverse().map((p) => p.pair)]) {
      if (!candidate) continue;
      const states = candidate.map(stateOf);
      if (states[0] && states[1] && states[0] !== states[1]) return [states[0], states[1]];
    }
    return ctx.sectionPair ?? ctx.lastPair;
  }
  return ctx.sectionPair ?? ctx.lastPair;
}

function stateOf(actor: Actor): Actor | null {
  if (actor.kind === 'STATE') return actor;
  const role = actor.roles.find((r) => r.of?.kind === 'STATE');
  return role?.of ?? null;
}
