import type { Database } from '../db/database.js';
import { editDistance } from '../text/edit-distance.js';
import { transliterationKey } from '../graph/resolution/same-as.js';
import { foldName } from '../text/fold.js';
import { exactNameQuery, searchQuery } from '../graph/actors/lucene.js';
import type { BriefingFile } from '../ingest/briefing-format.js';
import { actorAsAsked, askedOf, askedParams, type AskedActorRow } from '../graph/shared/asked-properties.js';

/** What the review reads of an actor found by name: its name alone. */
const NAME_ONLY = askedOf(new Set(['name']));

/** How a draft's actor relates to the graph, for a reviewer. */
export type ActorMatch =
  | { inputId: string; name: string; status: 'NEW' }
  | {
      inputId: string;
      name: string;
      status: 'MATCHED';
      /** ID, WIKIDATA, MERGED, NAME, ALIAS: certain and applied on ingest. FUZZY: a suggestion only. */
      how: 'ID' | 'WIKIDATA' | 'MERGED' | 'NAME' | 'ALIAS' | 'FUZZY';
      existingId: string;
      existingName: string;
    };

const FUZZY_CANDIDATES = 5;
const MAX_FUZZY_EDITS = 2;

interface Resolved {
  inputId: string;
  matchedBy: 'WIKIDATA' | 'ID' | 'MERGED' | null;
  existing: { id: string; name: string } | null;
}

/**
 * Resolves a draft's actors against the graph in one read transaction: by id, Wikidata QID or
 * merge record (as ingest will), then by exact folded name or alias, then fuzzily (transliteration
 * or at most two edits on a same-kind actor found by full-text search).
 */
export function resolveDraftActors(db: Database, draft: BriefingFile): Promise<ActorMatch[]> {
  return db.readTransaction(async (tx) => {
    const resolved = await tx.run<Resolved>('ingest/resolve-actors', {
      actors: draft.actors.map((actor) => ({ id: actor.id, wikidata: actor.externalIds?.wikidata ?? null })),
    });
    const byInput = new Map(resolved.map((row) => [row.inputId, row]));
    const matches: ActorMatch[] = [];
    for (const actor of draft.actors) {
      const known = byInput.get(actor.id);
      if (known?.existing && known.matchedBy) {
        matches.push({
          inputId: actor.id,
          name: actor.name,
          status: 'MATCHED',
          how: known.matchedBy,
          existingId: known.existing.id,
          existingName: known.existing.name,
        });
        continue;
      }
      let found: ActorMatch | null = null;
      for (const [index, name] of [actor.name, ...actor.aliases].entries()) {
        const luceneQuery = exactNameQuery(name);
        if (!luceneQuery) continue;
        const [hit] = await tx.run<{ id: string }>('actors/find-by-name', { luceneQuery, key: foldName(name).replace(/^the /, '') });
        if (hit) {
          const [existing] = await tx.run<{ actor: AskedActorRow }>('actors/by-ids', { ids: [hit.id], ...askedParams(NAME_ONLY) });
          found = {
            inputId: actor.id,
            name: actor.name,
            status: 'MATCHED',
            how: index === 0 ? 'NAME' : 'ALIAS',
            existingId: hit.id,
            existingName: existing ? actorAsAsked(existing.actor, NAME_ONLY).name : hit.id,
          };
          break;
        }
      }
      if (!found) {
        const luceneQuery = searchQuery(actor.name);
        // the search returns its candidates whole, best first: no second statement for their names
        const [row] = luceneQuery
          ? await tx.run<{ actors: { id: string; name: string }[] }>('actors/search', { luceneQuery, kinds: [actor.kind], offset: 0, first: FUZZY_CANDIDATES })
          : [];
        const close = (row?.actors ?? []).find((candidate) => isNearName(actor.name, candidate.name));
        if (close) found = { inputId: actor.id, name: actor.name, status: 'MATCHED', how: 'FUZZY', existingId: close.id, existingName: close.name };
      }
      matches.push(found ?? { inputId: actor.id, name: actor.name, status: 'NEW' });
    }
    return matches;
  }, 'review draft');
}

function isNearName(a: string, b: string): boolean {
  if (transliterationKey(a) === transliterationKey(b)) return true;
  const [x, y] = [foldName(a), foldName(b)];
  return Math.min(x.length, y.length) >= 5 && editDistance(x, y, MAX_FUZZY_EDITS) <= MAX_FUZZY_EDITS;
}

/**
 * Points the draft's certain matches (name or alias; id, QID and merge are matched by ingest
 * itself) at the graph's actors, so ingesting reuses them. Fuzzy matches stay for a reviewer.
 */
export function applyCertainMatches(draft: BriefingFile, matches: readonly ActorMatch[]): BriefingFile {
  const rename = new Map<string, string>();
  for (const match of matches) {
    if (match.status === 'MATCHED' && (match.how === 'NAME' || match.how === 'ALIAS')) rename.set(match.inputId, match.existingId);
  }
  if (rename.size === 0) return draft;
  const to = (id: string) => rename.get(id) ?? id;
  const toOptional = (id: string | null | undefined) => (id ? to(id) : id);
  const seen = new Set<string>();
  return {
    ...draft,
    actors: draft.actors
      .map((actor) => ({ ...actor, id: to(actor.id), roles: actor.roles.map((role) => ({ ...role, of: toOptional(role.of) })) }))
      .filter((actor) => (seen.has(actor.id) ? false : (seen.add(actor.id), true))),
    relations: draft.relations
      .map((relation) => ({
        ...relation,
        source: to(relation.source),
        target: to(relation.target),
        evidence: { ...relation.evidence, speaker: toOptional(relation.evidence.speaker) },
      }))
      .filter((relation) => relation.source !== relation.target),
  };
}

export function describeMatches(matches: readonly ActorMatch[]): string[] {
  return matches.map((match) =>
    match.status === 'NEW'
      ? `  new actor        ${match.name} (${match.inputId})`
      : `  ${match.how === 'FUZZY' ? 'possible match  ' : 'matched existing'} ${match.name} → ${match.existingName} (${match.existingId}) by ${match.how.toLowerCase()}`,
  );
}
