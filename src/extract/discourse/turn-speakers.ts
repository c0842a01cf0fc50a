import { z } from 'zod';
import type { Actor, ActorRegistry } from '../actors.js';
import { loadRulesFile } from '../rules.js';
import { loadLexicon } from '../structure/lexicon.js';
import type { Sentence } from '../segment.js';
import type { ActorSpan } from '../structure/actor-spans.js';

/** A stretch of a transcript one speaker holds ("MR MILLER: …" up to the next label): who "I" and "we" are there. */
export interface TurnSpan {
  start: number;
  end: number;
  speaker: Actor;
  /** The party a parliamentary label gives its speaker ("Lisa Nandy (Wigan) (Lab):" → "Labour Party"), by its full name. */
  party?: string;
}

const turnWordsFile = z.object({
  questionerLabels: z.array(z.string()),
  answerLabels: z.array(z.string()),
  labelConnectors: z.array(z.string()),
  labelHonorifics: z.array(z.string()).default([]),
  personLabelOpeners: z.array(z.string()).default([]),
  partyLabels: z.record(z.string(), z.string()).default({}),
  stateVoiceVerbs: z.array(z.string()).default([]),
});

export interface TurnWords {
  questionerLabels: ReadonlySet<string>;
  answerLabels: ReadonlySet<string>;
  /** Lower-case words a name or office may hold ("Minister for Europe and Foreign Affairs", "Sheikh bin Zayed"). */
  labelConnectors: ReadonlySet<string>;
  /** Words before a name in a label that are no part of it ("Rt Hon", "Shri"), besides the honorifics of cues.json. */
  labelHonorifics: ReadonlySet<string>;
  /** A label opening with one of these names a person, and its brackets say more of them ("Mr BRERETON (Kingsford Smith)"). */
  personLabelOpeners: ReadonlySet<string>;
  /** A party's abbreviation closing a parliamentary label's brackets ("(Wigan) (Lab)", "(Buckingham, Con)") → its name. */
  partyLabels: ReadonlyMap<string, string>;
  /** Nouns of an unnamed voice ("spokesperson"): a label of one and the body it names is that body speaking (rules/structure.json). */
  voiceNouns: ReadonlySet<string>;
  /** Lemmas an official says in the present tense of the state they speak for ("The United States condemns …"). */
  stateVoiceVerbs: ReadonlySet<string>;
}

let cached: TurnWords | null = null;

/** rules/discourse.json: the words of transcript labels. */
export function loadTurnWords(): TurnWords {
  if (cached) return cached;
  const file = loadRulesFile(turnWordsFile, 'discourse.json');
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  cached = {
    questionerLabels: lower(file.questionerLabels),
    answerLabels: lower(file.answerLabels),
    labelConnectors: lower(file.labelConnectors),
    labelHonorifics: lower(file.labelHonorifics),
    personLabelOpeners: lower(file.personLabelOpeners),
    partyLabels: new Map(Object.entries(file.partyLabels)),
    voiceNouns: loadLexicon().voiceNouns,
    stateVoiceVerbs: lower(file.stateVoiceVerbs),
  };
  return cached;
}

/** "MR MILLER: ", "Right Hon. Justin Trudeau (Prime Minister, Lib.): ", "Question (The Hindu): ": a speaker label opening a paragraph. */
const LABEL = /^([^:!?"“”]{1,120}?)\s*:\s/u;
/** A label is a name or title, not a clause ending in a colon ("Algeria severs diplomatic relations with Morocco:"). */
const MAX_LABEL_WORDS = 6;
/** The bracketed aside closing a label ("(Wigan) (Lab)" → "Lab", "(Nirupama Rao)"), with its offset. */
const closingAside = (label: string) => /\(([^()]*)\)\s*$/u.exec(label);
/** An office whose holder is named in brackets after it may run longest ("The Secretary of State for Foreign and Commonwealth Affairs (Mr David Miliband)"). */
const MAX_BRACKETED_OFFICE_WORDS = 12;
/** A name and its office after a comma may run longer ("Ms Catherine Colonna, Minister for Europe and Foreign Affairs"). */
const MAX_OFFICE_LABEL_WORDS = 12;

/**
 * The speakers' turns of a transcript: each paragraph opening with a speaker label starts one, which runs to the next
 * label or headline. A label speaks for the one person named in it, by full name, surname ("MR MILLER") or title
 * ("The Taoiseach"); a question from the floor or a label naming no one (a rubric: "Reaction:") ends the turn with no speaker. Pure.
 */
export function turnSpeakers(
  text: string,
  sentences: readonly Sentence[],
  spans: readonly ActorSpan[],
  persons: readonly Actor[],
  resolve: (a: Actor) => Actor,
  words: TurnWords = loadTurnWords(),
): TurnSpan[] {
  const turns: TurnSpan[] = [];
  let open: { start: number; speaker: Actor | null; party?: string | undefined } | null = null;
  let lastSpeaker: Actor | null = null;
  let paragraph = -1;
  let section = -1;
  const close = (end: number) => {
    if (open?.speaker) turns.push({ start: open.start, end, speaker: open.speaker, ...(open.party ? { party: open.party } : {}) });
    open = null;
  };
  const titlePerson = onePerson(
    spans.filter((s) => sentences[0] && s.start < sentences[0].end),
    resolve,
  );
  for (const sentence of sentences) {
    if (sentence.section !== section) {
      close(sentence.start);
      section = sentence.section;
    }
    const first = sentence.paragraph !== paragraph;
    paragraph = sentence.paragraph;
    if (!first || sentence.kind !== 'body') continue;
    const label = speakerLabel(text, sentence);
    if (!label) continue;
    const { start: lineStart, end: labelEnd, text: labelText, bodyStart } = label;
    close(lineStart);
    const speaker: Actor | null = words.answerLabels.has(labelText.trim().toLowerCase())
      ? (lastSpeaker ?? titlePerson)
      : labelSpeaker(labelText, lineStart, labelEnd, spans, persons, resolve, words);
    if (speaker) lastSpeaker = speaker;
    open = { start: bodyStart, speaker, party: labelParty(labelText, words) };
  }
  close(sentences.at(-1)?.end ?? 0);
  return turns;
}

/** A speaker label opening a paragraph: its words (up to the colon) and their offsets, and where the turn's text begins. */
export interface SpeakerLabel {
  text: string;
  start: number;
  end: number;
  bodyStart: number;
}

/** The speaker label opening the line of a sentence that opens a paragraph, if any ("MR MILLER", "Question (The Hindu)"). */
export function speakerLabel(text: string, sentence: Sentence, words: TurnWords = loadTurnWords()): SpeakerLabel | null {
  // (the segmenter may have read an upper-case label as a dateline: "MR MILLER: ")
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const label = LABEL.exec(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
  if (!label || !nameOrTitle(label[1]!, words)) return null;
  return { text: label[1]!, start: lineStart, end: lineStart + label[1]!.length, bodyStart: lineStart + label[0].length };
}

/**
 * A label is a name or a title: a few words ("MR MILLER", "Question (The Hindu)"), or a name and its office after a
 * comma ("Ms Catherine Colonna, Minister for Europe and Foreign Affairs"), every word capitalised but the
 * connectors of names and offices; not a clause ending in a colon ("Let me be clear:").
 */
function nameOrTitle(label: string, words: TurnWords): boolean {
  const bare = label.replace(/\([^)]*\)/g, ' ').trim();
  const all = bare.split(/[\s,]+/).filter(Boolean);
  const name = bare.split(',')[0]!.trim().split(/\s+/);
  // "The Parliamentary Under-Secretary of State for Foreign and Commonwealth Affairs (Meg Munn)": a long office with its
  // holder's name in brackets, as the House of Commons writes a minister's label
  const office = !!closingAside(label)?.[1] && all.length <= MAX_BRACKETED_OFFICE_WORDS;
  const short = all.length <= MAX_LABEL_WORDS || (name.length <= MAX_LABEL_WORDS && all.length <= MAX_OFFICE_LABEL_WORDS) || office;
  return short && all.every((w) => !/\p{L}/u.test(w) || /\p{Lu}/u.test(w) || words.labelConnectors.has(w.toLowerCase()));
}

/** The party whose abbreviation closes a label's last brackets: "(Wigan) (Lab)", "(Buckingham, Con)", "(Prime Minister, Lib.)". */
function labelParty(label: string, words: TurnWords): string | undefined {
  const aside = closingAside(label);
  const last = aside?.[1]?.split(',').at(-1)?.trim().replace(/\.$/, '');
  return last ? words.partyLabels.get(last) : undefined;
}

/** The one person the actor spans within a stretch name, or null. */
function onePerson(spans: readonly ActorSpan[], resolve: (a: Actor) => Actor): Actor | null {
  const people = new Set(spans.map((s) => resolve(s.actor)).filter((a) => a.kind === 'PERSON'));
  return people.size === 1 ? [...people][0]! : null;
}

function labelSpeaker(
  label: string,
  start: number,
  end: number,
  spans: readonly ActorSpan[],
  persons: readonly Actor[],
  resolve: (a: Actor) => Actor,
  words: TurnWords,
): Actor | null {
  const inside = spans.filter((s) => s.start >= start && s.end <= end);
  // "Ms Catherine Colonna, Minister for Europe and Foreign Affairs": the name opens the label, its office follows a comma
  const opening = [...inside].sort((a, b) => a.start - b.start)[0];
  if (opening && resolve(opening.actor).kind === 'PERSON' && /^\s*,/.test(label.slice(opening.end - start))) return resolve(opening.actor);
  // "OFFICIAL SPOKESPERSON (Nirupama Rao)": an office, and in brackets the one person holding it
  // (not after a person's honorific: "Mr BRERETON (Kingsford Smith)" names his seat)
  const aside = closingAside(label);
  const opener = label.trim().split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
  if (aside && !words.personLabelOpeners.has(opener)) {
    const asideStart = start + aside.index + 1;
    const holder = onePerson(
      inside.filter((s) => s.start >= asideStart && s.end <= asideStart + aside[1]!.length),
      resolve,
    );
    if (holder) return holder;
  }
  // the label ends with the speaker's name, then asides: "Official Spokesperson, Shri Anurag Srivastava", "Justin Trudeau
  // (Prime Minister, Lib.)", "Lisa Nandy (Wigan) (Lab)"
  const nameEnd = start + label.replace(/(\s*\([^)]*\))+\s*$/, '').length;
  const named = onePerson(
    inside.filter((s) => s.end === nameEnd),
    resolve,
  );
  if (named) return named;
  const lower = label.toLowerCase().replace(/\([^)]*\)/g, ' ');
  const labelWords = lower.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  // "MFA Spokesperson", "Foreign Ministry Spokesperson": an unnamed voice speaks for the one body it names
  const bodies = new Set(inside.map((s) => resolve(s.actor)));
  const body = bodies.size === 1 ? [...bodies][0]! : null;
  if (body && (body.kind === 'ORGANIZATION' || body.kind === 'STATE') && labelWords.some((w) => words.voiceNouns.has(w))) return body;
  // an outlet or a reporter asks: nobody this briefing reports on speaks
  if (inside.length || labelWords.some((w) => words.questionerLabels.has(w))) return null;
  // "MR MILLER", "CHIEF CABINET SECRETARY SUGA": a surname; "The Taoiseach": a title the briefing gave one person
  const people = [...new Set(persons.map(resolve))].filter((a) => a.kind === 'PERSON');
  const bySurname = people.filter((a) => labelWords.includes(a.name.toLowerCase().split(/\s+/).at(-1) ?? ''));
  if (bySurname.length === 1) return bySurname[0]!;
  const title = labelWords.filter((w) => w !== 'the').join(' ');
  const byTitle = people.filter((a) => a.roles.some((r) => r.title.toLowerCase() === title));
  return byTitle.length === 1 ? byTitle[0]! : null;
}

/** A speaker whose label names a party is a member of it: a role of that party, from the label's sentence. */
export function addLabelParties(turns: readonly TurnSpan[], sentences: readonly Sentence[], registry: ActorRegistry): void {
  for (const turn of turns) {
    if (!turn.party) continue;
    const speaker = registry.resolve(turn.speaker);
    const party = registry.getOrCreate(turn.party, 'ORGANIZATION');
    const sentence = sentences.find((s) => s.start <= turn.start && turn.start < s.end) ?? sentences.find((s) => s.start >= turn.start);
    if (!sentence || speaker.kind !== 'PERSON' || speaker.roles.some((r) => r.of && registry.resolve(r.of) === registry.resolve(party))) continue;
    party.active = true;
    speaker.roles.push({ title: 'member', of: party, sentence: sentence.index });
  }
}
