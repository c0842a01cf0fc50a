import type { Rules } from './rules.js';
import { textLines } from './hard-wrap.js';
import { tokenize, type Token } from './tokenize.js';

export type LineKind = 'body' | 'headline' | 'caption' | 'skip';

export interface Sentence {
  index: number;
  /** Section number: a headline opens a new section (one news item). */
  section: number;
  paragraph: number;
  kind: LineKind;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** The sentence starts inside a quotation opened by an earlier sentence of its paragraph. */
  openQuoteAtStart: boolean;
  /** A quotation is still open at its end. */
  openQuoteAtEnd: boolean;
  /** The paragraph follows a line ending in ':' and has no quotation marks: a block quote. */
  blockQuote: boolean;
  /** The outlet's dateline opening this sentence's line ("ISTANBUL, March 29 (Reuters) - "), if any. */
  dateline?: string;
}

const CAPTION = /^(?:(?:PHOTO|VIDEO|IMAGE|Photo|Video|Image|FILE PHOTO)\s*:|FILE\s+[-–—]\s)/;
/**
 * A web page's furniture copied with its story: "Advertisement", "Share", "Image source, Getty Images", "Updated 6:12
 * AM GMT+8, August 6, 2023", "Copyright 2023 The Associated Press. All rights reserved.", "(Photo by … / AFP)". Read as
 * a headline, "Advertisement" would open a new news item in the middle of the story.
 */
const PAGE_FURNITURE = [
  /^(?:advertisement|skip advertisement|story continues (?:below|after) (?:this )?advertisement|share|share this (?:article|story|page)|share on \p{L}+|most read|enditem|related topics|top stories|more on this story|comments|print|email|facebook|twitter|whatsapp|telegram|linkedin)$/iu,
  // "Editor: Liu Jie" (Xinhua's sign-off), "Source: Al Jazeera and news agencies", "Tags: Turkey, Sweden, NATO"; a
  // monitoring service's "Source: RTRS TV, Banja Luka, in Serbian 1730 gmt 5 Jan 22" names the broadcast and its time, and is read
  /^\[?\s*(?:editor|editors|source|sources|tags|filed under|topics)\s*:\s*[^.:\d]{1,60}\]?$/iu,
  /^(?:follow us on|click here)\b.{0,80}$/iu,
  /^(?:listen to this article|sign up|subscribe|get the latest)\b.{0,80}$/iu,
  /^(?:image (?:caption|source|copyright)|media caption)\b/iu,
  // "Updated 6:12 AM GMT+8, August 6, 2023", "Published 14 March 2018", "Last updated on 3 May 2021, 14:02"
  /^(?:(?:[Ll]ast )?[Uu]pdated|(?:[Ff]irst )?[Pp]ublished|UPDATED|PUBLISHED)\b[^.]{0,60}\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[AP]M)?(?:\s+\p{Lu}{2,4})?)?$/u,
  /^(?:copyright\s*(?:©\s*)?|©\s*)\d{4}\b/iu,
  /^(?:all rights reserved|our standards:)/iu,
  /^\((?:photo|ap photo|reuters photo|afp photo|picture)\b[^)]*\)$/iu,
];
/**
 * "By James Landale", "By Martin Lachance and Julie Ferris", "By Ridwan Hasibuan, Staff Writer": the writer's byline, who
 * takes no part in the story (never an actor, never a quotation's speaker); not "By Friday morning the two prime
 * ministers had signed …".
 */
const BYLINE =
  /^By\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|then|now|the|late|early|mid)\b)\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5}(?:,\s*[^.,;:]{1,60})?$/u;
/** Page furniture is a short line; a story's paragraph that happens to begin like one is longer. */
const MAX_FURNITURE_LINE = 200;
const isPageFurniture = (trimmed: string) =>
  trimmed.length <= MAX_FURNITURE_LINE && (BYLINE.test(trimmed) || PAGE_FURNITURE.some((pattern) => pattern.test(trimmed)));
const CROSS_REFERENCE = /^(See|Read|Watch|Listen|Related|READ MORE|Read more)\b.*:/;
/** "ISTANBUL, March 29 (Reuters) - ", "KYIV, Ukraine (AP) — ", "MOSCOW/KIEV, Jan 20 (Reuters) - ", "SEOUL, May 20, 2010 (AFP) - ": the outlet's dateline, not part of the story. */
const DATELINE =
  /^[\p{Lu}][\p{Lu} .'/-]+(?:,\s+[\p{L} .]+?)?(?:,\s+\p{L}+\.? \d{1,2}(?:,\s+\d{4})?)?\s+\((?:Reuters|AP|AFP|Al-Monitor|dpa|UPI|Xinhua|TASS|Anadolu|Yonhap|Kyodo|PTI|ANI|IANS|Bloomberg|IRNA|KCNA|SANA|SPA|WAM|EFE|ANSA|Interfax|RIA Novosti|AA)\)\s+[-–—]+\s+/u;
/** "BELGRADE/PRISTINA: ", "ADDIS ABABA — ": a place dateline in capitals without an outlet. */
const PLACE_DATELINE = /^\p{Lu}{2,}(?:[ /'-]\p{Lu}{2,})*\s*(?::|\s[-–—]+)\s+(?=\p{Lu})/u;
/** "14 March 2018", "By our Africa correspondent | 3 November 2021": a line giving only the story's date (and byline). */
const DATE_LINE = /^(?:By\b[^|]*\|\s*)?(?:\p{L}+day,?\s+)?(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?)\s+\d{4}$/u;
/** "Reporting by Huseyin Hayatsever", "Additional reporting by …", "Writing by …", "Editing by …": one of a wire's credits. */
const CREDIT =
  /^(?:[([]\s*|[-–—]+\s*)?(?:(?:[Aa]dditional|[Ff]urther)\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Tt]ranslation)(?:\s+and\s+\p{Ll}+)?\s+by\s+\p{Lu}/u;
/** "Associated Press writer Matthew Lee in Washington contributed to this report.", "… contributed reporting from Kyiv." */
const CONTRIBUTED = /\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\b[^.;]*\.?\)?$/u;
/** A credit line stands alone and is short; a story's sentence about "reporting by state media" is neither. */
const MAX_CREDIT_LINE = 240;

/**
 * "(Reporting by Huseyin Hayatsever in Ankara; Editing by Alex Richardson)": the wire's credits for its own staff, who
 * take no part in the story (annotators never record them), so the line is not read.
 */
function isCreditLine(trimmed: string): boolean {
  if (trimmed.length > MAX_CREDIT_LINE) return false;
  return CREDIT.test(trimmed) || CONTRIBUTED.test(trimmed);
}
const OPEN_QUOTES = new Set(['“', '‘']);
const CLOSE_QUOTES = new Set(['”', '’']);

/** Classifies a line: headlines (title case, no final stop), captions, cross-references and labels. */
export function classifyLine(line: string, rules: Rules): LineKind {
  const trimmed = line.trim();
  if (CAPTION.test(trimmed) || DATE_LINE.test(trimmed)) return 'caption';
  if (CROSS_REFERENCE.test(trimmed) || isCreditLine(trimmed) || isPageFurniture(trimmed)) return 'skip';
  if (!/\p{Ll}/u.test(trimmed)) return 'skip';
  if (/[.!?:”"’)\]]$/.test(trimmed)) return 'body';
  const words = trimmed.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const minor = rules.cues.sets.starters;
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w) || (minor.has(w.toLowerCase()) && w.length <= 4));
  if (words.length <= 20 && capitalized.length / Math.max(words.length, 1) >= 0.7) return 'headline';
  return 'body';
}

/** Splits the briefing into lines (a hard-wrapped paragraph is one), sections and sentences, with exact offsets. */
export function segment(text: string, rules: Rules): Sentence[] {
  const sentences: Sentence[] = [];
  let section = 0;
  let paragraph = 0;
  let previousBody: { endsWithColon: boolean } | null = null;
  for (const { start: lineStart, text: rawLine } of textLines(text)) {
    const line = rawLine.replace(/\r$/, '');
    if (!line.trim()) continue;
    const kind = classifyLine(line, rules);
    paragraph += 1;
    if (kind === 'headline') section += 1;
    if (kind === 'skip') continue;
    const dateline = kind === 'body' ? (DATELINE.exec(line.trimStart()) ?? PLACE_DATELINE.exec(line.trimStart())) : null;
    const datedLine = kind === 'caption' && DATE_LINE.test(line.trim()) ? line.trim() : null;
    const lead = line.length - line.trimStart().length + (dateline?.[0].length ?? 0);
    const content = line.trim().slice(dateline?.[0].length ?? 0);
    const blockQuote = kind === 'body' && previousBody?.endsWithColon === true && !/[“”"]/.test(content);
    const spans = kind === 'body' ? splitSentences(content, rules) : [[0, content.length] as [number, number]];
    let open = false;
    for (const [s, e] of spans) {
      const sentenceText = content.slice(s, e);
      const start = lineStart + lead + s;
      const tokens = tokenize(sentenceText, start);
      const openAtStart = open;
      for (const t of tokens) {
        if (OPEN_QUOTES.has(t.text) || (t.text === '"' && !open)) open = true;
        else if (CLOSE_QUOTES.has(t.text) && t.text !== '’') open = false;
        else if (t.text === '"' && open) open = false;
      }
      sentences.push({
        index: sentences.length,
        section,
        paragraph,
        kind,
        start,
        end: start + sentenceText.length,
        text: sentenceText,
        tokens,
        openQuoteAtStart: openAtStart,
        openQuoteAtEnd: open,
        blockQuote,
        ...(dateline && s === spans[0]![0] ? { dateline: dateline[0] } : datedLine ? { dateline: datedLine } : {}),
      });
    }
    if (kind === 'body') previousBody = { endsWithColon: content.endsWith(':') };
  }
  return sentences;
}

/** Sentence boundaries inside one paragraph: [start, end) pairs, trimmed. */
export function splitSentences(text: string, rules: Rules): [number, number][] {
  const spans: [number, number][] = [];
  const { abbreviations, openers, particles } = rules.cues.sets;
  let start = 0;
  // a straight single quote closes or opens a quotation too ("… means.' She added: 'We …")
  // a sentence opens with a capital, a quotation mark, a bracket or a digit, or with a name's lower-case particle
  const re = /[.!?…]+[”"’')\]]*(?=\s+(?:[\p{Lu}“"‘([\d]|'\p{Lu}|\p{Ll}))/gu;
  for (const match of text.matchAll(re)) {
    const at = match.index;
    const before = text.slice(start, at);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const after = text.slice(at + match[0].length);
    const next = /^\s+([^\s]+)/u.exec(after)?.[1] ?? '';
    const particleName = particleNameAt(after.trimStart(), particles);
    if (/^\p{Ll}/u.test(next) && !particleName) continue;
    if (match[0].startsWith('.')) {
      const bare = lastWord.replace(/\.$/, '').toLowerCase();
      if (abbreviations.has(bare) && (/^\p{Lu}/u.test(next) || particleName) && !openers.has(next.replace(/[^\p{L}]/gu, ''))) continue;
      if (abbreviations.has(bare) && /^\d/.test(next)) continue; // "Sep. 30"
      if (/^\p{Lu}$/u.test(lastWord)) continue; // an initial: "George W. Bush"
      if (/^(\p{Lu}\.)+\p{Lu}$/u.test(lastWord) && !openers.has(next.replace(/[^\p{L}]/gu, ''))) continue; // "U.S. Navy"
    }
    const end = at + match[0].length;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/**
 * "al-Assad thanked Tehran", "de Mistura later said", "bin Salman praised": a name opening a sentence with its
 * lower-case particle, hyphened or spaced, before a capital.
 */
function particleNameAt(text: string, particles: ReadonlySet<string>): boolean {
  const match = /^(\p{Ll}+)(?:[-‐]|\s+)\p{Lu}/u.exec(text);
  return !!match && particles.has(match[1]!);
}

function pushTrimmed(spans: [number, number][], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (end > start) spans.push([start, end]);
}
