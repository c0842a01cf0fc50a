import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import type { ActorLocator } from '../structure/actor-spans.js';
import { covers, type DependencyGraph, graphOf } from '../structure/dependency-graph.js';
import type { DraftRelation } from './types.js';

/** Arcs from an envoy noun to the words that may name the state it serves ("China's", "Russian", "US", "of Pakistan"). */
const STATE_ARCS = new Set(['nmod:poss', 'amod', 'compound', 'nmod:of']);

/**
 * "Bishop summoned China's ambassador", "the ministry summoned the Russian ambassador, Oleg Vasnetsov", "summoned South
 * Korean Ambassador Shin Kak-soo": summoning a state's envoy is a protest to that state and a meeting with the envoy, as
 * the annotations read it (of the development relations told by such a sentence, the summoner CRITICIZED the envoy's
 * state 38 times and MET the named envoy 34). The word rules read one or the other, and through coreference sometimes
 * another state's envoy ("the Chinese ambassador" joined to the Russian one named before). So, for each "summon" (or
 * "call in") whose object is an envoy (`envoyNouns`: the objects of the summoning rule in relations.json): the envoy's
 * state is the state named on the envoy noun, else the state of the named envoy's role; the envoy is the person named
 * there (never through a chain). The summoner's MET and CRITICIZED read at that verb with another party are dropped,
 * and the protest to the state and the meeting with the envoy are added where missing (a copy of a relation read at the
 * verb: its date, modality and sentence). Pure.
 */
export function summonsAsProtests(
  relations: readonly DraftRelation[],
  parse: ParsedDocument,
  locate: ActorLocator,
  resolve: (a: Actor) => Actor,
  envoyNouns: ReadonlySet<string>,
): DraftRelation[] {
  let out = [...relations];
  parse.sentences.forEach((sentence, s) => {
    const g = graphOf(sentence);
    sentence.tokens.forEach((token, verb) => {
      if (!isSummons(g, verb)) return;
      const read = out.filter((r) => r.trigger !== undefined && covers(token, r.trigger));
      if (!read.length) return;
      for (const envoy of [...g.children(verb, 'obj'), ...g.children(verb, 'iobj'), ...g.children(verb, 'nsubj:pass')]) {
        if (!namesEnvoy(g, envoy, envoyNouns)) continue;
        const person = envoyPerson(g, s, envoy, locate);
        const state = envoyState(g, s, envoy, person, locate, resolve);
        if (!person && !state) continue;
        const parties = new Set([person, state].filter((a): a is Actor => a !== null));
        for (const summoner of new Set(read.map((r) => resolve(r.source)))) {
          if (parties.has(summoner)) continue;
          const own = read.filter((r) => resolve(r.source) === summoner);
          const template = own[0]!;
          // what the verb was read to tell the summoner did to someone else than the envoy and his state
          // (and a meeting with the envoy's state where the envoy is named: "summoned the Myanmar ambassador, U Lwin Oo"
          // meets him, not Myanmar)
          const misread = (r: DraftRelation) =>
            own.includes(r) &&
            (((r.type === 'MET' || r.type === 'CRITICIZED') && !parties.has(resolve(r.target))) ||
              (r.type === 'MET' && !!person && resolve(r.target) === state));
          out = out.filter((r) => !misread(r));
          const has = (type: DraftRelation['type'], target: Actor) =>
            out.some((r) => resolve(r.source) === summoner && r.type === type && resolve(r.target) === target && r.sentence === template.sentence);
          if (state && !has('CRITICIZED', state)) out.push({ ...template, type: 'CRITICIZED', target: state });
          if (person && !has('MET', person)) out.push({ ...template, type: 'MET', target: person });
        }
      }
    });
  });
  return out;
}

/** "summoned", "was summoned", "called in". */
function isSummons(g: DependencyGraph, verb: number): boolean {
  const lemma = g.lemma(verb).toLowerCase();
  if (lemma === 'summon') return g.pos(verb).startsWith('VB');
  return lemma === 'call' && g.children(verb, 'compound:prt').some((p) => g.word(p).toLowerCase() === 'in');
}

/** The object is an envoy: its head noun is one ("the ambassador"), or a title compounded into a name ("Ambassador Shin Kak-soo"). */
function namesEnvoy(g: DependencyGraph, object: number, envoyNouns: ReadonlySet<string>): boolean {
  return [object, ...g.children(object, 'compound')].some((t) => envoyNouns.has(g.word(t).toLowerCase()) || envoyNouns.has(g.lemma(t).toLowerCase()));
}

/** The envoy named at the object itself or in apposition to it ("the US ambassador, John B. Emerson"); never a chain. */
function envoyPerson(g: DependencyGraph, s: number, object: number, locate: ActorLocator): Actor | null {
  for (const t of [object, ...g.children(object, 'appos')]) {
    const actor = locate.named(s, t);
    if (actor?.kind === 'PERSON') return actor;
  }
  return null;
}

/** The state named on the envoy noun ("China's", "the Russian", "of Pakistan"), else the state of the named envoy's role. */
function envoyState(g: DependencyGraph, s: number, object: number, person: Actor | null, locate: ActorLocator, resolve: (a: Actor) => Actor): Actor | null {
  for (const arc of g.outgoing(object)) {
    if (!STATE_ARCS.has(arc.rel)) continue;
    const actor = locate.named(s, arc.dep);
    if (actor?.kind === 'STATE' && actor !== person) return actor;
  }
  const served = person?.roles.map((r) => (r.of ? resolve(r.of) : null)).find((a) => a?.kind === 'STATE');
  return served ?? null;
}
