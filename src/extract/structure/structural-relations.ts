import type { Modality } from '../../vocabulary/modalities.js';
import { WISH_LEMMAS } from '../wish-verbs.js';
import { RELATION_TYPE_INFO, type RelationType } from '../../vocabulary/relation-types.js';
import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor } from '../actors.js';
import type { ActorLocator } from './actor-spans.js';
import { type DependencyGraph, graphOf, prepositionOf } from './dependency-graph.js';
import { evaluativeReadings } from './evaluative.js';
import { type PublicationContext, publicationsAt } from './publications.js';
import type { Lexicon, PredicateRule } from './lexicon.js';
import { isPassive, passivePatients, subjects as agentsOf } from './agents.js';
import { reportedSubject } from '../discourse/reported-subject.js';
import { isJointAct } from '../relations/joint-acts.js';
import { loadStateBodies } from '../actors/state-bodies.js';

/** After the object of a naming verb, what starts the name it is given: a determiner, adjective or noun. */
const NAMING_NEXT = /^(DT|JJ|NN|PDT|CD)/;
const QUOTE_MARKS = new Set(['"', '“', '``', "'", '‘', '`']);

/** A relation read off the dependency structure: its trigger, its two arguments, and how the clause holds it. */
export interface StructuralRelation {
  type: RelationType;
  source: Actor;
  /** Null for a denial whose claim names no owner ("denied the charge"): the caller finds the accuser. */
  target: Actor | null;
  /**
   * For a denial with no target: whom the denied deed was done to ("denied that its troops had entered Malian territory":
   * Mali), taken as the accuser when no accusation against the denier was told before.
   */
  wronged?: Actor[];
  modality: Modality;
  negated: boolean;
  confidence: number;
  /** Parse sentence index, and the trigger's character offset (to place the evidence sentence). */
  sentence: number;
  triggerStart: number;
  /** The clause's own normalised date (YYYY-MM-DD), if it names one. */
  date: string | null;
  /** Who said it, when it stands in a reported clause or a quote. */
  speaker: Actor | null;
  /** Which rule produced it, for tests and debugging. */
  via: 'verb' | 'noun' | 'dismissal';
}

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
/** Envoy nouns of one office holder ("the Malaysian leader" is a person, not the state): never read through a demonym. */
const ONE_HOLDER_ENVOYS: ReadonlySet<string> = new Set(['leader', 'president', 'minister', 'head', 'secretary', 'general', 'chairman', 'commander']);
const PLACE_PREPS = new Set(['to', 'in', 'into', 'at']);
const prepOfArc = (g: DependencyGraph, gov: number, dep: number) =>
  prepositionOf(g.outgoing(gov).find((a) => a.dep === dep && a.rel.startsWith('obl:'))?.rel ?? '') ?? '';
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A demand read from a modal in reported speech ("said Israel must halt") is less direct than "urged". */
const DEONTIC_CONFIDENCE = 0.65;
/** An answer in a relative clause ("…, a claim the ministry rejected") reaches back over a comma: less direct than a verb's own object. */
const ANSWER_CONFIDENCE = 0.7;
/** "at Greece's request" names who asked, not in what words. */
const REQUEST_SETTING_CONFIDENCE = 0.7;
/** "sent X to Rabat" tells the trip less directly than "X travelled to Rabat". */
const SENT_VISIT_CONFIDENCE = 0.65;
/** Verbs whose subject receives guests: an invitation that sets them did not invite their subject. */
const HOSTING_VERBS = new Set(['host', 'receive', 'welcome']);
/** "Russia, Serbia's main ally": a standing named by a noun, not an act. */
const AGENT_NOUN_CONFIDENCE = 0.7;
/** An outlet carrying someone's words: "told CNN", "JANA quoted Gaddafi as saying" (structure/publications.ts). */
const PUBLISHED_CONFIDENCE = 0.7;
/** A confidence factor for arguments found only through coreference. */
const COREF_FACTOR = 0.9;

interface Arg {
  actor: Actor;
  coref: boolean;
  /** The token that names it (or stands for it). */
  token: number;
  /** Found through a pair or group phrase ("both sides"), one of its members. */
  group?: boolean;
}

/** Personal pronouns that never refer to their own clause's subject ("accusing it", "told him"; unlike "itself"). */
const PLAIN_OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them']);

export function structuralRelations(doc: ParsedDocument, locate: ActorLocator, lex: Lexicon): StructuralRelation[] {
  const out: StructuralRelation[] = [];
  const { stateNouns } = loadStateBodies();
  const subjects = (g: DependencyGraph, verb: number) => agentsOf(g, verb, lex);
  doc.sentences.forEach((sentence, s) => {
    // (this sentence's relations are those from here on)
    const sentenceStart = out.length;
    const g = graphOf(sentence);
    const actorOf = (t: number): Arg | null => {
      const chained = locate.actorAt(s, t);
      // "the representative of Kuwait, Mohammad Abulhassan", "the city's mayor, Kazumi Matsui": a noun that names no actor
      // itself is the one its appositive names (read last: only when nothing else names one)
      const named = locate.named(s, t) ?? governedState(g, t, stateNouns, (x) => locate.named(s, x)) ?? appositiveName(g, t, (x) => locate.named(s, x));
      const actor = named ?? chained;
      // "the leaders", "they": a plural joined by coreference to one person is a group the chain cut short
      if (!named && actor?.kind === 'PERSON' && isPlural(g, t)) return null;
      return actor ? { actor, coref: !named, token: t } : null;
    };
    /** An object that is an actor itself ("welcomed Clinton", "received him"), not a thing ("it", "a change in X's position"). */
    // (a common noun stands for a guest only as a person: "welcomed the president", not "welcomed the agreement", an
    // event noun standing for its makers)
    const isGuest = (t: number): boolean => {
      const actor = g.word(t) !== 'it' ? actorOf(t) : null;
      return !!actor && (/^(NNP|PRP)/.test(g.pos(t)) || actor.actor.kind === 'PERSON');
    };
    /**
     * "X severed ties with Qatar, accusing it of ...": a plain object pronoun is never its own clause's subject, so
     * when coreference (or the surface anaphora) joins it to one, it stands for the nearest actor named before it that is none of them.
     */
    const bound = (targets: Arg[], sources: Arg[]): Arg[] =>
      targets.flatMap((b) => {
        if (!PLAIN_OBJECT_PRONOUNS.has(g.word(b.token)) || !sources.some((a) => a.actor === b.actor)) return [b];
        // CoreNLP's own chain, where the surface rules read the pronoun otherwise: "Garcia, who received him on Monday"
        // (not for "it": its chain as often joins a thing, "Taipei rejected it" — the ruling)
        const chained = g.word(b.token) === 'it' ? null : locate.chainActor(s, b.token);
        if (chained && !sources.some((a) => a.actor === chained)) return [{ actor: chained, coref: true, token: b.token }];
        for (let t = b.token - 1; t >= 0; t -= 1) {
          const named = locate.named(s, t);
          if (!named || sources.some((a) => a.actor === named)) continue;
          const person = named.kind === 'PERSON';
          if ((g.word(b.token) === 'it' && person) || ((g.word(b.token) === 'him' || g.word(b.token) === 'her') && !person)) continue;
          return [{ actor: named, coref: true, token: t }];
        }
        return [];
      });
    /** The actors at these tokens; with `owners`, a token naming none stands for its owner ("Moscow's remarks", "the decision of Tirana"). */
    const args = (tokens: number[], owners = false): Arg[] => {
      const found: Arg[] = [];
      const add = (arg: Arg | null) => {
        if (arg && !found.some((a) => a.actor === arg.actor)) found.push(arg);
      };
      for (const t of tokens) {
        // "Chile and Peru said they had criticised Bolivia": a reported clause's subject pronoun is its reporter, whatever a chain joins it to
        const reporter = reportedSubject(
          g,
          t,
          lex.reportingVerbs,
          // "the heads of government of X, Y and Z said they …": envoys who name no one report for whom they are "of"
          (v) =>
            subjects(g, v).flatMap((a) => {
              const mandators = actorOf(a) ? [] : envoyMandators(g, a, lex, stateNouns);
              return mandators.length ? mandators : [a];
            }),
          (x) => locate.named(s, x),
        );
        if (reporter.length) {
          for (const actor of reporter) add({ actor, coref: true, token: t });
          continue;
        }
        // "urged both sides", "the two leaders agreed": a pair or group phrase stands for each of its members
        const members = locate.groupAt(s, t);
        if (members.length >= 2) {
          for (const actor of members) add({ actor, coref: true, token: t, group: true });
          continue;
        }
        // "accused the French and Belgian governments": a state noun governed by several states stands for each
        const governed = locate.named(s, t) ? [] : governedStates(g, t, stateNouns, (x) => locate.named(s, x));
        if (governed.length >= 2) {
          for (const actor of governed) add({ actor, coref: false, token: t });
          continue;
        }
        const direct = actorOf(t);
        // "spoke with both Mitsotakis and Erdogan and urged them": a plural pronoun is the pair named together before it
        if (!direct && PLURAL_PRONOUNS.has(g.word(t))) {
          const pair = pairBefore(g, t, (x) => locate.named(s, x));
          const antecedent = pair.length
            ? pair
            : pluralAntecedent(
                g,
                t,
                (x) => locate.named(s, x),
                (x) => locate.groupAt(s, x),
              );
          for (const actor of antecedent) add({ actor, coref: true, token: t });
          continue;
        }
        // "the representatives of Ghana, Gabon and Mozambique called on …", "hosted the leaders of Russia and Turkey": envoys who name no one stand for whom they are "of"
        // ("thanked the American mediators": an envoy of no one named is left to its owner, below)
        const envoy = !direct && lex.envoyNouns.has(g.lemma(t));
        const mandators = envoy ? envoyMandators(g, t, lex, stateNouns).map(actorOf) : [];
        if (mandators.some((a) => a !== null)) {
          mandators.forEach(add);
          continue;
        }
        if (envoy && ONE_HOLDER_ENVOYS.has(g.lemma(t))) continue;
        // "declared 12 officials at the French embassy persona non grata", "a source at the Foreign Ministry": staff stand
        // for the state whose mission they work at, else for the body they work for
        const principals = direct || !lex.staffNouns.has(g.lemma(t)) ? [] : staffPrincipals(g, t, lex, actorOf);
        if (principals.length) {
          principals.forEach(add);
          continue;
        }
        // "thanked the friendly countries, in particular France", "the donors, notably Japan and Norway": the ones a
        // common noun singles out stand for it
        const singled = direct ? [] : singledOut(g, t);
        if (singled.length) {
          for (const x of singled) add(actorOf(x));
          continue;
        }
        if (direct || !owners) {
          add(direct);
          // "thanked South Africa, the United Republic of Tanzania and Malawi": a state in apposition to another state
          // is the next item of a list the parse misread, and so are its conjuncts
          if (direct?.actor.kind === 'STATE' && !direct.coref) for (const listed of listedStates(g, t, direct.actor, (x) => locate.named(s, x))) add(listed);
          continue;
        }
        // "Moscow's remarks", "the decision of Tirana", "the Israeli side": the first kind of owner that names an actor
        // ("hit the northern Ethiopian city of Mekele": a place named by "of" that is no actor leaves its demonym)
        for (const group of ownerGroups(g, t)) {
          // ("the attacks by armed groups, especially al-Shabaab": an owner singled out of a common noun)
          const owners = group.flatMap((o) => actorOf(o) ?? singledOut(g, o).map(actorOf)).filter((a): a is Arg => a !== null);
          if (!owners.length) continue;
          owners.forEach(add);
          break;
        }
      }
      return found;
    };
    /**
     * Whom the deeds of these clauses wronged: the objects and obliques of a trespass ("had entered Jordan"), or the owner
     * of a territory they name ("Malian territory", "Swedish waters"); never the denier's side nor the deed's doer.
     */
    const wrongedBy = (clauses: number[], deniers: Arg[]): Arg[] =>
      clauses.flatMap((c) => {
        const doers = args(subjects(g, c));
        const reached = g.children(c, (rel) => rel === 'obj' || /^(obl|nmod):(into|on|in|to|at|against|inside)$/.test(rel));
        // (a territory only as where the deed went or was done: "set foot on Thai soil", not "left Syrian airspace")
        const within = g.children(c, (rel) => /^(obl|nmod):(into|on|in|inside)$/.test(rel)).filter((t) => lex.territoryNouns.has(g.lemma(t).toLowerCase()));
        const acted = lex.trespassVerbs.has(g.lemma(c).toLowerCase()) ? reached : within;
        return args(acted, true).filter((b) => !b.coref && ![...deniers, ...doers].some((a) => a.actor === b.actor || sameSide(a.actor, b.actor)));
      });
    /** "A North Korean torpedo sank …", "Hezbollah rockets hit …": arms that name no actor attack for their owner. */
    const attackers = (verb: number): Arg[] => {
      const named = args(subjects(g, verb));
      if (named.length) return named;
      const arms = subjects(g, verb).filter((t) => lex.armsNouns.has(g.lemma(t).toLowerCase()));
      return args(arms, true);
    };
    const emit = (
      type: RelationType,
      sources: Arg[],
      targets: Arg[],
      trigger: number,
      confidence: number,
      via: StructuralRelation['via'],
      clause = trigger,
      demand = false,
      wronged: Arg[] = [],
    ) => {
      const told = clauseModality(g, clause, lex, (t) => locate.actorAt(s, t));
      // a demand put as what someone must or should do is made, whatever the modal of what it demands
      const { modality, negated, speaker } = demand && told.modality === 'HYPOTHETICAL' ? { ...told, modality: 'ASSERTED' as const } : told;
      const date = clauseDate(g, clause) ?? (clause !== trigger ? clauseDate(g, trigger) : null);
      if (via === 'dismissal' && !targets.length) {
        for (const a of sources)
          out.push({
            type,
            source: a.actor,
            target: null,
            ...(wronged.length ? { wronged: wronged.map((b) => b.actor).filter((b) => b !== a.actor) } : {}),
            modality,
            negated,
            confidence: round(confidence * 0.9),
            sentence: s,
            triggerStart: sentence.tokens[trigger]!.start,
            date,
            speaker,
            via,
          });
      }
      for (const a of sources) {
        for (const b of bound(targets, sources)) {
          if (a.actor === b.actor) continue;
          const factor = a.coref || b.coref ? COREF_FACTOR : 1;
          out.push({
            type,
            source: a.actor,
            target: b.actor,
            modality,
            negated,
            confidence: round(confidence * factor),
            sentence: s,
            triggerStart: sentence.tokens[trigger]!.start,
            date,
            speaker,
            via,
          });
        }
      }
    };

    const publications: PublicationContext = {
      isOutlet: (t) => locate.named(s, t)?.kind === 'MEDIA',
      agentsOf: (verb) => subjects(g, verb),
      speechVerbs: lex.reportingVerbs,
    };
    sentence.tokens.forEach((tok, i) => {
      const lemma = tok.lemma.toLowerCase();
      for (const { outlets, speakers } of publicationsAt(g, i, publications))
        emit('PUBLISHED', args(outlets), args(speakers), i, PUBLISHED_CONFIDENCE, tok.pos.startsWith('VB') ? 'verb' : 'noun');
      // "critical of Paris", "called Russia an enemy", "said Kyiv's decision was regrettable": evaluations, not events
      for (const r of evaluativeReadings(g, i, lex, (verb) => subjects(g, verb))) {
        const sources = args(r.sources).filter(
          (a) => !r.sidedSourcesOnly || a.actor.kind !== 'PERSON' || a.actor.state !== null || a.actor.roles.some((role) => role.of !== null),
        );
        const targets = args(r.targets, lex.ownerTargetTypes.has(r.type)).filter((b) => !r.othersOnly || !sources.some((a) => sameSide(a.actor, b.actor)));
        emit(r.type, sources, targets, r.trigger, r.confidence, 'verb', r.clause);
      }
      // "Annan said Israel must halt the attacks", "Garcia said Colombia should apologize": a demand put in reported speech
      if (tok.pos.startsWith('VB') && lex.reportingVerbs.has(lemma)) {
        // (with no "that", CoreNLP may make the clause's subject the reporting verb's object and the clause a bare dep)
        for (const clause of toldClauses(g, i)) {
          if (!g.pos(clause).startsWith('VB') || !g.children(clause, 'aux').some((a) => lex.deonticAux.has(g.lemma(a)))) continue;
          // "said bin Laden must have had some support network": "must have" with a participle infers, it demands nothing
          if (g.pos(clause) === 'VBN' && g.children(clause, 'aux').some((a) => g.lemma(a) === 'have')) continue;
          // "said the Secretary-General should have the final say": what someone should hold is a view, not a demand of them
          if (g.lemma(clause) === 'have') continue;
          const subject = g.children(clause, 'nsubj');
          const addressee = subject.length ? subject : g.children(i, 'obj');
          emit('REQUESTED', args(subjects(g, i)), args(addressee), i, DEONTIC_CONFIDENCE, 'verb', clause, true);
        }
      }
      // "Japan should be prudent in its words" in a spokesman's answer, '"Russia must stop this."': a demand in the
      // speaker's own words, of another side
      const spokenDemand = spokenDemandClause(g, i, lex);
      if (spokenDemand !== null) {
        const speaker = locate.speakerAt(s, i);
        const addressees = speaker ? args(g.children(i, 'nsubj')).filter((b) => !b.coref && !sameSide(speaker, b.actor)) : [];
        if (speaker) emit('REQUESTED', [{ actor: speaker, coref: true, token: i }], addressees, i, DEONTIC_CONFIDENCE, 'verb', i, true);
      }
      // "Washington wants Syria to comply with resolution 1559": what one wants another to do is asked of them
      const addressee = tok.pos.startsWith('VB') ? wishedOf(g, i) : [];
      if (addressee.length) {
        {
          const sources = args(subjects(g, i));
          // (a named addressee: "wanted it to prevail", "expect he'll stop in Bishkek" name no one asked)
          const targets = args(addressee.filter((t) => !g.pos(t).startsWith('PRP'))).filter(
            (b) => !b.coref && !sources.some((a) => a.actor === b.actor || sameSide(a.actor, b.actor)),
          );
          emit('REQUESTED', sources, targets, i, DEONTIC_CONFIDENCE, 'verb', i, true);
        }
      }
      // "Ben Ali has sent Foreign Minister Habib Ben Yahia to Rabat and Algiers", "sent his vice-president, Omar el-Tayeb, to
      // Mogadishu": whoever is sent to a place visits it (the sender does not: "sent envoys to La Paz" is no visit of the president)
      if (tok.pos.startsWith('VB') && lex.sendingVerbs.has(lemma)) {
        const destinations = args(g.children(i, 'obl:to')).filter((b) => b.actor.kind === 'STATE');
        // (a person named: not a pronoun, "sending him to the United States" is an extradition, nor a title standing for its
        // body, "send the secretary-general of the OAS")
        const sent = args(g.children(i, 'obj')).filter((a) => !a.coref && g.pos(a.token) !== 'PRP' && a.actor.kind === 'PERSON');
        if (destinations.length && sent.length) emit('VISITED', sent, destinations, i, SENT_VISIT_CONFIDENCE, 'verb');
      }
      if (tok.pos.startsWith('VB')) {
        // denials of a claim: "dismissed the report", "rejected Moscow's accusations", "called the claims a fabrication"
        const claims = g.children(i, 'obj').filter((o) => lex.claimNouns.has(g.lemma(o)) || lex.claimNouns.has(g.word(o)));
        // "Damascus denies arming Hezbollah", "Kerry disputed that": a deed or the claim just reported, answered to its accuser
        if (lex.denialVerbs.has(lemma) && !claims.length) {
          const deed = [...g.children(i, 'xcomp'), ...g.children(i, 'dep')].some((c) => g.pos(c) === 'VBG');
          const pronoun = g.children(i, 'obj').some((o) => lex.claimPronouns.has(g.word(o)) && g.pos(o) !== 'NN');
          if (deed || pronoun) {
            emit('DENIED', args(subjects(g, i)), [], i, 0.8, 'dismissal');
            return;
          }
          // "Hanoi denied that any Vietnamese soldier had set foot on Thai soil": a deed denied in a "that" clause is denied to
          // whoever it wronged (read as the last accuser's instead, it added more wrong relations than right ones)
          const denied = g.children(i, 'ccomp');
          if (denied.length) {
            const deniers = args(subjects(g, i));
            const wronged = wrongedBy(denied, deniers);
            if (wronged.length) {
              emit('DENIED', deniers, wronged, i, 0.7, 'dismissal');
              return;
            }
          }
        }
        const callsFalse = lemma === 'call' && g.children(i, 'xcomp').some((x) => lex.falsehoodNouns.has(g.lemma(x)));
        if (claims.length && (lex.dismissalVerbs.has(lemma) || callsFalse)) {
          const sources = args(subjects(g, i));
          const owners = claims.flatMap((c) => [
            ...g.children(c, 'nmod:poss'),
            ...g.children(c, 'nmod:by'),
            ...g.children(c, 'nmod:from'),
            ...g.children(c, 'nmod:of'),
          ]);
          // "denied Sudanese reports", "rejected the Yemeni claims": with no owner named, a demonym or name modifying the claim
          // is its owner, unless it is the denier's own side ("denied any Saudi role": then the claim's accuser is found as for "the charge");
          // an "of" phrase naming no actor tells what was claimed, not who claimed it ("dismissed British accusations of a kidnapping")
          const named = args(owners);
          const modifiers = named.length
            ? []
            : args(claims.flatMap((c) => [...g.children(c, 'amod'), ...g.children(c, 'compound')])).filter(
                (b) => !sources.some((a) => sameSide(a.actor, b.actor)),
              );
          // "dismissed reports that Indonesian troops had crossed into PNG": a claim of no one's, answered to its accuser,
          // else to whoever the deed it tells was done to
          const told = named.length || modifiers.length ? [] : claims.flatMap((c) => g.children(c, (rel) => rel === 'ccomp' || rel.startsWith('acl')));
          emit('DENIED', sources, named.length ? named : modifiers, i, 0.8, 'dismissal', i, false, wrongedBy(told, sources));
          return;
        }
        // rejections of a proposal, demand or criticism: "rejected the North's offer", "rebuffed the criticism"
        // (a phrasal dismissal too, of an owned proposal: "turned down a request from Mr Sogavare"; "turned the demand
        // down" with no owner is left to the reading of what it answers)
        const dismissal = lex.dismissalVerbs.has(lemma);
        const proposals = dismissal || phrasalDismissal(g, i, lex) ? g.children(i, 'obj').filter((o) => lex.rejectableNouns.has(g.word(o))) : [];
        const owners = args(proposals.flatMap((p) => ownersOf(g, p)));
        if (proposals.length && (dismissal || owners.length)) {
          emit('REJECTED', args(subjects(g, i)), owners, i, 0.75, 'dismissal');
          // "brushing aside last-minute appeals from Canberra": an ask turned down was asked of the one who turned it down
          // (not an ask addressed to someone else, "rejected Quito's appeal to the OAS"; and only of a state or a body: a
          // person turning it down speaks for the one asked, "spokeswoman Jiang Yu rejected Washington's call")
          const asks = proposals.filter((p) => lex.askingNouns.has(g.word(p)) && !g.children(p, 'nmod:to').length);
          const asked = args(subjects(g, i)).filter((a) => a.actor.kind !== 'PERSON');
          if (asks.length && asked.length) emit('REQUESTED', args(asks.flatMap((p) => ownersOf(g, p))), asked, i, 0.7, 'dismissal');
          return;
        }
        for (const rule of lex.verbs.get(lemma) ?? []) {
          if (
            rule.after &&
            !followedBy(
              sentence.tokens.map((t) => t.word.toLowerCase()),
              i,
              rule.after,
            )
          )
            continue;
          const targets = verbTargets(g, i, rule, lex);
          if (targets === null) continue;
          // "received the ambassadors of Nigeria, Ghana, Guinea and Libya", "met the ambassadors of the United States, Canada …":
          // envoys who name no one, received or met, stand for their states
          const envoyStates =
            rule.objectKind === 'guest' || rule.type === 'MET'
              ? receivedEnvoyStates(g, targets, lex, stateNouns, (t) => actorOf(t), rule.objectKind === 'guest')
              : [];
          // "welcomed Clinton" hosts a guest, "welcomed the agreement" praises; "received him", not "received a change in X's position"
          if (
            rule.objectKind === 'state'
              ? !targets.some((t) => actorOf(t)?.actor.kind === 'STATE')
              : rule.objectKind && (rule.objectKind === 'guest') !== (targets.some(isGuest) || envoyStates.length > 0)
          )
            continue;
          const sources = rule.type === 'ATTACKED' ? attackers(i) : args(subjects(g, i));
          // "ordered the Royal Thai Air Force to fly": a state's organ told to act is commanded by its own side, not asked
          // "Saudi Arabia, the UAE and Bahrain urged their citizens …": an owner named by a possessive the subjects' own is theirs, no party
          const named = [...args(targets, lex.ownerTargetTypes.has(rule.type)), ...envoyStates].filter(
            (b) => (!rule.tellsObjectTo || !isStateOrgan(b.actor)) && !(g.pos(b.token) === 'PRP$' && sources.some((a) => a.actor === b.actor)),
          );
          // "telephoned King Fahd and Sheikh Khalifa to urge restraint": a request naming no addressee is made to whom the call was with
          // "Ethiopian jets struck the airport in Asmara": a place attacked that names no one attacks the state it is in
          // (not the attacker's own: "struck militant positions in Pakistan's tribal areas" by Pakistan's army)
          const placed = () =>
            args(
              targets
                .filter((t) => lex.attackedPlaceNouns.has(g.lemma(t).toLowerCase()))
                .flatMap((t) => [...g.children(t, 'nmod:in'), ...(g.children(i, 'obj').includes(t) ? g.children(i, 'obl:in') : [])]),
            ).filter((b) => b.actor.kind === 'STATE' && !sources.some((a) => sameSide(a.actor, b.actor)));
          const objects = named.length ? named : rule.type === 'REQUESTED' ? args(callParties(g, i, lex)) : rule.type === 'ATTACKED' ? placed() : named;
          // "hosted" between two persons is a meeting
          const betweenPersons = sources.every((a) => a.actor.kind === 'PERSON') && objects.every((a) => a.actor.kind === 'PERSON');
          if (rule.persons && !betweenPersons) continue;
          const personal = rule.personType && betweenPersons;
          const told = personal ? rule.personType! : rule.type;
          // "Abe said he wanted to meet Chinese and South Korean leaders": a meeting wished or offered is an offer to meet
          const type = told === 'MET' && g.parents(i, 'xcomp').some((v) => WISH_LEMMAS.has(g.lemma(v))) ? 'AGREED_TO_MEET' : told;
          // "X and Y met", "the two premiers agreed", "the treaty was signed by A and B": several agents and no other party are each other's
          if (!objects.length && isJointAct(type, sources.length, rule) && !withParty(g, i)) {
            // "urged both sides to hold talks", "the two leaders agreed to meet": a pair's event controlled by another verb is not told as done
            if (sources.some((a) => a.group && g.incoming(a.token).some((arc) => arc.gov === i && arc.rel === 'nsubj:xsubj'))) continue;
            for (let a = 0; a < sources.length; a += 1)
              for (let b = a + 1; b < sources.length; b += 1) emit(type, [sources[a]!], [sources[b]!], i, rule.confidence, 'verb');
            continue;
          }
          emit(type, sources, objects, i, rule.confidence, 'verb');
        }
        return;
      }
      if (!tok.pos.startsWith('NN')) return;
      // "a conference convened by Borrell at Greece's request": the request's owner asked the clause's agent
      // and "Rice will visit China at the invitation of Foreign Minister Li Zhaoxing": the invitation's owner invited them
      const settingType = lex.requestNouns.has(tok.word.toLowerCase()) ? 'REQUESTED' : lex.invitationNouns.has(tok.word.toLowerCase()) ? 'INVITED' : null;
      const askers = settingType ? [...g.children(i, 'nmod:poss'), ...g.children(i, 'nmod:of')] : [];
      if (settingType)
        for (const arc of g.incoming(i))
          // ("at the invitation of Malaysia as Chair of ASEAN, I hosted …": a host is not the guest invited)
          if (
            (arc.rel === 'obl:at' || arc.rel === 'nmod:at') &&
            g.pos(arc.gov).startsWith('VB') &&
            !(settingType === 'INVITED' && HOSTING_VERBS.has(g.lemma(arc.gov)))
          ) {
            // "The radio said French police, at the request of Rabat, had questioned …": CoreNLP may hang the phrase on the
            // reporting verb; it sets the clause told, whose subject acted
            const told = lex.reportingVerbs.has(g.lemma(arc.gov)) ? toldClauses(g, arc.gov).filter((v) => v > i && g.pos(v).startsWith('VB')) : [];
            const clause = told[0] ?? arc.gov;
            // (with no "that", the clause's subject may be parsed as the reporting verb's object and the clause a bare dep)
            const agents = subjects(g, clause);
            emit(
              settingType,
              args(askers),
              args(agents.length || clause === arc.gov ? agents : g.children(arc.gov, 'obj')),
              i,
              REQUEST_SETTING_CONFIDENCE,
              'noun',
              clause,
            );
          }
      // "has accepted the invitation of President Musharraf to visit Pakistan": the inviter invited whoever accepts
      if (settingType === 'INVITED')
        for (const accepting of g.parents(i, 'obj').filter((v) => g.lemma(v) === 'accept'))
          emit('INVITED', args([...askers, ...g.children(i, 'nmod:from')]), args(subjects(g, accepting)), i, REQUEST_SETTING_CONFIDENCE, 'noun', accepting);
      // "Russia, Serbia's main ally, …", "Qatar and Turkey, Hamas's closest backers", "China is Pakistan's closest ally": who the noun says someone is to its owner
      const standing = lex.agentNouns.get(lemma);
      if (standing) {
        const owners = [...g.children(i, 'nmod:poss'), ...g.children(i, 'nmod:of')];
        const holders = [...g.parents(i, 'appos'), ...g.children(i, 'appos'), ...(g.children(i, 'cop').length ? g.children(i, 'nsubj') : [])];
        const all = [...holders, ...holders.flatMap((h) => g.children(h, 'conj:and'))];
        if (owners.length && all.length) emit(standing, args(all), args(owners), i, AGENT_NOUN_CONFIDENCE, 'noun');
      }
      // "…, a claim the ministry rejected as baseless", "…, a move the Taliban condemned": the relative clause answers what the clause before the comma told
      const answer = appositiveAnswer(g, i, lex);
      if (answer) {
        const sources = args(answer.sources);
        const told = answer.tellers.map((t) => args(t, true)).find((found) => found.some((b) => !sources.some((a) => a.actor === b.actor))) ?? [];
        emit(answer.type, sources, told, answer.verb, ANSWER_CONFIDENCE, answer.type === 'DENIED' ? 'dismissal' : 'verb');
      }
      for (const { before, rule } of lex.nouns.get(tok.word.toLowerCase()) ?? lex.nouns.get(lemma) ?? []) {
        if (
          before.length &&
          !precededBy(
            sentence.tokens.map((t) => t.word.toLowerCase()),
            i,
            before,
          )
        )
          continue;
        const { sources, targets, clause, between } = nounArguments(g, i, rule, lex, (t) => actorOf(t) !== null);
        // "talks between X and Y"; "X and Y agreed in a phone call": several parties, none the other's target
        const symmetric = RELATION_TYPE_INFO[rule.type].symmetric;
        const group = between.length >= 2 && !sources.length ? between : sources.length >= 2 && !targets.length ? sources : null;
        if (group && symmetric) {
          const parties = args(group);
          // "offered to facilitate talks between the two governments": a pair's event inside an intended act is not told as done
          if (parties.some((a) => a.group) && insideControlledClause(g, i)) continue;
          for (let a = 0; a < parties.length; a += 1)
            for (let b = a + 1; b < parties.length; b += 1) emit(rule.type, [parties[a]!], [parties[b]!], i, rule.confidence, 'noun', clause);
          continue;
        }
        emit(rule.type, args(sources), args(targets, rule.ownedTargets), i, rule.confidence * 0.95, 'noun', clause);
      }
    });
    // "Compaore met Camara in Conakry", "held talks with Li Zhaoxing in Beijing": a person serving one state who meets
    // in another's capital is visiting it
    const meetings = out.slice(sentenceStart).filter((r) => MEETING_TYPES.has(r.type) && !r.negated && r.target !== null);
    for (const meeting of meetings) {
      const trigger = sentence.tokens.findIndex((t) => t.start === meeting.triggerStart);
      const clauses = [trigger, ...g.parents(trigger, 'obj')];
      const host = clauses
        .flatMap((c) => g.children(c, 'obl:in'))
        .map((t) => locate.named(s, t))
        .find((a) => a?.kind === 'STATE');
      if (!host) continue;
      for (const guest of [meeting.source, meeting.target!]) {
        const served = servedState(guest);
        if (guest.kind !== 'PERSON' || !served || served === host || served.name === host.name) continue;
        // (an ambassador meets where he is posted: "met Japanese Ambassador Yasumasa Nagamine in Seoul")
        if (guest.roles.some((r) => RESIDENT_TITLES.test(r.title))) continue;
        if (out.slice(sentenceStart).some((r) => r.type === 'VISITED' && r.source === guest && r.target === host)) continue;
        out.push({ ...meeting, type: 'VISITED', source: guest, target: host, confidence: round(meeting.confidence * MEETING_VISIT_FACTOR) });
      }
    }
  });
  return out;
}

/** How many tokens after an appositive noun its answering verb may stand, when the parse gives it no relative-clause arc. */
const ANSWER_WINDOW_TOKENS = 10;
/** How many clauses up a told clause is followed to the verb it completes ("demanded that … reopen", "ordered … to refrain"). */
const MAX_CLAUSE_CLIMB = 3;

/**
 * "Macron accused Ankara of sending fighters, a claim the Turkish foreign ministry rejected as baseless": a claim,
 * proposal or deed noun put after a comma (`claimNouns`, `rejectableNouns`, `answeredNouns`), whose relative clause's
 * verb dismisses (`dismissalVerbs`, `denialVerbs`) or condemns it (a CRITICIZED verb of relations.json). Its subject
 * denies (a claim), rejects or criticises whoever told the clause before the comma: the agents of the verbs before it,
 * nearest first (the caller takes the first that names an actor; a controlled subject is not one: "ordered Caracas to refrain").
 * The same noun told as a verb's object and answered by a "which" clause ("demanded an apology, which Ankara refused")
 * answers that verb's agents.
 */
function appositiveAnswer(g: DependencyGraph, noun: number, lex: Lexicon): { type: RelationType; verb: number; sources: number[]; tellers: number[][] } | null {
  const word = g.word(noun);
  const claim = lex.claimNouns.has(word);
  if (!claim && !lex.rejectableNouns.has(word) && !lex.answeredNouns.has(word)) return null;
  const article = g.word(noun - 1) === 'a' || g.word(noun - 1) === 'an' ? 1 : 0;
  const comma = noun - 1 - article;
  if (g.word(comma) !== ',') return objectAnswer(g, noun, claim, lex);
  const verb = answeringVerb(g, noun);
  if (verb === null) return null;
  // its subject must stand between the two ("a claim the ministry rejected", "a request that Germany, Sweden and Denmark have refused")
  const sources = g.children(verb, 'nsubj').filter((t) => t > noun && t < verb);
  const type = answerType(g, verb, claim, lex);
  if (!sources.length || !type) return null;
  const tellers: number[][] = [];
  for (let verbBefore = comma - 1; verbBefore >= 0; verbBefore -= 1) {
    if (!g.pos(verbBefore).startsWith('VB')) continue;
    // "Kenya demanded that Somalia reopen the border, a request …": the demand is the demander's, not its content's
    // subject's (a reported clause stays its own: "Moscow said Kyiv accused it …, a claim …" is Kyiv's)
    let t = verbBefore;
    for (let depth = 0; depth < MAX_CLAUSE_CLIMB; depth += 1) {
      const up = g.incoming(t).find((a) => a.rel === 'xcomp' || a.rel === 'ccomp');
      if (!up || lex.reportingVerbs.has(g.lemma(up.gov))) break;
      t = up.gov;
    }
    const agents = isPassive(g, t) ? [...g.children(t, 'obl:agent'), ...g.children(t, 'obl:by')] : g.children(t, 'nsubj');
    if (agents.length) tellers.push(agents);
  }
  return { type, verb, sources, tellers };
}

/**
 * The verb answering an appositive noun: its relative clause's (the parse's acl:relcl arc), else the first verb after
 * it within a few tokens that is no auxiliary.
 */
function answeringVerb(g: DependencyGraph, noun: number): number | null {
  const relative = g.children(noun, 'acl:relcl').filter((v) => v > noun && /^VB/.test(g.pos(v)));
  if (relative.length) return Math.min(...relative);
  const last = Math.min(g.sentence.tokens.length, noun + ANSWER_WINDOW_TOKENS);
  for (let verb = noun + 1; verb < last; verb += 1)
    if (/^VB[DNPZ]?$/.test(g.pos(verb)) && !g.incoming(verb).some((a) => a.rel.startsWith('aux') || a.rel === 'cop')) return verb;
  return null;
}

/** A dismissal verb by lemma and particle: "turned down", "brushed aside". */
function phrasalDismissal(g: DependencyGraph, verb: number, lex: Lexicon): boolean {
  return g.children(verb, 'compound:prt').some((p) => lex.dismissalVerbs.has(`${g.lemma(verb)} ${g.word(p)}`));
}

/** Denial of a claim, rejection (a dismissal verb, also a phrasal one: "turned down"), or criticism (a CRITICIZED verb of relations.json). */
function answerType(g: DependencyGraph, verb: number, claim: boolean, lex: Lexicon): RelationType | null {
  const lemma = g.lemma(verb);
  const dismisses = lex.dismissalVerbs.has(lemma) || phrasalDismissal(g, verb, lex);
  if (claim && (dismisses || lex.denialVerbs.has(lemma))) return 'DENIED';
  if (dismisses) return 'REJECTED';
  return (lex.verbs.get(lemma) ?? []).some((r) => r.type === 'CRITICIZED') ? 'CRITICIZED' : null;
}

/** "He demanded an apology, which Ankara refused": a told object answered by a "which" or "that" clause answers the verb's agents. */
function objectAnswer(
  g: DependencyGraph,
  noun: number,
  claim: boolean,
  lex: Lexicon,
): { type: RelationType; verb: number; sources: number[]; tellers: number[][] } | null {
  const told = g.parents(noun, 'obj').filter((v) => v < noun && g.pos(v).startsWith('VB'));
  for (const verb of g.children(noun, 'acl:relcl')) {
    // a relative pronoun of its own, and its subject after it: "which Ankara refused" (not "the plan that angered Ankara")
    const pronoun = g.children(noun, 'ref').find((r) => r > noun && r < verb);
    const sources = g.children(verb, 'nsubj').filter((t) => pronoun !== undefined && t > pronoun && t < verb);
    const type = answerType(g, verb, claim, lex);
    if (!told.length || !sources.length || !type) continue;
    return { type, verb, sources, tellers: told.map((v) => g.children(v, 'nsubj')) };
  }
  return null;
}

/** A body that is an organ of a state (its army, air force, police, ministry): a role it holds is one "of" a state. */
function isStateOrgan(a: Actor): boolean {
  return a.kind !== 'STATE' && a.kind !== 'PERSON' && a.roles.some((r) => r.of?.kind === 'STATE');
}

/**
 * A main clause of obligation: a root (or a clause coordinated with it) with "must" or "should" and a subject of its
 * own, told as a demand, not as what someone "must have done", holds or suffers ("must have had", "should have the
 * final say", "Zelaya must be restored", "there should be talks").
 */
function spokenDemandClause(g: DependencyGraph, clause: number, lex: Lexicon): number | null {
  const main = g.incoming(clause).every((a) => a.rel === 'root' || (a.rel.startsWith('conj') && g.incoming(a.gov).length === 0));
  if (!main || !g.children(clause, 'aux').some((a) => lex.deonticAux.has(g.lemma(a)))) return null;
  if (g.children(clause, 'aux').some((a) => g.lemma(a) === 'have') || g.lemma(clause) === 'have') return null;
  if (g.children(clause, 'aux:pass').length || g.children(clause, 'expl').length || !g.children(clause, 'nsubj').length) return null;
  return clause;
}

/** Relations of meeting, whose place tells a visit. */
const MEETING_TYPES: ReadonlySet<RelationType> = new Set(['MET', 'NEGOTIATED_WITH']);
/** Titles of envoys who live where they are posted. */
const RESIDENT_TITLES = /ambassador|charg[eé]|high commissioner|consul/i;
/** A visit read from where a meeting took place is less direct than "visited". */
const MEETING_VISIT_FACTOR = 0.9;

/** The state a person serves: of a role, or of the body of a role ("spokesman of the Chinese Foreign Ministry": China). */
function servedState(person: Actor): Actor | null {
  for (const role of person.roles) {
    if (role.of?.kind === 'STATE') return role.of;
    const state = role.of?.roles.find((r) => r.of?.kind === 'STATE')?.of;
    if (state) return state;
  }
  return null;
}

/** Whether two actors stand on one side: the same, or one serves or belongs to the other (by its roles or its state). */
function sameSide(a: Actor, b: Actor): boolean {
  const serves = (x: Actor, y: Actor) => x.state === y.name || x.roles.some((r) => r.of !== null && (r.of === y || r.of.name === y.name));
  return a === b || serves(a, b) || serves(b, a);
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
/** How many arcs up from a noun its clause's verb is looked for. */
const MAX_NOUN_CLIMB = 3;

/** A noun in the clause of a controlled verb ("urged X to hold talks", "offered to facilitate talks"): an act wanted, offered or asked for. */
function insideControlledClause(g: DependencyGraph, noun: number): boolean {
  let t = noun;
  for (let depth = 0; depth < MAX_NOUN_CLIMB; depth += 1) {
    const up = g.incoming(t)[0];
    if (!up) return false;
    t = up.gov;
    if (g.pos(t).startsWith('VB')) return g.incoming(t).some((a) => a.rel === 'xcomp') || g.children(t, 'nsubj:xsubj').length > 0;
  }
  return false;
}

/**
 * "The Government of Ghana calls upon Togo", "Ghana's government said": a state noun (`stateNouns` in
 * rules/state-bodies.json) whose "of" phrase or possessor names a state is that state, as the surface rules read it —
 * not whatever a coreference chain through the noun names.
 */
function governedState(g: DependencyGraph, token: number, stateNouns: ReadonlySet<string>, named: (t: number) => Actor | null): Actor | null {
  return governedStates(g, token, stateNouns, named)[0] ?? null;
}

/**
 * The states a state noun governs: "the government of X", "X's government", and by demonym "the French and Belgian
 * governments", "the Governments of the United Kingdom and France" (each adjective or owner naming a state, the parse joining
 * the second to the first).
 */
function governedStates(g: DependencyGraph, token: number, stateNouns: ReadonlySet<string>, named: (t: number) => Actor | null): Actor[] {
  if (!stateNouns.has(g.word(token).toLowerCase()) && !stateNouns.has(g.lemma(token).toLowerCase())) return [];
  const owners = [...g.children(token, 'nmod:of'), ...g.children(token, 'nmod:poss')];
  const demonyms = g.children(token, 'amod');
  const found: Actor[] = [];
  const heads = [...owners, ...demonyms];
  // ("the Governments of the United Kingdom and France": the conjuncts of the owner too)
  for (const owner of [...heads, ...heads.flatMap((d) => g.children(d, (rel) => rel.startsWith('conj')))]) {
    const actor = named(owner);
    if (actor?.kind === 'STATE' && !found.includes(actor)) found.push(actor);
  }
  return found;
}

/**
 * The states a misparsed list names after its first item: CoreNLP reads "South Africa, the United Republic of Tanzania
 * and Malawi" as an apposition ("the United Republic of …") holding the rest as its "of" conjuncts. A state is never
 * another state's apposition, so each state named there, and each conjunct of it, is one more item. Pure.
 */
function listedStates(g: DependencyGraph, token: number, first: Actor, named: (t: number) => Actor | null): Arg[] {
  const out: Arg[] = [];
  for (const appos of g.children(token, 'appos')) {
    const head = named(appos);
    if (head?.kind !== 'STATE' || head === first) continue;
    const items = [appos, ...g.children(appos, 'nmod:of')];
    for (const item of [...items, ...items.flatMap((i) => g.children(i, (rel) => rel.startsWith('conj')))]) {
      const actor = named(item);
      if (actor?.kind === 'STATE' && actor !== first && !out.some((a) => a.actor === actor)) out.push({ actor, coref: false, token: item });
    }
  }
  return out;
}

/** Verbs of wanting that ask something of whom they name: "wants Israel to lift the blockade". */
const WANTING_LEMMAS = new Set(['want', 'wish']);

/**
 * Whom a verb of wanting asks something of: the object of "want X to do", with its conjuncts (the parse makes each an
 * object). None when the verb is no such verb or wants no deed. Pure.
 */
function wishedOf(g: DependencyGraph, verb: number): number[] {
  if (!WANTING_LEMMAS.has(g.lemma(verb).toLowerCase())) return [];
  return g.children(verb, 'xcomp').some((x) => g.pos(x).startsWith('VB')) ? g.children(verb, 'obj') : [];
}

/**
 * "the representative of Kuwait, Mohammad Abulhassan, said", "accused the commission's chairman, Richard Butler": the
 * actor a noun's appositive names — the clause's own name for it, nearer than a coreference chain or the body an envoy
 * is "of". (Measured: taken only where the noun already stands for an actor; a bare description with no chain, "his
 * son, X", "the ECOWAS Chair, X", added as many false relations as true ones.)
 */
function appositiveName(g: DependencyGraph, token: number, named: (t: number) => Actor | null): Actor | null {
  if (!/^NN[SP]?$/.test(g.pos(token))) return null;
  // a verb between them, unless in the noun's relative clause ("the minister who led the delegation, Mahinda Samarasinghe"),
  // tells more of the noun than its name: "a barge working for Heritage Oil, killing a British contractor, Ken Kenn"
  const own = new Set(g.children(token, 'acl:relcl').flatMap((v) => [v, ...descendants(g, v)]));
  for (const name of g.children(token, 'appos')) {
    if (name < token || range(token + 1, name).some((t) => g.pos(t).startsWith('VB') && !own.has(t))) continue;
    const actor = named(name);
    if (actor) return actor;
  }
  return null;
}

/**
 * Whom an envoy noun (`envoyNouns`) stands for: what it is "of" ("the foreign ministers of Brazil, Argentina and
 * Uruguay"), through a state noun to the states it governs ("the heads of government of the United States, Japan …").
 * None when the token is no envoy noun.
 */
function envoyMandators(g: DependencyGraph, token: number, lex: Lexicon, stateNouns: ReadonlySet<string>): number[] {
  if (!lex.envoyNouns.has(g.lemma(token))) return [];
  // "a spokesman for the deposed president", "a State Department spokesman": a voice stands for whom it speaks for
  if (lex.voiceNouns.has(g.lemma(token))) {
    const spokenFor = g.children(token, 'nmod:for');
    return spokenFor.length ? spokenFor : [...g.children(token, 'compound'), ...g.children(token, 'amod')];
  }
  return mandateOf(g, token, stateNouns);
}

/** What a mandate noun is "of", through a state noun to the states it governs ("the heads of government of X, Y …"). */
function mandateOf(g: DependencyGraph, token: number, stateNouns: ReadonlySet<string>): number[] {
  return g.children(token, 'nmod:of').flatMap((o) => {
    const governed = stateNouns.has(g.word(o)) ? g.children(o, 'nmod:of') : [];
    return governed.length ? governed : [o];
  });
}

/**
 * The states whose resident envoys a verb's objects are, when they name no one themselves: "received the ambassadors of
 * the United States, Britain and France" (each conjunct its own "of" in the enhanced++ parse).
 */
function receivedEnvoyStates(
  g: DependencyGraph,
  targets: readonly number[],
  lex: Lexicon,
  stateNouns: ReadonlySet<string>,
  actorOf: (t: number) => Arg | null,
  guests: boolean,
): Arg[] {
  return targets
    .filter((t) => !actorOf(t) && lex.receivedEnvoyNouns.has(g.lemma(t).toLowerCase()))
    .flatMap((t) => {
      const of = mandateOf(g, t, stateNouns);
      // a guest received by its demonym ("received the Moroccan ambassador"); not one summoned ("summoned the Iranian
      // ambassador" is a protest the annotations seldom record as a meeting)
      return of.length || !guests ? of : [...g.children(t, 'amod'), ...g.children(t, 'compound')];
    })
    .map(actorOf)
    .filter((a): a is Arg => a?.actor.kind === 'STATE');
}

/** Where a staff noun's phrases name their workplace: "officials at the embassy", "a source in the ministry", "members of the delegation". */
const STAFF_PHRASE_RELS = ['nmod:at', 'nmod:from', 'nmod:of', 'nmod:in'];

/**
 * Whom a staff noun's people stand for: the state of the mission they work at ("officials at the French embassy",
 * "a member of the Turkish delegation"), else the body their phrase names ("a source at the Foreign Ministry"; not a
 * member named in apposition, who is the one meant, nor staff "in" a state, which is where they are).
 */
function staffPrincipals(g: DependencyGraph, staff: number, lex: Lexicon, actorOf: (t: number) => Arg | null): Arg[] {
  const named = (a: Arg | null): a is Arg => a !== null;
  const states = missionStates(g, staff, lex).map(actorOf).filter(named);
  if (states.length || g.children(staff, 'appos').length) return states;
  return STAFF_PHRASE_RELS.flatMap((rel) =>
    g
      .children(staff, rel)
      .map(actorOf)
      .filter(named)
      .filter((a) => rel !== 'nmod:in' || a.actor.kind !== 'STATE'),
  );
}

/** The tokens naming whose mission a staff noun works at: "officials at the French embassy", "diplomats from the embassy of Iran". */
function missionStates(g: DependencyGraph, staff: number, lex: Lexicon): number[] {
  const isMission = (m: number) => lex.missionNouns.has(g.lemma(m).toLowerCase());
  // the phrase hangs on the staff noun, or on the verb whose object it is ("expelled two officials at the Somali embassy")
  const verbs = g.incoming(staff).flatMap((a) => (a.rel === 'obj' ? [a.gov] : []));
  const phrases = [
    ...STAFF_PHRASE_RELS.flatMap((rel) => g.children(staff, rel)),
    ...verbs.flatMap((v) => [...g.children(v, 'obl:at'), ...g.children(v, 'obl:from')]),
  ];
  // ("at the Somali embassy persona non grata": CoreNLP may make the mission a compound of what follows it)
  const missions = phrases.flatMap((p) => (isMission(p) ? [p] : g.children(p, 'compound').filter(isMission)));
  return missions.flatMap((m) => [...g.children(m, 'amod'), ...g.children(m, 'compound'), ...g.children(m, 'nmod:poss'), ...g.children(m, 'nmod:of')]);
}

/** The two actors joined by "and" nearest before a token in its sentence ("both Mitsotakis and Erdogan"), or none. */
function pairBefore(g: DependencyGraph, token: number, named: (t: number) => Actor | null): Actor[] {
  for (let x = token - 1; x >= 0; x -= 1) {
    const conjuncts = g.outgoing(x).filter((a) => a.rel.startsWith('conj') && a.dep < token);
    if (conjuncts.length !== 1 || g.incoming(x).some((a) => a.rel.startsWith('conj'))) continue;
    const first = named(x);
    const second = named(conjuncts[0]!.dep);
    if (first && second && first !== second) return [first, second];
  }
  return [];
}
/**
 * "spoke to both foreign ministers and encouraged them", "would work with the new authorities, and urged them": an
 * object pronoun "them" is the nearest plural noun before it in its sentence, when that noun names a group or an actor;
 * nothing when the nearest names none ("inspected the boats and found them empty") or is the pronoun's own subject.
 */
function pluralAntecedent(g: DependencyGraph, token: number, named: (t: number) => Actor | null, groupAt: (t: number) => Actor[]): Actor[] {
  if (g.word(token) !== 'them') return [];
  const ownSubjects = new Set(g.incoming(token).flatMap((a) => g.children(a.gov, (rel) => rel.startsWith('nsubj'))));
  for (let x = token - 1; x >= 0; x -= 1) {
    if (g.pos(x) !== 'NNS' && g.pos(x) !== 'NNPS') continue;
    if (ownSubjects.has(x)) return [];
    const group = groupAt(x);
    if (group.length >= 2) return group;
    const actor = named(x);
    return actor ? [actor] : [];
  }
  return [];
}
const isPlural = (g: DependencyGraph, t: number) => g.pos(t) === 'NNS' || g.pos(t) === 'NNPS' || PLURAL_PRONOUNS.has(g.word(t));

/** Who a thing may belong to, in the order they are read: its possessor, what it is "of" or "by", the names modifying it. */
function ownerGroups(g: DependencyGraph, token: number): number[][] {
  return [
    g.children(token, 'nmod:poss'),
    g.children(token, 'nmod:of'),
    g.children(token, 'nmod:by'),
    participleAgents(g, token),
    [...g.children(token, 'compound'), ...g.children(token, 'amod')],
  ].filter((group) => group.length > 0);
}

/** Adverbs that single out some of what a common noun names ("the donors, notably Japan"). */
const SINGLING_ADVERBS: ReadonlySet<string> = new Set(['especially', 'notably', 'particularly', 'chiefly', 'mainly']);

/**
 * The names a common noun singles out, with their conjuncts: an apposition marked "especially", "notably" ("the
 * donors, notably Japan and Norway"), or "in particular X" ("the friendly countries, in particular France").
 */
function singledOut(g: DependencyGraph, noun: number): number[] {
  if (!g.pos(noun).startsWith('NN') || g.pos(noun).startsWith('NNP')) return [];
  const picks = [
    ...g.children(noun, 'appos').filter((d) => g.children(d, 'advmod').some((a) => SINGLING_ADVERBS.has(g.lemma(a).toLowerCase()))),
    ...g.children(noun, 'nmod:in').filter((d) => g.children(d, 'amod').some((a) => g.lemma(a).toLowerCase() === 'particular')),
  ];
  return picks.flatMap((p) => [p, ...g.children(p, (rel) => rel.startsWith('conj'))]);
}

/**
 * The agents of a participle describing a thing: "a Security Council draft, sponsored by the United States, Japan and
 * others", "the plan put forward by Egypt". Whoever made the thing owns it, before the name modifying it.
 */
function participleAgents(g: DependencyGraph, token: number): number[] {
  // (CoreNLP may hang the participle set off by a comma on the verb whose object the thing is, as a bare dep)
  const setOff = g
    .parents(token, 'obj')
    .flatMap((verb) => g.children(verb, 'dep'))
    .filter((dep) => dep > token && dep <= token + 2);
  return [...g.children(token, 'acl'), ...setOff]
    .filter((verb) => g.pos(verb) === 'VBN')
    .flatMap((verb) => g.children(verb, (rel) => rel === 'obl:agent' || rel === 'obl:by'));
}

/** The clauses a reporting verb tells: its "that" clause, or (with no "that") the bare dep CoreNLP may make of it. */
function toldClauses(g: DependencyGraph, verb: number): number[] {
  return [...g.children(verb, 'ccomp'), ...g.children(verb, 'dep')];
}

/** Who a thing belongs to: its possessor ("Moscow's remarks"), else what it is "of" ("the decision of Tirana"), else the name modifying it ("the Israeli side"). */
function ownersOf(g: DependencyGraph, token: number): number[] {
  const poss = g.children(token, 'nmod:poss');
  if (poss.length) return poss;
  const of = g.children(token, 'nmod:of');
  if (of.length) return of;
  // "last week's flight exercises by the U.S. military"
  const by = g.children(token, 'nmod:by');
  if (by.length) return by;
  const made = participleAgents(g, token);
  if (made.length) return made;
  // "rejected a request from Jakarta": what comes from someone is theirs
  const from = g.children(token, 'nmod:from');
  if (from.length) return from;
  // "urged the Israeli side", "warned the Taiwan authorities": a name or demonym modifying the noun
  return [...g.children(token, 'compound'), ...g.children(token, 'amod')];
}

/** The target tokens of a verb under a rule, or null when the rule does not apply (its required object is absent). */
function verbTargets(g: DependencyGraph, verb: number, rule: PredicateRule, lex: Lexicon): number[] | null {
  const objects = g.children(verb, 'obj');
  const targets: number[] = [];
  const prepTargets = (head: number, kind: 'obl' | 'nmod') =>
    g
      .outgoing(head)
      .filter((a) => a.rel.startsWith(`${kind}:`) && rule.preps.includes(prepositionOf(a.rel) ?? ''))
      .map((a) => a.dep);
  if (rule.objects) {
    const required = (o: number) => rule.objects!.has(g.word(o)) || rule.objects!.has(g.lemma(o));
    // "handed a note of protest to", "a protest note": a document (documentNouns) of the required noun
    const documentOf = (o: number) => lex.documentNouns.has(g.lemma(o)) && [...g.children(o, 'nmod:of'), ...g.children(o, 'compound')].some(required);
    const heads = objects.filter((o) => required(o) || documentOf(o));
    if (!heads.length) return null;
    targets.push(...prepTargets(verb, 'obl'));
    for (const h of heads) targets.push(...prepTargets(h, 'nmod'));
    // "handed him a note of protest", "granted Glas asylum": an indirect object is whom a 'to' phrase would name
    if (rule.preps.includes('to')) targets.push(...g.children(verb, 'iobj'));
    // "granted Gutierrez asylum", "offered Taylor asylum": CoreNLP often reads the person before the thing given as a
    // compound of it; a person's name there is the indirect object ("US weapons" is the giver's, no person)
    if (rule.preps.includes('to') && !targets.length) for (const h of heads) targets.push(...g.children(h, 'compound').filter((c) => g.ner(c) === 'PERSON'));
    return targets;
  }
  if (rule.bareObject && namesItsObject(g, verb)) return null;
  if (rule.toldTo && !tellsTo(g, verb, rule.toldTo)) return null;
  if (rule.tellsObjectTo) {
    const told = objectsToldTo(g, verb, lex);
    return told.length ? told : null;
  }
  const passive = isPassive(g, verb) ? passivePatients(g, verb) : g.children(verb, 'nsubj:pass');
  if (rule.direct) targets.push(...objects, ...passive, ...g.children(verb, 'iobj'));
  // "declared 12 French officials persona non grata": CoreNLP makes the object the subject of a small clause
  if (rule.direct && rule.after && !targets.length) for (const clause of g.children(verb, 'xcomp')) targets.push(...g.children(clause, 'nsubj'));
  // "demanded that Bangkok take back the temple", "demanded that Russia be allowed": the clause's subject is asked
  if (rule.complement && lex.complementTargetTypes.has(rule.type) && !targets.length)
    for (const clause of g.children(verb, 'ccomp'))
      if (g.children(clause, 'mark').some((m) => g.lemma(m) === 'that')) targets.push(...g.children(clause, 'nsubj'), ...g.children(clause, 'nsubj:pass'));
  // "warned that Moscow would respond if Washington began deploying missiles": a warning is aimed at whoever its condition names
  if (rule.complement && lex.conditionTargetTypes.has(rule.type) && !targets.length)
    for (const clause of g.children(verb, 'ccomp')) {
      const conditions = conditionSubjects(g, clause, lex);
      // "warned that Israel should not test Turkey's patience": with no condition, a clause told as an obligation aims at its subject
      const obliged = g.children(clause, 'aux').some((a) => lex.warningModals.has(g.lemma(a)));
      targets.push(...(conditions.length ? conditions : obliged ? g.children(clause, 'nsubj') : []));
    }
  // "invited Kim to the White House", "welcomed Modi in Delhi": with a direct object, a 'to'/'in' phrase is a place
  const hasObject = rule.direct && targets.length > 0;
  const obliques = prepTargets(verb, 'obl');
  targets.push(...obliques.filter((t) => !(hasObject && PLACE_PREPS.has(prepOfArc(g, verb, t)))));
  // "demanded an apology from China", "sought assurances from Moscow": CoreNLP hangs the 'from' phrase on the thing
  // asked for. Only 'from': an object's "with", "on" or "to" is the object's own ("discussed cooperation with", "the
  // attack on"; with them the check split read 3 more wrong and nothing more right), and not for a particle verb
  if (!rule.direct && !rule.after && rule.preps.includes('from')) for (const o of objects) targets.push(...g.children(o, 'nmod:from'));
  if (!obliques.length) targets.push(...markedAddressees(g, verb, rule.preps));
  // "demanded the immediate withdrawal of Argentine forces", "called for the withdrawal of Russian heavy weapons": with no
  // addressee named (the departure itself may be the 'for' target), whoever is to withdraw is asked to
  if (rule.type === 'REQUESTED' && !targets.some((t) => /^(NNP|PRP)/.test(g.pos(t))))
    targets.push(...withdrawers(g, [...objects, ...g.children(verb, 'obl:for')], lex));
  return targets;
}

/** The owners of what a departure noun (`departureNouns`) takes away: "the withdrawal of Soviet forces", "of their troops", "of Syria". */
function withdrawers(g: DependencyGraph, nouns: number[], lex: Lexicon): number[] {
  const withdrawn = nouns.filter((n) => lex.departureNouns.has(g.lemma(n))).flatMap((n) => g.children(n, 'nmod:of'));
  const all = withdrawn.flatMap((w) => [w, ...g.children(w, (rel) => rel.startsWith('conj'))]);
  return all.flatMap((w) => [w, ...g.children(w, 'nmod:poss'), ...g.children(w, 'amod'), ...g.children(w, 'compound')]);
}

/**
 * "telephoned King Fahd and Sheikh Khalifa to urge restraint", "spoke by telephone with Craxi and asked that the
 * hijackers be handed over": a request with no addressee of its own, in a clause joined to a call or meeting
 * (`callVerbs`), is made to whom the call or meeting was with.
 */
function callParties(g: DependencyGraph, verb: number, lex: Lexicon): number[] {
  return g
    .incoming(verb)
    .filter((a) => (a.rel.startsWith('conj') || a.rel === 'xcomp' || a.rel.startsWith('advcl')) && lex.callVerbs.has(g.lemma(a.gov)))
    .flatMap((a) => [...g.children(a.gov, 'obj'), ...g.children(a.gov, 'obl:with'), ...g.children(a.gov, 'obl:to')]);
}

/**
 * "called on the Council to meet", "called upon the United Kingdom to engage": CoreNLP reads the preposition as the
 * mark of the infinitive clause, and the addressee as that clause's subject.
 */
function markedAddressees(g: DependencyGraph, verb: number, preps: readonly string[]): number[] {
  if (!preps.length) return [];
  return g
    .children(verb, (rel) => rel.startsWith('advcl') || rel === 'xcomp')
    .flatMap((clause) => {
      const marks = g.children(clause, 'mark').filter((m) => m > verb && preps.includes(g.word(m)));
      return marks.length ? g.children(clause, 'nsubj').filter((subject) => subject > marks[0]!) : [];
    });
}

/** Adverbs that make calling someone a recall: "called him back", "called the envoy home". */
const RECALL_ADVERBS = new Set(['back', 'home']);

/**
 * "called Kosovo a false state", "called Hariri \"a strong partner\"", "described it as excessive": the verb says what its
 * object is. A bare object is a name followed by no predicate of its own: a quote, determiner, adjective or noun after it.
 */
/**
 * "France and Germany signed an agreement with Russia", "signed preliminary agreements with the state-run … Board": a
 * "with" phrase on the verb or its object names the other party, so the subjects are not each other's.
 */
function withParty(g: DependencyGraph, verb: number): boolean {
  // ("met in Sochi with their advisers": the parties' own company is no other party)
  const other = (noun: number) => !g.children(noun, 'nmod:poss').some((p) => g.pos(p) === 'PRP$');
  return g.children(verb, 'obl:with').some(other) || g.children(verb, 'obj').some((o) => g.children(o, 'nmod:with').some(other));
}

function namesItsObject(g: DependencyGraph, verb: number): boolean {
  const objects = g.children(verb, 'obj');
  // "called on Moscow to …" is a request, whatever the parse made of "on"
  // a name, or an office standing for its holder ("called the Gabonese president on Wednesday and urged him")
  const named = (o: number) => g.pos(o).startsWith('NNP') || g.ner(o) === 'TITLE';
  if (!objects.length || objects.some((o) => !named(o)) || /^(IN|RP|TO)$/.test(g.pos(verb + 1))) return true;
  if (g.children(verb, 'xcomp').some((x) => /^(NN|JJ|PRP|CD)/.test(g.pos(x)))) return true;
  // "Itu Aba, which Taipei calls Taiping Island": two objects, not coordinated, are a thing and its name
  const coordinated = (a: number, b: number) =>
    g.children(a, (rel) => rel.startsWith('conj')).includes(b) || g.children(b, (rel) => rel.startsWith('conj')).includes(a);
  if (objects.some((a, i) => objects.slice(i + 1).some((b) => !coordinated(a, b)))) return true;
  if (g.outgoing(verb).some((a) => a.rel === 'obl:as' || a.rel === 'advcl:as')) return true;
  // "called ambassador Massari back to Rome", "called the envoy home", "called in the ambassador": a recall or a
  // summons, no call ("rang up the President" is one)
  if (g.children(verb, 'compound:prt').some((p) => g.lemma(p) !== 'up') || g.children(verb, 'advmod').some((a) => RECALL_ADVERBS.has(g.lemma(a)))) return true;
  return objects.some((o) => NAMING_NEXT.test(g.pos(o + 1)) || QUOTE_MARKS.has(g.word(o + 1)));
}

/** "ordered the ambassador to leave", "gave him 72 hours to leave", "ordered the envoy out": what the verb tells its object to do is one of `acts`. */
function tellsTo(g: DependencyGraph, verb: number, acts: ReadonlySet<string>): boolean {
  const clauses = g.children(verb, (rel) => rel === 'xcomp' || rel === 'ccomp' || rel.startsWith('advcl') || rel === 'compound:prt');
  const ofObjects = g.children(verb, 'obj').flatMap((o) => g.children(o, (rel) => rel === 'acl' || rel.startsWith('acl:')));
  return [...clauses, ...ofObjects].some((c) => acts.has(g.lemma(c)));
}

/**
 * "ordered Caracas to refrain", "forced Mr Yeltsin to drop Yegor Gaidar", "would like China to urge": the objects a verb
 * tells to do something, the subjects of its to-infinitive. An act another entry of the verb names by 'toldTo' is that
 * entry's ("ordered the ambassador to leave" is an expulsion, not a request).
 */
function objectsToldTo(g: DependencyGraph, verb: number, lex: Lexicon): number[] {
  const otherActs = lex.toldToActs.get(g.lemma(verb));
  const objects = g.children(verb, 'obj');
  return g
    .children(verb, 'xcomp')
    .filter((c) => g.pos(c).startsWith('VB') && g.children(c, 'mark').some((m) => g.word(m) === 'to') && !otherActs?.has(g.lemma(c)))
    .flatMap((c) => g.children(c, 'nsubj:xsubj').filter((s) => objects.includes(s)));
}

/** The subjects of a clause's conditions: "if Ecuador did", "unless Kosovo withdraws", "should Tehran retaliate" (a modal put before its subject). */
function conditionSubjects(g: DependencyGraph, clause: number, lex: Lexicon): number[] {
  return g
    .children(clause, (rel) => rel.startsWith('advcl'))
    .flatMap((condition) => {
      const subjects = g.children(condition, 'nsubj');
      const marked = g.children(condition, 'mark').some((m) => lex.conditionMarks.has(g.lemma(m)));
      const inverted = g.children(condition, 'aux').some((a) => lex.conditionMarks.has(g.lemma(a)) && subjects.some((s) => a < s));
      return marked || inverted ? subjects : [];
    });
}

/** The agent and target tokens of an event noun: "Russia's strikes on Aleppo", "held talks with", "drew condemnation from". */
function nounArguments(g: DependencyGraph, noun: number, rule: PredicateRule, lex: Lexicon, isActor: (token: number) => boolean) {
  let sources: number[] = [...g.children(noun, 'nmod:poss'), ...g.children(noun, 'nmod:by'), ...g.children(noun, 'nmod:from')];
  const targets: number[] = g
    .outgoing(noun)
    .filter((a) => a.rel.startsWith('nmod:') && rule.preps.includes(prepositionOf(a.rel) ?? '') && a.rel !== 'nmod:poss')
    .map((a) => a.dep);
  // "the visit to Phnom Penh of Marty Natalegawa": with a party named by another preposition, an "of" phrase is the agent
  if (!sources.length && targets.length && !rule.preps.includes('of')) sources.push(...g.children(noun, 'nmod:of'));
  const between = g.children(noun, 'nmod:between');
  let clause = noun;
  // "held several rounds of talks with": the light verb's object is a quantity of the event
  const heads = [noun, ...g.parents(noun, 'nmod:of').filter((h) => lex.quantityNouns.has(g.lemma(h)))];
  for (const verb of heads.flatMap((h) => g.parents(h, 'obj'))) {
    const vl = g.lemma(verb);
    if (lex.lightVerbs.has(vl)) {
      clause = verb;
      // "voiced the Union's solidarity with Spain": an owner that names no actor leaves the voice to the light verb's subject
      // ("Kenya and the United States reaffirmed their support": a possessive pronoun is the subject's own, all of it, where
      // a coreference chain would name one)
      const subjects = agentsOf(g, verb, lex);
      if (!sources.some(isActor) || (sources.every((t) => g.pos(t) === 'PRP$') && subjects.some(isActor))) sources = subjects;
      targets.push(
        ...g
          .outgoing(verb)
          .filter((a) => a.rel.startsWith('obl:') && rule.preps.includes(prepositionOf(a.rel) ?? ''))
          .map((a) => a.dep),
      );
      between.push(...g.children(verb, 'obl:between'));
    } else if (lex.receivingVerbs.has(vl) && !lex.lightVerbs.has(vl)) {
      // "X drew condemnation from Y": Y acts on X
      clause = verb;
      sources.push(...g.children(verb, 'obl:from'));
      targets.push(...agentsOf(g, verb, lex));
    }
  }
  // "arrived in Belgrade for talks with Vucic": the traveller is the party
  for (const verb of g.parents(noun, 'obl:for')) {
    if (sources.length) break;
    clause = verb;
    sources.push(...agentsOf(g, verb, lex));
  }
  // "said in a phone call with Olmert", "agreed at talks with": the clause's subject took part ("talks between X and Y" name their own)
  // (not an attack's: "approached MI6 shortly before the invasion of Iraq" names no invader)
  for (const arc of rule.type === 'ATTACKED' ? [] : g.incoming(noun)) {
    if (sources.length || between.length >= 2) break;
    if (!arc.rel.startsWith('obl:') || !lex.settingPreps.has(prepositionOf(arc.rel) ?? '') || !g.pos(arc.gov).startsWith('VB')) continue;
    clause = arc.gov;
    sources.push(...agentsOf(g, arc.gov, lex));
  }
  return { sources, targets: targets.filter((t) => !sources.includes(t)), clause, between };
}

/** Negation, modality and speaker of the clause a trigger heads, from its arcs. */
export function clauseModality(
  g: DependencyGraph,
  head: number,
  lex: Lexicon,
  actorAt: (token: number) => Actor | null,
): { modality: Modality; negated: boolean; speaker: Actor | null } {
  let negated = g.outgoing(head).some((a) => (a.rel === 'advmod' || a.rel === 'det') && NEGATORS.has(g.lemma(a.dep)));
  let modality: Modality = 'ASSERTED';
  let speaker: Actor | null = null;
  const auxes = g.children(head, 'aux').map((a) => g.lemma(a));
  if (auxes.some((a) => lex.plannedAux.has(a))) modality = 'PLANNED';
  if (auxes.some((a) => lex.hypotheticalAux.has(a)) || g.children(head, 'mark').some((m) => g.lemma(m) === 'if')) modality = 'HYPOTHETICAL';
  if (g.children(head, 'advmod').some((a) => lex.reportedAdverbs.has(g.lemma(a)))) modality = 'REPORTED';
  // up the clause chain: "refused to meet" (negated), "plans to visit" (planned), "said it would", "denied attacking"
  let cur = head;
  for (let depth = 0; depth < 3; depth += 1) {
    const up = g.incoming(cur).find((a) => a.rel === 'xcomp' || a.rel === 'ccomp' || a.rel.startsWith('advcl'));
    if (!up) break;
    const lemma = g.lemma(up.gov);
    if (up.rel === 'xcomp' && lex.negatingVerbs.has(lemma) && lemma !== 'deny' && lemma !== 'reject') negated = !negated;
    if (up.rel === 'xcomp' && lex.plannedVerbs.has(lemma) && modality === 'ASSERTED') modality = 'PLANNED';
    if ((lemma === 'deny' || lemma === 'reject') && up.rel !== 'advcl') modality = 'DENIED';
    if (up.rel === 'ccomp' && lex.reportingVerbs.has(lemma)) {
      const subject = g.children(up.gov, 'nsubj')[0];
      speaker = subject === undefined ? null : actorAt(subject);
      if (modality === 'ASSERTED') modality = 'REPORTED';
      if (g.outgoing(up.gov).some((a) => a.rel === 'advmod' && NEGATORS.has(g.lemma(a.dep)))) negated = !negated;
      break;
    }
    cur = up.gov;
  }
  return { modality, negated, speaker };
}

/** The clause's own full date: a DATE token attached to its head (directly or as the head of a date phrase). */
export function clauseDate(g: DependencyGraph, head: number): string | null {
  for (const arc of g.outgoing(head)) {
    if (!(arc.rel.startsWith('obl') || arc.rel.startsWith('nmod:tmod') || arc.rel === 'advmod')) continue;
    const tok = g.sentence.tokens[arc.dep];
    if (tok?.ner === 'DATE' && tok.timex && FULL_DATE.test(tok.timex.value)) return tok.timex.value;
  }
  return null;
}

/** How many words after a verb its closing phrase may stand ("declared 12 officials at the French embassy persona non grata"). */
const CLOSING_PHRASE_REACH = 11;

function followedBy(words: string[], i: number, phrases: string[]): boolean {
  const rest = ` ${words.slice(i + 1, i + 1 + CLOSING_PHRASE_REACH).join(' ')} `;
  return phrases.some((p) => rest.includes(` ${p.toLowerCase()} `));
}

function precededBy(words: string[], i: number, before: string[]): boolean {
  return before.every((w, k) => words[i - before.length + k] === w);
}

/** The tokens a token governs, directly or not. */
function descendants(g: DependencyGraph, token: number): Set<number> {
  const seen = new Set<number>();
  const stack = [token];
  while (stack.length)
    for (const arc of g.outgoing(stack.pop()!))
      if (!seen.has(arc.dep) && arc.dep !== token) {
        seen.add(arc.dep);
        stack.push(arc.dep);
      }
  return seen;
}
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
const round = (x: number) => Math.round(x * 100) / 100;
