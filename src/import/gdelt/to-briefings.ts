import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { BriefingFileInput } from '../../ingest/briefing-format.js';
import { foldName } from '../../text/fold.js';
import type { ActorKind } from '../../vocabulary/actor-kinds.js';
import { relationTypeOfCameo } from './cameo.js';
import { GDELT_COLUMNS } from './columns.js';

/** Who produced the evidence of an imported event. */
export const GDELT_EXTRACTOR = 'gdelt-2.0';

const gdeltDay = z
  .string()
  .regex(/^\d{8}/, { error: 'must be a date written YYYYMMDD' })
  .transform((value) => `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`);

/** The columns of one row the import reads, validated. */
const eventSchema = z.object({
  GLOBALEVENTID: z.string().regex(/^\d+$/, { error: 'must be a number' }),
  SQLDATE: gdeltDay,
  Actor1Code: z.string(),
  Actor1Name: z.string(),
  Actor1CountryCode: z.string(),
  Actor1Type1Code: z.string(),
  Actor2Code: z.string(),
  Actor2Name: z.string(),
  Actor2CountryCode: z.string(),
  Actor2Type1Code: z.string(),
  EventCode: z.string().regex(/^\d{2,4}$/, { error: 'must be a CAMEO code of 2 to 4 digits' }),
  DATEADDED: z.union([gdeltDay, z.literal('')]),
  SOURCEURL: z.string(),
});
export type GdeltEvent = z.infer<typeof eventSchema>;

export class GdeltRowError extends Error {}

/** One line of an export file → its event; a clear error naming the line and the column. */
export function parseGdeltLine(line: string, where: string): GdeltEvent {
  const cells = line.split('\t');
  if (cells.length !== GDELT_COLUMNS.length) {
    throw new GdeltRowError(`${where}: expected ${GDELT_COLUMNS.length} tab-separated columns (GDELT 2.0 event export), found ${cells.length}`);
  }
  const row = Object.fromEntries(GDELT_COLUMNS.map((column, index) => [column, cells[index]!.trim()]));
  const result = eventSchema.safeParse(row);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new GdeltRowError(`${where}: ${issue.path.join('.')} ${issue.message}`);
  }
  return result.data;
}

export type SkipReason = 'NO_ACTOR1' | 'NO_ACTOR2' | 'SAME_ACTOR' | 'UNMAPPED_CAMEO';

/** GDELT's actor type codes, to the graph's kinds (anything else coded is an organization). */
const KIND_BY_TYPE: Readonly<Record<string, ActorKind>> = {
  REB: 'ARMED_GROUP',
  INS: 'ARMED_GROUP',
  SEP: 'ARMED_GROUP',
  UAF: 'ARMED_GROUP',
  MED: 'MEDIA',
};

interface GdeltActor {
  id: string;
  name: string;
  kind: ActorKind;
  code: string;
}

function actorOf(code: string, name: string, countryCode: string, typeCode: string): GdeltActor | null {
  const label = name || code;
  const slug = foldName(label).replace(/ /g, '-');
  if (!slug) return null;
  const kind: ActorKind = KIND_BY_TYPE[typeCode] ?? (code !== '' && code === countryCode ? 'STATE' : 'ORGANIZATION');
  const titled = label.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase());
  return { id: slug, name: titled, kind, code };
}

/**
 * The events of one export, as briefings: one per source article (its URL is the briefing's
 * provenance), each event a REPORTED relation between its two actors on its day, with a quote
 * naming the event. The briefing id comes from the URL, so importing a file again changes nothing.
 * Events without two actors, or whose CAMEO code the vocabulary does not map, are counted and skipped.
 */
export function gdeltBriefings(events: Iterable<GdeltEvent>, skipped: Map<SkipReason, number>): BriefingFileInput[] {
  const byUrl = new Map<string, { url: string; events: GdeltEvent[] }>();
  const skip = (reason: SkipReason) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  for (const event of events) {
    const key = event.SOURCEURL || `gdelt-event-${event.GLOBALEVENTID}`;
    const group = byUrl.get(key) ?? { url: event.SOURCEURL, events: [] };
    group.events.push(event);
    byUrl.set(key, group);
  }
  const briefings: BriefingFileInput[] = [];
  for (const [key, group] of byUrl) {
    const actors = new Map<string, GdeltActor>();
    const relations: NonNullable<BriefingFileInput['relations']> = [];
    for (const event of group.events) {
      const a = actorOf(event.Actor1Code, event.Actor1Name, event.Actor1CountryCode, event.Actor1Type1Code);
      const b = actorOf(event.Actor2Code, event.Actor2Name, event.Actor2CountryCode, event.Actor2Type1Code);
      const type = relationTypeOfCameo(event.EventCode);
      if (!a) skip('NO_ACTOR1');
      else if (!b) skip('NO_ACTOR2');
      else if (a.id === b.id) skip('SAME_ACTOR');
      else if (!type) skip('UNMAPPED_CAMEO');
      else {
        if (!actors.has(a.id)) actors.set(a.id, a);
        if (!actors.has(b.id)) actors.set(b.id, b);
        relations.push({
          source: a.id,
          type,
          target: b.id,
          date: event.SQLDATE,
          modality: 'REPORTED',
          evidence: { quote: `GDELT event ${event.GLOBALEVENTID}: ${a.name} (${a.code}) ${event.EventCode} ${b.name} (${b.code})`, extractor: GDELT_EXTRACTOR },
        });
      }
    }
    if (relations.length === 0) continue;
    const isUrl = z.url().safeParse(group.url).success;
    const first = group.events[0]!;
    briefings.push({
      annotator: GDELT_EXTRACTOR,
      briefing: {
        id: `gdelt-${createHash('sha256').update(key).digest('hex').slice(0, 20)}`,
        title: `GDELT events from ${isUrl ? new URL(group.url).hostname : group.url || `event ${first.GLOBALEVENTID}`}`,
        url: isUrl ? group.url : null,
        source: isUrl ? 'GDELT 2.0' : group.url || 'GDELT 2.0',
        publishedAt: first.DATEADDED || first.SQLDATE,
      },
      actors: [...actors.values()].map(({ id, name, kind, code }) => ({ id, name, kind, aliases: code && code !== name ? [code] : [] })),
      relations,
    });
  }
  return briefings;
}
