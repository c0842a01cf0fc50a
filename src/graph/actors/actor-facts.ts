import type { Tx } from '../../db/database.js';
import { foldName, lookupKeys } from '../../text/fold.js';

/** What one briefing states about one of its actors (an :ActorStatement). */
/** What is said of an actor: by one briefing (a statement), or by the graph before a briefing is planned. */
export interface StatedActorFields {
  name: string;
  kind: string;
  aliases: string[] | null;
  titles: string[] | null;
  wikidata: string | null;
  externalIds: string[] | null;
}

export interface ActorStatement extends StatedActorFields {
  briefingId: string;
  /** The id the briefing gave the actor (the graph's id may differ: a QID match, a merge). */
  statedId: string;
}

/** An actor's visible facts, as the graph stores them on the :Actor node. */
export interface ActorFacts {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  aliasText: string;
  lookupKeys: string[];
  titles: string[];
  wikidata: string | null;
  externalIds: string[];
}

/**
 * An actor's visible facts are the union of what every briefing states about it (statements
 * oldest briefing first), so retracting one briefing's statement retracts exactly what only it said:
 * - name: the current name while any briefing still gives it as the name, else the name the
 *   oldest briefing gives (a name stays stable as briefings come and go, a correction renames);
 * - kind: the kind most briefings give, ties going to the most recent briefing;
 * - aliases: every name and alias any briefing gives, except the name; titles and identifiers: the
 *   union; wikidata: the oldest briefing's QID.
 */
export function deriveActorFacts(current: { id: string; name: string }, statements: readonly ActorStatement[]): ActorFacts {
  if (statements.length === 0) throw new Error(`no statement about actor "${current.id}" to derive its facts from`);
  const name = statements.some((statement) => statement.name === current.name) ? current.name : statements[0]!.name;
  const aliases = uniqueNames(
    name,
    statements.flatMap((statement) => [statement.name, ...(statement.aliases ?? [])]),
  );
  return {
    id: current.id,
    name,
    kind: majorityKind(statements),
    aliases,
    aliasText: aliases.join(' | '),
    lookupKeys: lookupKeys(name, aliases),
    titles: unique(statements.flatMap((statement) => statement.titles ?? [])),
    wikidata: statements.find((statement) => statement.wikidata)?.wikidata ?? null,
    externalIds: unique(statements.flatMap((statement) => statement.externalIds ?? [])),
  };
}

function majorityKind(statements: readonly ActorStatement[]): string {
  const counts = new Map<string, number>();
  for (const statement of statements) counts.set(statement.kind, (counts.get(statement.kind) ?? 0) + 1);
  const most = Math.max(...counts.values());
  // statements are oldest first: the last one with a top count is the most recent.
  return statements.filter((statement) => counts.get(statement.kind) === most).at(-1)!.kind;
}

/** Aliases without the name itself and without repeats; spelling variants ("Francois") are kept. */
export function uniqueNames(name: string, names: readonly string[]): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const kept: string[] = [];
  for (const candidate of names) {
    const folded = candidate.trim().toLowerCase();
    if (!foldName(candidate) || seen.has(folded)) continue;
    seen.add(folded);
    kept.push(candidate);
  }
  return kept;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Derives again the visible facts of the given actors from the statements about them, and removes
 * those that no briefing states any more and nothing else holds (no relation, mention or quote).
 * Returns the ids removed.
 */
export async function refreshActors(tx: Tx, actorIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(actorIds)];
  if (ids.length === 0) return [];
  return applyActorStatements(tx, await readActorStatements(tx, ids));
}

type StatementRows = { actor: { id: string; name: string }; statements: ActorStatement[]; held: boolean }[];

/**
 * The first half of refreshActors: what is stated about the actors. Sent in a pipeline after the
 * writes that change those statements, it reads them as written (a transaction runs its statements
 * in the order sent), one round trip fewer than reading after the writes have answered.
 */
export function readActorStatements(tx: Tx, actorIds: readonly string[]): Promise<StatementRows> {
  const ids = [...new Set(actorIds)];
  return ids.length === 0 ? Promise.resolve([]) : tx.run('actors/statements', { actorIds: ids });
}

/** The second half of refreshActors: the actors' facts derived again from what readActorStatements read; returns the ids removed. */
export async function applyActorStatements(tx: Tx, rows: StatementRows): Promise<string[]> {
  if (rows.length === 0) return [];
  const stated = rows.filter((row) => row.statements.length > 0);
  await tx.run('actors/set-facts', { actors: stated.map((row) => deriveActorFacts(row.actor, row.statements)) });
  const unstated = rows.filter((row) => row.statements.length === 0 && !row.held).map((row) => row.actor.id);
  if (unstated.length > 0) await tx.run('actors/delete-unstated', { actorIds: unstated });
  return unstated;
}
