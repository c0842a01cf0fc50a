import { z } from 'zod';
import { lookupKeys } from '../text/fold.js';

/** The shared gold annotation format (`*.gold.json` beside each briefing text): actors and relations named by actor name. */
export const goldFileSchema = z.object({
  briefing: z.object({ id: z.string(), title: z.string().optional(), publishedAt: z.iso.date() }),
  actors: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      aliases: z.array(z.string()).default([]),
      roles: z.array(z.string()).default([]),
    }),
  ),
  relations: z.array(
    z.object({
      source: z.string(),
      type: z.string(),
      target: z.string(),
      date: z.string().nullable().optional(),
      evidence: z.string().optional(),
      optional: z.boolean().optional(),
      alt_types: z.array(z.string()).optional(),
      alt_targets: z.array(z.string()).optional(),
      note: z.string().optional(),
    }),
  ),
});

export type GoldFile = z.infer<typeof goldFileSchema>;

/** Each gold actor's folded keys (lookupKeys: its name and every alias, with and without a leading "the"), in the gold's order. */
export function goldActorKeys(gold: GoldFile): Set<string>[] {
  return gold.actors.map((a) => new Set(lookupKeys(a.name, a.aliases)));
}

/** The index of the first gold actor (by `goldActorKeys`) that a name or one of its aliases names, -1 when none does. */
export function goldActorIndex(goldKeys: readonly ReadonlySet<string>[], name: string, aliases: readonly string[] = []): number {
  const keys = lookupKeys(name, aliases);
  return goldKeys.findIndex((actorKeys) => keys.some((k) => actorKeys.has(k)));
}

export function parseGold(data: unknown, source: string): GoldFile {
  const result = goldFileSchema.safeParse(data);
  if (!result.success) throw new Error(`${source}: not a gold file: ${result.error.message}`);
  return result.data;
}
