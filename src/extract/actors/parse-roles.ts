import { z } from 'zod';
import { foldName } from '../../text/fold.js';
import type { ParsedDocument } from '../../nlp/document.js';
import type { Actor, ActorRegistry } from '../actors.js';
import { loadRulesFile } from '../rules.js';
import type { Sentence } from '../segment.js';
import { ActorLocator, type ActorSpan } from '../structure/actor-spans.js';
import { type DependencyGraph, graphOf } from '../structure/dependency-graph.js';
import { inMemberBracket } from './entity-bodies.js';
import { servedState } from './served-state.js';
import { loadActorNer } from './ground-actors.js';

/**
 * Roles read from the dependency parse, wherever the words stand: a person in apposition to a role noun that
 * belongs to a body ("Hassan Nasrallah, Hezbollah's secretary general", "Georgian Dream's chairman, Irakli
 * Kobakhidze", "Soleimani, the commander of the Quds Force"), a role noun compounded into the name ("Ryanair chief
 * executive Michael O'Leary"), a body or state in apposition to a member noun ("China, a permanent member of the
 * Security Council"), and a leader by verb ("a Taliban delegation led by Abdul Ghani Baradar", "X, who heads the G9
 * alliance"), also where the parse hangs the name on the role's owner or reads it as a conjunct of the role noun
 * ("the chairwoman of the AU Commission, Nkosazana Dlamini-Zuma"). Each is a role with `of`, an affiliation the draft
 * states (src/eval/score.ts reads it so). The nouns and verbs are data (rules/roles.json); the body may be named
 * through a pronoun ("Its spokesman, Raveesh Kumar") by CoreNLP's coreference.
 */

const rolesFile = z.object({
  roleNouns: z.array(z.string().min(1)),
  memberNouns: z.array(z.string().min(1)),
  ownerRels: z.array(z.string().min(1)),
  leadVerbs: z.record(z.string(), z.string().min(1)),
  officeVerbs: z.array(z.string().min(1)),
  officeNouns: z.array(z.string().min(1)),
  chairTitle: z.string().min(1),
  ofTitle: z.string().min(1),
  memberTitle: z.string().min(1),
  partyAbbreviations: z.record(z.string(), z.string().min(1)),
  staffNouns: z.array(z.string().min(1)),
  bodyTitles: z.array(z.string().min(1)),
});

interface RoleLexicon {
  roleNouns: ReadonlySet<string>;
  memberNouns: ReadonlySet<string>;
  ownerRels: ReadonlySet<string>;
  leadVerbs: ReadonlyMap<string, string>;
  /** Verbs by which one holds an office ("holds the presidency of"), and the offices that make one a body's chair. */
  officeVerbs: ReadonlySet<string>;
  officeNouns: ReadonlySet<string>;
  chairTitle: string;
  /** The role title of a person "of" a state or body when the text gives none ("Samantha Power of the United States"). */
  ofTitle: string;
  /** The role of a member named with a party in brackets ("Genscher (FDP)"). */
  memberTitle: string;
  /** Parties' abbreviations in a member's bracket that are no acronym ("Lab" → "Labour"), spelled out. */
  partyAbbreviations: ReadonlyMap<string, string>;
  /** Role nouns of staff serving a person ("His spokesman, Dmitry Peskov"): the only roles a person owns. */
  staffNouns: ReadonlySet<string>;
  /** Titles only a body's officer holds, folded (src/extract/actors/title-bodies.ts). */
  bodyTitles: ReadonlySet<string>;
}

let cached: RoleLexicon | undefined;

/** rules/roles.json, read once: the role lexicon every reader of roles shares. */
export function loadRoles(): RoleLexicon {
  if (cached) return cached;
  const given = loadRulesFile(rolesFile, 'roles.json');
  cached = {
    roleNouns: new Set(given.roleNouns),
    memberNouns: new Set(given.memberNouns),
    ownerRels: new Set(given.ownerRels),
    leadVerbs: new Map(Object.entries(given.leadVerbs)),
    officeVerbs: new Set(given.officeVerbs),
    officeNouns: new Set(given.officeNouns),
    chairTitle: given.chairTitle,
    ofTitle: given.ofTitle,
    memberTitle: given.memberTitle,
    partyAbbreviations: new Map(Object.entries(given.partyAbbreviations)),
    staffNouns: new Set(given.staffNouns),
    bodyTitles: new Set(given.bodyTitles.map(foldName)),
  };
  return cached;
}

export interface ParseRolesInput {
  parse: ParsedDocument;
  sentences: readonly Sentence[];
  spans: readonly ActorSpan[];
  registry: ActorRegistry;
  /** Actors CoreNLP's entities ruled out: they take no role and are no body. */
  dropped: ReadonlySet<Actor>;
}

/** Staff nouns whose "to" names whom they serve ("an adviser to Arafat", "an aide to the president"). */
const STAFF_TO = new Set(['adviser', 'advisor', 'aide']);
/** Dependents of a role noun that modify it as part of its title ("secretary general", "political leader"). */
const TITLE_MODIFIERS = new Set(['compound', 'amod']);
/** Arcs joining two title nouns of one person ("Special Representative … and head of UNOWAS"). */
const TITLE_CONJUNCTS = /^conj(:|$)/;

/** Adds to each person (or body) the roles the parse gives it in a body. */
export function addParseRoles({ parse, sentences, spans, registry, dropped }: ParseRolesInput): void {
  const lexicon = loadRoles();
  const { titleType } = loadActorNer();
  const locator = new ActorLocator(parse, [...spans], (a) => registry.resolve(a));
  const live = (a: Actor | null): Actor | null => (a && !dropped.has(a) ? registry.resolve(a) : null);

  parse.sentences.forEach((ps, si) => {
    const graph = graphOf(ps);
    // the briefing sentence the parse sentence overlaps (a dateline's place, "SAN JOSE -", opens the parse sentence
    // but is cut from the briefing sentence, which starts after it)
    const segmentIndex = sentences.findIndex((s) => s.start < ps.end && ps.start < s.end);
    if (segmentIndex < 0 || sentences[segmentIndex]!.kind !== 'body') return;
    const named = (k: number) => live(locator.named(si, k));
    /** The actor a role noun belongs to: the body or state its owner arcs name, else one a pronoun or description stands for. */
    const ownerOf = (noun: number, holder: Actor): Actor | null => {
      // a person owns only the staff serving him ("His spokesman, Dmitry Peskov"), not an office of his state
      const staff = lexicon.staffNouns.has(graph.lemma(noun).toLowerCase());
      for (const arc of graph.outgoing(noun)) {
        // staff serve whom they are "to" ("an adviser to Arafat"); an envoy "to" a state is sent there, not its own
        if (!lexicon.ownerRels.has(arc.rel) && !(arc.rel === 'nmod:to' && staff && STAFF_TO.has(graph.lemma(noun).toLowerCase()))) continue;
        // "the New Democracy party": a common head noun stands for the body its compound names
        const compounded = () =>
          graph
            .children(arc.dep, 'compound')
            .map(named)
            .find((a) => a && a.kind !== 'PERSON' && a.kind !== 'STATE') ?? null;
        // (a mention may run over the title into the name: "its Secretary-General, Stanislav Zas")
        const direct = named(arc.dep);
        const owner =
          (direct === holder ? null : direct) ??
          (arc.rel === 'compound' ? null : live(locator.chainActor(si, arc.dep))) ??
          bodyByShortName(registry, dropped, phraseAt(arc.dep)) ??
          (ps.tokens[arc.dep]?.pos.startsWith('NNP') ? null : compounded());
        if (owner && owner !== holder && (owner.kind !== 'PERSON' || staff)) return owner;
        // "His foreign minister, Muhamed Sacirbey": an office of a person's is one of the state he serves, when one
        if (owner && owner !== holder && owner.kind === 'PERSON') {
          const state = servedState(registry.resolve(owner), (a) => registry.resolve(a));
          if (state && state !== registry.resolve(holder)) return state;
        }
      }
      return null;
    };
    /** A proper noun with the name words before it ("Georgian Dream" in "Georgian Dream's chairman"). */
    const phraseAt = (k: number): string | null => {
      // (a capitalised common noun inside a name too: "Georgian Dream's", tagged NN and O)
      const tok = ps.tokens[k];
      if (!tok?.pos.startsWith('NNP') && tok?.ner === 'O' && !(k > 0 && /^\p{Lu}/u.test(tok.word))) return null;
      const first = Math.min(k, ...graph.children(k, (r) => TITLE_MODIFIERS.has(r)));
      return ps.tokens
        .slice(first, k + 1)
        .map((t) => t.word)
        .join(' ');
    };
    const isRoleNoun = (k: number, nouns: ReadonlySet<string>) => {
      const tok = ps.tokens[k];
      return !!tok && /^NN/.test(tok.pos) && (nouns.has(tok.lemma.toLowerCase()) || (nouns === lexicon.roleNouns && tok.ner === titleType));
    };
    /** The title as written: the role noun with the title words modifying it, none of the owner's. */
    const titleText = (noun: number): string => {
      const words = [noun, ...graph.children(noun, (r) => TITLE_MODIFIERS.has(r)).filter((d) => d < noun && !named(d))].sort((a, b) => a - b);
      return words.map((k) => ps.tokens[k]!.word).join(' ');
    };
    const give = (holder: Actor, noun: number, nouns: ReadonlySet<string>) => {
      for (const n of [noun, ...graph.children(noun, (r) => TITLE_CONJUNCTS.test(r))]) {
        if (!isRoleNoun(n, nouns)) continue;
        const owner = ownerOf(n, holder);
        if (owner) addRole(registry, holder, titleText(n), owner, segmentIndex);
      }
    };

    // "Foreign Minister Hans-Dietrich Genscher (FDP)", "Mr. Jagmeet Singh (Burnaby South, NDP):": the body in a
    // bracket right after a person's name is the member's party
    ps.tokens.forEach((tok, k) => {
      if (tok.word !== '(' || !inMemberBracket(ps, k + 1)) return;
      const holder = named(k - 1);
      if (holder?.kind !== 'PERSON') return;
      let close = k + 1;
      let found = false;
      for (; close < ps.tokens.length && ps.tokens[close]!.word !== ')'; close += 1) {
        const body = named(close);
        if (body && body !== holder && isMovement(body)) {
          addRole(registry, holder, lexicon.memberTitle, body, segmentIndex);
          found = true;
        }
      }
      // a party NER left untagged ("(FDP)", "(Plymouth, Devonport, SDP)", "(EPP, MT)", "(Lab)") is a body of its own
      const party = found
        ? null
        : bracketParty(
            ps.tokens.slice(k + 1, close).map((t) => t.word),
            lexicon.partyAbbreviations,
          );
      const body = party ? registry.resolve(registry.getOrCreate(party, 'ORGANIZATION')) : null;
      if (body && isMovement(body)) addRole(registry, holder, lexicon.memberTitle, body, segmentIndex);
    });

    for (const arc of ps.arcs) {
      if (arc.gov < 0) continue;
      // apposition, either way round: "Nasrallah, Hezbollah's secretary general" / "Hezbollah's secretary general, Nasrallah"
      if (arc.rel === 'appos') {
        for (const [name, noun] of [
          [arc.gov, arc.dep],
          [arc.dep, arc.gov],
        ] as const) {
          const holder = named(name);
          // one mention over both ("Nasrallah" in a name), unless the title is a role ("its director, Igor Kartavykh")
          if (!holder || (named(noun) === holder && !isRoleNoun(noun, lexicon.roleNouns))) continue;
          give(holder, noun, holder.kind === 'PERSON' ? lexicon.roleNouns : lexicon.memberNouns);
        }
      }
      // "the chairwoman of the AU Commission, Nkosazana Dlamini-Zuma": a person is no apposition of a body, so one the
      // parse hangs on the owner of a role noun ("of the AU Commission", "the European Union's") is that noun's holder
      if (arc.rel === 'appos') {
        const holder = named(arc.dep);
        if (holder?.kind === 'PERSON' && named(arc.gov) !== holder) {
          for (const role of graph.parents(arc.gov, (r) => lexicon.ownerRels.has(r) && r !== 'compound')) give(holder, role, lexicon.roleNouns);
        }
      }
      // "the Secretary General of the OAS, Luis Almagro, and …", "The European Union's envoy, Carl Bildt, and …": a name
      // set off by commas right after a role noun's phrase, which the parse read as a conjunct of it, is its holder
      if (/^conj/.test(arc.rel) && arc.gov < arc.dep && isRoleNoun(arc.gov, lexicon.roleNouns)) {
        const holder = named(arc.dep);
        const first = arc.dep - 1 - graph.children(arc.dep, 'compound').length;
        const closed = [',', '.'].includes(ps.tokens[arc.dep + 1]?.word ?? '');
        if (holder?.kind === 'PERSON' && ps.tokens[first]?.word === ',' && closed && lastOfPhrase(graph, arc.gov, first) === first - 1) {
          give(holder, arc.gov, lexicon.roleNouns);
        }
      }
      // "whose leader Kyriakos Mitsotakis": a role noun just before a person's name, which the parse left unattached
      if (arc.rel === 'nmod:poss') {
        const holder = named(arc.gov + 1);
        if (holder?.kind === 'PERSON' && (named(arc.gov) ?? holder) === holder) give(holder, arc.gov, lexicon.roleNouns);
      }
      // A body a person owns is the person's movement: by "whose" ("Charles Taylor, whose National Patriotic Front of
      // Liberia controls …", "Kabila, whose Alliance … has swept": the enhanced parse gives the body the person as
      // possessor in place of "whose", or leaves "whose" the possessor, right after the person and a comma), or by a
      // possessive ("Jean-Pierre Bemba's Movement for the Liberation of Congo", "Jonas Savimbi's UNITA guerrillas", "his
      // Armed Forces Revolutionary Council")
      if (arc.rel === 'nmod:poss') {
        const isWhose = (k: number) => ps.tokens[k]?.word.toLowerCase() === 'whose';
        const byWhose = isWhose(arc.dep) || graph.children(arc.dep, 'ref').some(isWhose);
        const holder = byWhose
          ? named(isWhose(arc.dep) ? arc.dep - (ps.tokens[arc.dep - 1]?.word === ',' ? 2 : 1) : arc.dep)
          : (named(arc.dep) ?? live(locator.chainActor(si, arc.dep)));
        const compounded = () =>
          graph
            .children(arc.gov, 'compound')
            .map(named)
            .find((a) => a && a !== holder) ?? null;
        const body = named(arc.gov) ?? (byWhose ? null : compounded());
        if (holder?.kind === 'PERSON' && body && body !== holder && isMovement(body)) {
          const title = registry.resolve(holder).roles.find((r) => !r.of)?.title ?? lexicon.ofTitle;
          addRole(registry, holder, title, body, segmentIndex);
        }
      }
      // "the Hezb-e-Islami leader Gulbuddin Hekmatyar": a name right after a role noun, which the parse hung on it as a
      // bare dependent, is its holder
      if (arc.rel === 'dep' && arc.gov < arc.dep && isRoleNoun(arc.gov, lexicon.roleNouns)) {
        const holder = named(arc.dep);
        const first = arc.dep - graph.children(arc.dep, 'compound').length;
        if (holder?.kind === 'PERSON' && first === arc.gov + 1) give(holder, arc.gov, lexicon.roleNouns);
      }
      // "Ryanair chief executive Michael O'Leary": a role noun compounded into a person's name
      if (arc.rel === 'compound') {
        const holder = named(arc.gov);
        if (holder?.kind === 'PERSON' && named(arc.dep) !== holder) give(holder, arc.dep, lexicon.roleNouns);
      }
      // "Vitaly Churkin of the Russian Federation", "President Macky Sall of Senegal": a person of a state or body serves
      // it, under the title the text gives the person, if any
      if (arc.rel === 'nmod:of') {
        const holder = named(arc.gov);
        const owner = named(arc.dep);
        if (holder?.kind === 'PERSON' && owner && owner !== holder && owner.kind !== 'PERSON') {
          const title = registry.resolve(holder).roles.find((r) => !r.of)?.title ?? lexicon.ofTitle;
          addRole(registry, holder, title, owner, segmentIndex);
        }
      }
      // "a Taliban delegation led by Abdul Ghani Baradar"; "Cherizier, who heads the G9 alliance"
      const verbTitle = lexicon.leadVerbs.get(graph.lemma(arc.gov));
      // a participle's "by" phrase is its agent also where the parse labels it plain obl:by or makes the participle the root
      const participle = ps.tokens[arc.gov]?.pos === 'VBN';
      if (verbTitle && (arc.rel === 'obl:agent' || (participle && arc.rel === 'obl:by'))) {
        const leader = named(arc.dep);
        if (leader?.kind !== 'PERSON') continue;
        const ledNouns = [
          ...graph.parents(arc.gov, (r) => r === 'acl' || r === 'acl:relcl'),
          ...graph.children(arc.gov, participle ? (r) => r.startsWith('nsubj') : 'nsubj:pass'),
        ];
        for (const led of ledNouns) {
          const body =
            named(led) ??
            graph
              .children(led, (r) => r === 'compound' || r === 'amod')
              .map(named)
              .find((a) => a && a.kind !== 'PERSON');
          if (body && body.kind !== 'PERSON' && body.kind !== 'STATE') addRole(registry, leader, verbTitle, body, segmentIndex);
        }
      }
      if (arc.rel === 'nsubj' && ps.tokens[arc.gov]?.pos.startsWith('VB')) {
        // ("Sylvestre Bangui, the former ambassador to France who leads the Oubangui Liberation Front": the subject is
        // the noun in apposition to the person)
        const leader =
          named(arc.dep) ??
          graph
            .parents(arc.dep, 'appos')
            .map(named)
            .find((a) => a?.kind === 'PERSON') ??
          null;
        if (leader?.kind !== 'PERSON') continue;
        // "who holds the rotating presidency of the Union of South American Nations", "took over the chairmanship of":
        // the chair of the body the office is "of"
        const offices = lexicon.officeVerbs.has(graph.lemma(arc.gov))
          ? graph.children(arc.gov, 'obj').filter((o) => lexicon.officeNouns.has(graph.lemma(o).toLowerCase()))
          : [];
        const led = verbTitle ? graph.children(arc.gov, 'obj') : offices.flatMap((o) => graph.children(o, 'nmod:of'));
        for (const object of led) {
          const body = named(object);
          if (body && body.kind !== 'PERSON' && body.kind !== 'STATE') addRole(registry, leader, verbTitle ?? lexicon.chairTitle, body, segmentIndex);
        }
      }
    }
  });
}

/** The last token before `limit` of the phrase a noun heads (its punctuation, conjuncts and appositions left out). */
function lastOfPhrase(graph: DependencyGraph, head: number, limit: number): number {
  let last = head;
  for (const arc of graph.outgoing(head)) {
    if (arc.dep >= limit || arc.rel === 'punct' || arc.rel === 'cc' || /^conj/.test(arc.rel) || arc.rel === 'appos') continue;
    last = Math.max(last, lastOfPhrase(graph, arc.dep, limit));
  }
  return last;
}

/**
 * A body named short, by its name less one last word ("the Polisario" for the Polisario Front, "Georgian Dream" for
 * the Georgian Dream party), when exactly one body's name is so.
 */
function bodyByShortName(registry: ActorRegistry, dropped: ReadonlySet<Actor>, phrase: string | null): Actor | null {
  if (!phrase) return null;
  const exact = registry.find(phrase);
  if (exact) return exact.kind === 'PERSON' || dropped.has(exact) ? null : exact;
  const prefix = `${foldName(phrase)} `;
  const bodies = registry.actors.filter((a) => {
    if (a.mergedInto || dropped.has(a) || a.kind === 'PERSON' || a.kind === 'STATE') return false;
    const name = foldName(a.name);
    return name.startsWith(prefix) && !name.slice(prefix.length).includes(' ');
  });
  return bodies.length === 1 ? bodies[0]! : null;
}

/** A body a person may lead or belong to as a member: a party, a movement, an armed group. */
/** A party's abbreviation as parliamentary reports write it: "FDP", "S&D", "GUE/NGL", "CPI-M", "DA" (a longer word in capitals is a place or a cue: "(OTTAWA)", "(ANCHOR)"). */
const PARTY_ACRONYM = /^(?:\p{Lu}{2,5}|\p{Lu}+[&/-][\p{Lu}&/-]+)$/u;
/** A member state's code after the party ("(EPP, MT)"), as the European Parliament's reports write it. */
const STATE_CODE = /^\p{Lu}{2}$/u;

/**
 * The party a member's bracket names, from its words: the last item ("(Plymouth, Devonport, SDP)", "(FDP)"), or the
 * first where a state's code follows it ("(EPP, MT)"); an acronym, or an abbreviation the roles file spells out ("Lab"
 * → "Labour"). Null when the item is neither (a constituency: "(Islington North)").
 */
export function bracketParty(words: readonly string[], abbreviations: ReadonlyMap<string, string>): string | null {
  const items: string[][] = [[]];
  for (const w of words)
    if (w === ',' || w === ';') items.push([]);
    else items.at(-1)!.push(w);
  const named = items.filter((i) => i.length);
  const last = named.at(-1);
  const item = named.length >= 2 && last?.length === 1 && STATE_CODE.test(last[0]!) ? named[0] : last;
  if (item?.length !== 1) return null;
  const word = item[0]!;
  return abbreviations.get(word) ?? (PARTY_ACRONYM.test(word) ? word : null);
}

function isMovement(actor: Actor): boolean {
  return actor.kind === 'ORGANIZATION' || actor.kind === 'ARMED_GROUP';
}

/** A role of `holder` in `owner`, unless the holder already has one there (src/extract/actors/apposed-roles.ts too). */
export function addRole(registry: ActorRegistry, holder: Actor, title: string, owner: Actor, sentence: number): void {
  const a = registry.resolve(holder);
  const o = registry.resolve(owner);
  if (a === o || a.roles.some((r) => r.of && registry.resolve(r.of) === o)) return;
  a.roles.push({ title, of: o, sentence });
}
