import { isoDateSchema } from '../graph/dates/iso-date.js';
import { z } from 'zod';
import { ACTOR_KINDS } from '../vocabulary/actor-kinds.js';
import { MODALITIES } from '../vocabulary/modalities.js';
import { RELATION_TYPES } from '../vocabulary/relation-types.js';
import { PARTIAL_DATE_PATTERN, periodOf } from '../graph/dates/partial-date.js';
import {
  EARLIEST_DATE,
  FORBIDDEN_IN_NAMES,
  FORBIDDEN_IN_TEXT,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
  MAX_QUOTE_CHARS,
  MAX_TEXT_BYTES,
  MAX_URL_CHARS,
} from '../config/limits.js';

/**
 * The briefing file format: one briefing, its actors and the relations it states, each with its
 * evidence. The seed command, the `ingest` CLI, the `ingestBriefing` mutation and the extractor's
 * drafts all use exactly this shape (the GraphQL `BriefingInput` mirrors it field for field).
 */

// Only a well-formed date is compared with the floor; a malformed one has its own message.
const notBeforeFloor = (value: string) => !PARTIAL_DATE_PATTERN.test(value) || periodOf(value).end >= EARLIEST_DATE;
const floorMessage = { error: `must not be before ${EARLIEST_DATE}` };
/** A day on the calendar (no 31 April), built once: building it for each value took a third of a bulk load's validation. */
const calendarDay = z.iso.date();
/** A day, or only the month or the year when that is all the text says: YYYY-MM-DD, YYYY-MM or YYYY. */
const partialDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, { error: 'must be a date written YYYY-MM-DD, or YYYY-MM or YYYY when the text gives only the month or the year' })
  .refine((value) => value.length < 10 || calendarDay.safeParse(value).success, { error: 'must be a date on the calendar (YYYY-MM-DD, YYYY-MM or YYYY)' })
  .refine(notBeforeFloor, floorMessage);
/** Ties and studies are not roles ("long-time links", "Economics degree"): they are untitled affiliations. */
const NOT_A_ROLE = /\b(links?|ties|tied|degree|diploma|graduate|alumn(?:us|a|i))\b/i;
const actorId = z
  .string()
  .max(MAX_ID_CHARS, { error: `must be at most ${MAX_ID_CHARS} characters` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a slug: lower-case letters, digits and single hyphens' });
const noControls = (pattern: RegExp) => (value: string) => !pattern.test(value);
const controlsMessage = { error: 'must not contain control characters (NUL, ESC …), bidirectional overrides or unpaired surrogates' };
/** Trimmed text that is not empty, at most `maxChars` long, with none of the `forbidden` characters. */
const boundedText = (maxChars: number, forbidden: RegExp) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(maxChars, { error: `must be at most ${maxChars} characters` })
    .refine(noControls(forbidden), controlsMessage);
/** A name, alias, title or outlet: one line of at most MAX_NAME_CHARS, without control characters. */
const nonBlank = boundedText(MAX_NAME_CHARS, FORBIDDEN_IN_NAMES);
/** A quote may span lines (line breaks and tabs are text). */
const quote = boundedText(MAX_QUOTE_CHARS, FORBIDDEN_IN_TEXT);
const briefingText = z
  .string()
  .refine((value) => Buffer.byteLength(value, 'utf8') <= MAX_TEXT_BYTES, { error: `must be at most ${MAX_TEXT_BYTES} bytes (MAX_TEXT_BYTES)` })
  .refine(noControls(FORBIDDEN_IN_TEXT), controlsMessage);
/** Whether a period (from, to), each a day, month or year, ends before it starts. */
const endsBeforeStart = (from: string | null | undefined, to: string | null | undefined) => !!from && !!to && periodOf(to).end < periodOf(from).start;

export const evidenceSchema = z.strictObject({
  /** The exact sentence (or clause) of the briefing that states the fact. */
  quote,
  /** Character offsets of the quote in the briefing text, [start, end). Computed at ingest when omitted. */
  start: z.int().nonnegative().nullish(),
  end: z.int().nonnegative().nullish(),
  /** The actor id of the person or body quoted, when the sentence reports someone's words. */
  speaker: actorId.nullish(),
  /** Who produced this piece of evidence: an annotator's name or an extractor's name@version. */
  extractor: nonBlank.nullish(),
});

export const roleSchema = z.strictObject({
  /** The title as written, without the state or body: "Defense Minister", "President", "member". */
  title: nonBlank,
  /** The actor id of the state or organization served; the role becomes an AFFILIATED_WITH relation to it. */
  of: actorId.nullish(),
  /** When the role began and ended (a day, month or year); a former role ("former member") needs its end. */
  from: partialDate.nullish(),
  to: partialDate.nullish(),
  evidence: evidenceSchema.nullish(),
});

export const actorSchema = z.strictObject({
  id: actorId,
  name: nonBlank,
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(nonBlank).default([]),
  roles: z.array(roleSchema).default([]),
  /** Identifiers in other catalogues; a Wikidata QID is used first to match actors across briefings. */
  externalIds: z
    .strictObject({
      wikidata: z
        .string()
        .regex(/^Q[1-9][0-9]*$/, { error: 'must be a Wikidata QID such as Q42' })
        .nullish(),
    })
    .catchall(z.string())
    .nullish(),
});

export const relationSchema = z.strictObject({
  source: actorId,
  type: z.enum(RELATION_TYPES),
  target: actorId,
  /** When the event took place (not the day it was reported), as precisely as the text says: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: partialDate.nullish(),
  modality: z.enum(MODALITIES).default('ASSERTED'),
  negated: z.boolean().default(false),
  /** The extractor's confidence, 0–1; a reviewed annotation is 1. */
  confidence: z.number().min(0).max(1).default(1),
  /** For AFFILIATED_WITH: the role title, and the period it was held. */
  title: nonBlank.nullish(),
  from: partialDate.nullish(),
  to: partialDate.nullish(),
  evidence: evidenceSchema,
});

export const briefingMetaSchema = z.strictObject({
  id: actorId,
  title: nonBlank,
  url: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
    .max(MAX_URL_CHARS, { error: `must be at most ${MAX_URL_CHARS} characters` })
    .nullish(),
  /** The outlet: "EA WorldView", "Reuters", ... */
  source: nonBlank.nullish(),
  publishedAt: isoDateSchema.refine(notBeforeFloor, floorMessage),
  /** The briefing's full text; evidence quotes must occur in it, and their offsets are checked. */
  text: briefingText.nullish(),
});

export const briefingFileSchema = z
  .strictObject({
    briefing: briefingMetaSchema,
    actors: z.array(actorSchema),
    relations: z.array(relationSchema),
    /** Who made this file: an annotator's name, or the extractor's name@version for a draft. */
    annotator: nonBlank.nullish(),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.actors.forEach((actor, index) => {
      if (ids.has(actor.id)) {
        ctx.addIssue({ code: 'custom', path: ['actors', index, 'id'], message: `duplicate actor id "${actor.id}"` });
      }
      ids.add(actor.id);
    });
    const requireActor = (id: string | null | undefined, path: (string | number)[]) => {
      if (id && !ids.has(id)) {
        ctx.addIssue({ code: 'custom', path, message: `names actor "${id}", which this file does not define` });
      }
    };
    const checkEvidence = (evidence: Evidence | null | undefined, path: (string | number)[]) => {
      if (!evidence) return;
      requireActor(evidence.speaker, [...path, 'speaker']);
      const text = file.briefing.text;
      if ((evidence.start == null) !== (evidence.end == null)) {
        ctx.addIssue({ code: 'custom', path, message: 'give both start and end offsets, or neither' });
        return;
      }
      if (text == null) {
        if (evidence.start != null) ctx.addIssue({ code: 'custom', path: [...path, 'start'], message: 'offsets need the briefing text (briefing.text)' });
        return;
      }
      if (evidence.start != null && evidence.end != null) {
        if (text.slice(evidence.start, evidence.end) !== evidence.quote) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'start'],
            message: `offsets ${evidence.start}–${evidence.end} do not hold the quote in the briefing text`,
          });
        }
      } else if (!text.includes(evidence.quote)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'quote'], message: 'quote does not occur in the briefing text' });
      }
    };
    const checkPeriod = (from: string | null | undefined, to: string | null | undefined, path: (string | number)[]) => {
      if (endsBeforeStart(from, to)) ctx.addIssue({ code: 'custom', path: [...path, 'to'], message: `ends (${to}) before it starts (${from})` });
    };
    const checkTitle = (title: string | null | undefined, to: string | null | undefined, path: (string | number)[]) => {
      if (!title) return;
      if (NOT_A_ROLE.test(title)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'title'],
          message: `"${title}" is a tie or a study, not a role: state it as an AFFILIATED_WITH relation without a title`,
        });
      }
      if (/^(former|ex-)/i.test(title.trim()) && !to) {
        ctx.addIssue({ code: 'custom', path: [...path, 'to'], message: `a former role ("${title}") has an end: give "to" (a day, month or year)` });
      }
    };
    file.actors.forEach((actor, index) =>
      actor.roles.forEach((role, roleIndex) => {
        checkTitle(role.title, role.to, ['actors', index, 'roles', roleIndex]);
        checkPeriod(role.from, role.to, ['actors', index, 'roles', roleIndex]);
        requireActor(role.of, ['actors', index, 'roles', roleIndex, 'of']);
        if (role.of === actor.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['actors', index, 'roles', roleIndex, 'of'],
            message: 'a role is held in another actor, not in the actor itself',
          });
        }
        if (role.of && !role.evidence) {
          ctx.addIssue({
            code: 'custom',
            path: ['actors', index, 'roles', roleIndex, 'evidence'],
            message: 'a role held in another actor ("of") is a relation and needs its evidence sentence',
          });
        }
        checkEvidence(role.evidence, ['actors', index, 'roles', roleIndex, 'evidence']);
      }),
    );
    file.relations.forEach((relation, index) => {
      checkTitle(relation.title, relation.to, ['relations', index]);
      checkPeriod(relation.from, relation.to, ['relations', index]);
      requireActor(relation.source, ['relations', index, 'source']);
      requireActor(relation.target, ['relations', index, 'target']);
      if (relation.source === relation.target) {
        ctx.addIssue({ code: 'custom', path: ['relations', index, 'target'], message: 'a relation needs two different actors' });
      }
      checkEvidence(relation.evidence, ['relations', index, 'evidence']);
    });
  });

export type Evidence = z.infer<typeof evidenceSchema>;
export type Role = z.infer<typeof roleSchema>;
export type ActorInput = z.infer<typeof actorSchema>;
export type RelationInput = z.infer<typeof relationSchema>;
export type BriefingMeta = z.infer<typeof briefingMetaSchema>;
export type BriefingFile = z.infer<typeof briefingFileSchema>;
/** What a writer of the format may leave out (defaults not yet applied). */
export type BriefingFileInput = z.input<typeof briefingFileSchema>;
