import type { Tx } from '../db/database.js';
import { lockActors } from '../graph/resolution/actor-locks.js';
import { Redirects } from '../graph/resolution/redirects.js';
import type { ActorInput } from './briefing-format.js';
import type { ActorResolution } from './plan.js';

/** Concurrent merges moving a briefing's actors while it locks them are rare: a few rounds settle it. */
const MAX_LOCK_ROUNDS = 5;

/**
 * Finds the graph's actor for each actor of a briefing (or of a batch of them) (through the merges in force, by QID, by
 * id) holding the write locks of every actor it names or resolves to, so no merge or unmerge moves
 * them between this decision and the commit (a merge takes the same locks).
 */
export async function resolveLocked(tx: Tx, actors: readonly ActorInput[], what: string): Promise<ActorResolution[]> {
  return (await resolveLockedAlong(tx, actors, what, () => Promise.resolve())).resolutions;
}

/**
 * resolveLocked, with `readAlong`'s statements sent in the same round trip: Neo4j runs them after the
 * locks and the first resolution, so they read under those locks. The first resolution is sent
 * before the merges in force are known, as if none absorbed any of the actors (the usual case); when
 * one did, it is sent again with them, as resolveLocked always did. What `readAlong` read holds only
 * when the resolutions are what it assumed: the caller checks that.
 */
export async function resolveLockedAlong<T>(
  tx: Tx,
  actors: readonly ActorInput[],
  what: string,
  readAlong: () => Promise<T>,
): Promise<{ resolutions: ActorResolution[]; along: T }> {
  const locked = new Set(actors.map((actor) => actor.id));
  // Sent together, so the driver pipelines them; Neo4j runs them in order, the locks first.
  const [, loaded, guessed, along] = await Promise.all([
    lockActors(tx, [...locked]),
    Redirects.load(tx),
    resolveActors(tx, actors, Redirects.NONE),
    readAlong(),
  ]);
  let redirects = loaded;
  let resolutions = guessed;
  if (actors.some((actor) => redirects.absorbed(actor.id))) resolutions = await resolveActors(tx, actors, redirects);
  for (let round = 0; round < MAX_LOCK_ROUNDS; round += 1) {
    if (round > 0) {
      redirects = await Redirects.load(tx);
      resolutions = await resolveActors(tx, actors, redirects);
    }
    const unlocked = resolutions.flatMap((resolution) => (resolution.existing && !locked.has(resolution.existing.id) ? [resolution.existing.id] : []));
    // Every actor decided on was locked before this read: nothing can move them any more.
    if (unlocked.length === 0) return { resolutions, along };
    await lockActors(tx, unlocked);
    for (const id of unlocked) locked.add(id);
  }
  throw new Error(`${what}: merges kept moving its actors while it locked them`);
}

function resolveActors(tx: Tx, actors: readonly ActorInput[], redirects: Redirects): Promise<ActorResolution[]> {
  return tx.run<ActorResolution>('ingest/resolve-actors', {
    actors: actors.map((actor) => ({
      id: actor.id,
      wikidata: actor.externalIds?.wikidata ?? null,
      mergedInto: redirects.absorbed(actor.id) ? redirects.resolve(actor.id) : null,
    })),
  });
}
