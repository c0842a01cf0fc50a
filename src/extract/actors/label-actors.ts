import type { ParsedDocument } from '../../nlp/document.js';
import { foldName } from '../../text/fold.js';
import type { Actor, ActorRegistry } from '../actors.js';
import { loadTurnWords, speakerLabel, type SpeakerLabel, type TurnWords } from '../discourse/turn-speakers.js';
import type { Rules } from '../rules.js';
import type { Sentence } from '../segment.js';
import type { ActorSpan } from '../structure/actor-spans.js';
import { loadActorNer, titleWords } from './ground-actors.js';

/**
 * Actors a transcript names only in its speaker labels and its title, where the surface rules read no sentence:
 * - the outlet a question comes from: "Question (The Hindu):", "REPORTER (NHK):" (a questioner's word, then the
 *   outlet in brackets), and a label that is an outlet's acronym or organisation name put before a question
 *   ("CCTV: … What's China's comment?", "AFP: …?");
 * - the person an upper-case label names after a title: "CHIEF CABINET SECRETARY SUGA:" is Suga, with that title;
 * - a label that is a person's name alone: "MALAYA:" (the surname of the one person CoreNLP names so), "Mao Ning:";
 * - in a transcript whose answers carry no name ("A:", "Spokesperson:"), the titled person its title names
 *   ("Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference"), who gives those answers.
 * Each gets a span on its words, so the turns of the transcript find their speaker (discourse/turn-speakers.ts).
 */

export interface LabelActorsInput {
  text: string;
  parse: ParsedDocument | null;
  sentences: readonly Sentence[];
  spans: ActorSpan[];
  registry: ActorRegistry;
  rules: Rules;
}

/** An outlet's acronym as a label ("AFP", "CCTV", "KUNA"). */
const ACRONYM = /^\p{Lu}{2,8}$/u;
/** A questioner's label with the outlet in brackets: "Question (Press Trust of India)". */
const BRACKETED = /^(.+?)\s*\(([^(),]{2,60})\)\s*$/u;
/** At most this many words of an upper-case label are a person's name ("CHIEF CABINET SECRETARY SUGA"). */
const MAX_NAME_WORDS = 3;

export function addLabelActors(input: LabelActorsInput): void {
  const { text, sentences, spans } = input;
  const words = loadTurnWords();
  const labels: { label: SpeakerLabel; sentence: number; turnEnd: number }[] = [];
  let paragraph = -1;
  for (const sentence of sentences) {
    const first = sentence.paragraph !== paragraph;
    paragraph = sentence.paragraph;
    if (!first || sentence.kind !== 'body') continue;
    const label = speakerLabel(text, sentence);
    if (!label) continue;
    const previous = labels.at(-1);
    if (previous) previous.turnEnd = label.start;
    labels.push({ label, sentence: sentence.index, turnEnd: sentences.at(-1)?.end ?? text.length });
  }
  // one label is a rubric ("Reaction:"), a transcript has turns
  if (labels.length < 2) return;
  const added: ActorSpan[] = [];
  const names = labelNames(input);
  for (const [n, { label, sentence, turnEnd }] of labels.entries()) {
    const next = labels[n + 1]?.label;
    const span =
      questionerOutlet(label, input, words) ??
      askingOutlet(label, text.slice(label.bodyStart, turnEnd), next, input, words) ??
      titledSpeaker(label, sentence, input) ??
      namedSpeaker(label, input, words, names);
    if (span) added.push(span);
  }
  if (labels.some(({ label }) => words.answerLabels.has(label.text.trim().toLowerCase()))) {
    const person = titlePerson(input);
    if (person) added.push(person);
  }
  spans.push(...added);
}

/** "Question (The Hindu)": the outlet in brackets after a questioner's word. */
function questionerOutlet(label: SpeakerLabel, input: LabelActorsInput, words: TurnWords): ActorSpan | undefined {
  const match = BRACKETED.exec(label.text);
  if (!match) return undefined;
  const head = match[1]!.toLowerCase().split(/\s+/);
  if (!head.every((w) => words.questionerLabels.has(w))) return undefined;
  const name = match[2]!.trim().replace(/^the /i, (article) => (/^The /.test(article) ? article : ''));
  const start = label.start + label.text.lastIndexOf(match[2]!) + match[2]!.indexOf(name);
  return outlet(name, start, input);
}

/**
 * "CCTV: … What's China's comment?": a label that is an acronym or an organisation's name, unknown as any other
 * actor, whose turn asks a question and which a named or answering turn follows.
 */
function askingOutlet(label: SpeakerLabel, turn: string, next: SpeakerLabel | undefined, input: LabelActorsInput, words: TurnWords): ActorSpan | undefined {
  const name = label.text.trim();
  if (!turn.includes('?') || !next || words.questionerLabels.has(name.toLowerCase()) || words.answerLabels.has(name.toLowerCase())) return undefined;
  if (!ACRONYM.test(name) && !entityCovers(input, label.start, label.end, loadActorNer().organizationType)) return undefined;
  const known = input.registry.find(name);
  if (known && known.kind !== 'MEDIA') return undefined;
  return outlet(name, label.start + label.text.indexOf(name), input);
}

function outlet(name: string, start: number, input: LabelActorsInput): ActorSpan | undefined {
  const { registry } = input;
  const known = registry.find(name);
  if (known && (known.kind === 'PERSON' || known.kind === 'STATE')) return undefined;
  const actor = known ?? registry.getOrCreate(name, 'MEDIA');
  actor.active = true;
  return { start, end: start + name.length, actor };
}

/** "CHIEF CABINET SECRETARY SUGA": title words, then a name, all in capitals. */
function titledSpeaker(label: SpeakerLabel, sentence: number, input: LabelActorsInput): ActorSpan | undefined {
  const { registry, rules } = input;
  const written = label.text.trim();
  if (/\p{Ll}/u.test(written)) return undefined;
  const tokens = written.split(/\s+/);
  const titles = titleWords(rules);
  const isTitle = (w: string) => titles.has(w.toLowerCase().replace(/\.$/, ''));
  let cut = tokens.length;
  while (cut > 0 && !isTitle(tokens[cut - 1]!)) cut -= 1;
  const nameWords = tokens.slice(cut);
  if (cut === 0 || !isTitle(tokens[0]!) || !nameWords.length || nameWords.length > MAX_NAME_WORDS) return undefined;
  const name = nameWords.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
  const known = registry.find(name);
  if (known && known.kind !== 'PERSON') return undefined;
  const person = known ?? registry.getOrCreate(name, 'PERSON');
  // "MINISTER JOVEL" is how the transcript names the speaker: kept, so the label finds its person again
  registry.addAlias(person, written);
  const title = tokens
    .slice(0, cut)
    .filter((w) => !rules.cues.sets.honorifics.has(w.toLowerCase().replace(/\.$/, '')))
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');
  if (title && !person.roles.some((r) => r.title === title)) person.roles.push({ title, of: null, sentence });
  person.active = true;
  const start = label.start + label.text.lastIndexOf(nameWords[0]!);
  return { start, end: label.start + label.text.trimEnd().length, actor: person };
}

/**
 * "MALAYA:" after "Speakers: Jonathan Malaya, …", "Rt Hon JIM BOLGER (Prime Minister):", "Mr DOWNER (Mayo, Minister
 * for Foreign Affairs):", "External Affairs Minister, Dr. S. Jaishankar:", "Mao Ning:": a label whose name part (after
 * a comma, before a bracketed aside, past honorifics) is a person's name alone is that person — in capitals, the name
 * of the one person CoreNLP names so in the text (one word: the surname, or the given name some are called by,
 * "ABDULLAH"), else two or three words that are each plain name words ("JIM BOLGER"; not "PRIME MINISTER", "MADAM
 * SPEAKER", "TAIWAN STRAIT", "WHAT TO WATCH"); in mixed case, words CoreNLP tags as a person.
 */
/** What every label of a briefing is checked against, read once: the persons CoreNLP names in it, and the title words. */
interface LabelNames {
  /** Names of two or three words CoreNLP tags as a person anywhere in the text. */
  persons: readonly string[];
  titles: ReadonlySet<string>;
}

function labelNames({ parse, text, rules }: LabelActorsInput): LabelNames {
  const { personType } = loadActorNer();
  const persons = (parse?.sentences ?? []).flatMap((sentence) =>
    sentence.entities
      .filter((e) => e.ner === personType)
      .map((e) => text.slice(sentence.tokens[e.start]!.start, sentence.tokens[e.end - 1]!.end))
      .filter((full) => full.split(/\s+/).length >= 2 && full.split(/\s+/).length <= MAX_NAME_WORDS),
  );
  return { persons, titles: titleWords(rules) };
}

function namedSpeaker(label: SpeakerLabel, input: LabelActorsInput, words: TurnWords, names: LabelNames): ActorSpan | undefined {
  const { parse, registry, rules } = input;
  const written = label.text.trim();
  if (!parse || words.questionerLabels.has(written.toLowerCase()) || words.answerLabels.has(written.toLowerCase())) return undefined;
  const unbracketed = written.replace(/\s*\([^)]*\)\s*$/u, '');
  const afterComma = unbracketed.slice(unbracketed.lastIndexOf(',') + 1).trim();
  const parts = afterComma.split(/\s+/);
  const honorific = (w: string) => rules.cues.sets.honorifics.has(w.toLowerCase().replace(/\.$/, '')) || words.labelHonorifics.has(w.toLowerCase());
  while (parts.length > 1 && honorific(parts[0]!)) parts.shift();
  const namePart = parts.join(' ');
  if (!namePart || parts.length > MAX_NAME_WORDS || words.questionerLabels.has(namePart.toLowerCase())) return undefined;
  if (!parts.every((w) => plainNameWord(w, names.titles, rules)) || rules.gazetteer.has(foldName(namePart))) return undefined;
  const { personType } = loadActorNer();
  const persons = new Set(
    names.persons.filter((full) => {
      const fullWords = full.split(/\s+/);
      // the surname, or the given name some names are called by ("ABDULLAH" for Abdullah Ahmad Badawi)
      const called = parts.length === 1 ? [fullWords[0]!, fullWords.at(-1)!] : [full];
      return called.some((c) => c.toUpperCase() === namePart.toUpperCase());
    }),
  );
  const capitals = !/\p{Ll}/u.test(namePart) && /^\p{Lu}/u.test(namePart);
  const at = label.start + label.text.indexOf(namePart);
  let name: string | undefined = persons.size === 1 ? [...persons][0] : undefined;
  if (!name && capitals && parts.length >= 2) name = parts.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
  if (!name && !capitals && parts.length >= 2 && entityCovers(input, at, at + namePart.length, personType)) name = namePart;
  if (!name) return undefined;
  const found = registry.find(name);
  if (found && found.kind !== 'PERSON') return undefined;
  // "Rt Hon JIM BOLGER", read whole as a name elsewhere, is Jim Bolger
  const known = found && found.name !== name && foldName(found.name).endsWith(foldName(name)) ? registry.rename(found, name) : found;
  const person = known ?? registry.getOrCreate(name, 'PERSON');
  if (namePart !== name) registry.addAlias(person, namePart);
  person.active = true;
  return { start: at, end: at + namePart.length, actor: person };
}

/** A word that may be part of a person's name in a label: no title, honorific, listed place or name, nor a short function word. */
function plainNameWord(word: string, titles: ReadonlySet<string>, rules: Rules): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  // (the title words hold the honorifics too)
  if (titles.has(lower)) return false;
  if (rules.gazetteer.has(foldName(word))) return false;
  return /^\p{Lu}[\p{L}.'-]+$/u.test(word) && !FUNCTION_WORDS.has(lower);
}
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['to', 'the', 'of', 'and', 'in', 'on', 'for', 'at', 'by', 'what', 'how', 'why', 'who', 'with']);

/** The person the transcript's title names after a title ("Foreign Ministry Spokesperson Hua Chunying's …"). */
function titlePerson(input: LabelActorsInput): ActorSpan | undefined {
  const { parse, sentences, registry, text } = input;
  const title = sentences[0];
  if (!parse || title?.kind !== 'headline') return undefined;
  const { personType, titleType } = loadActorNer();
  const parsed = parse.sentences.find((s) => s.start <= title.start && title.start < s.end);
  const entity = parsed?.entities.find((e) => e.ner === personType && parsed.tokens[e.start]!.start < title.end);
  const before = entity ? parsed!.tokens[entity.start - 1] : undefined;
  if (!entity || !before || (before.ner !== titleType && !titleWords(input.rules).has(before.word.toLowerCase()))) return undefined;
  const start = parsed!.tokens[entity.start]!.start;
  const end = parsed!.tokens[entity.end - 1]!.end;
  const name = text.slice(start, end);
  const known = registry.find(name);
  if (known && known.kind !== 'PERSON') return undefined;
  const person: Actor = known ?? registry.getOrCreate(name, 'PERSON');
  person.active = true;
  return { start, end, actor: person };
}

/** A named entity of this type covers the stretch. */
function entityCovers(input: LabelActorsInput, start: number, end: number, type: string): boolean {
  const sentence = input.parse?.sentences.find((s) => s.start <= start && start < s.end);
  return !!sentence?.entities.some((e) => e.ner === type && sentence.tokens[e.start]!.start <= start && sentence.tokens[e.end - 1]!.end >= end);
}
