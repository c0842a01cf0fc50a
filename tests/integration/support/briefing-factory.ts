import type { BriefingFileInput } from '../../../src/ingest/briefing-format.js';
import type { RelationType } from '../../../src/vocabulary/relation-types.js';
import type { Modality } from '../../../src/vocabulary/modalities.js';
import type { ActorKind } from '../../../src/vocabulary/actor-kinds.js';

type RelationSpec = {
  source: string;
  type: RelationType;
  target: string;
  date?: string | null;
  modality?: Modality;
  negated?: boolean;
  /** For AFFILIATED_WITH: a role's title and period. */
  title?: string | null;
  from?: string | null;
  to?: string | null;
  sentence: string;
};

export interface FactoryActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  externalIds?: { wikidata: string };
}

/**
 * Builds briefings whose every id carries the test's prefix, so tests running in parallel on one
 * database never touch each other's data. Sentences become the text; relations quote them.
 */
export function briefingFactory(prefix: string) {
  const id = (key: string) => `${prefix}-${key}`;
  return {
    id,
    actor: (key: string, name: string, kind: ActorKind = 'PERSON', extra: { aliases?: string[]; wikidata?: string } = {}): FactoryActor => ({
      id: id(key),
      name,
      kind,
      aliases: extra.aliases ?? [],
      ...(extra.wikidata ? { externalIds: { wikidata: extra.wikidata } } : {}),
    }),
    briefing: (key: string, publishedAt: string, actors: FactoryActor[], relations: RelationSpec[]): BriefingFileInput => ({
      annotator: 'test-factory',
      briefing: { id: id(key), title: `Test briefing ${key}`, publishedAt, text: relations.map((r) => r.sentence).join(' ') },
      actors,
      relations: relations.map((relation) => ({
        source: id(relation.source),
        type: relation.type,
        target: id(relation.target),
        date: relation.date ?? null,
        modality: relation.modality ?? 'ASSERTED',
        negated: relation.negated ?? false,
        ...(relation.title ? { title: relation.title } : {}),
        ...(relation.from ? { from: relation.from } : {}),
        ...(relation.to ? { to: relation.to } : {}),
        evidence: { quote: relation.sentence },
      })),
    }),
  };
}
