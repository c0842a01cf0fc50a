import type { ActorKind } from '../vocabulary/actor-kinds.js';
import type { Modality } from '../vocabulary/modalities.js';
import type { RelationType } from '../vocabulary/relation-types.js';

/** A graph as every exporter receives it: what the public GraphQL API answers, nothing more. */
export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** True when a limit cut the selection short. */
  truncated: boolean;
}

export interface ExportNode {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  wikidata: string | null;
  roles: { title: string | null; of: { id: string; name: string } }[];
}

export interface ExportEvidence {
  quote: string;
  modality: Modality | null;
  speaker: { id: string; name: string } | null;
  briefing: { id: string; title: string; url: string | null; source: string | null; publishedAt: string };
}

export interface ExportEdge {
  id: string;
  type: RelationType;
  source: { id: string };
  target: { id: string };
  date: string | null;
  modality: Modality;
  negated: boolean;
  symmetric: boolean;
  title: string | null;
  from: string | null;
  to: string | null;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
  confidence: number;
  cameo: string | null;
  plover: { category: string; mode: string | null; score: number | null } | null;
  evidence: ExportEvidence[];
}

/** The day a relation happened: its event date, or the day it was first reported. */
export function edgeDay(edge: ExportEdge): string | null {
  return edge.date ?? edge.firstSeen;
}

/**
 * When a relation holds, for timelines (GEXF spells): a role from its start to its end, an event
 * on its day. Open ends stay open (null).
 */
export function edgeInterval(edge: ExportEdge): { start: string | null; end: string | null } {
  if (edge.type === 'AFFILIATED_WITH' && (edge.from || edge.to)) return { start: edge.from, end: edge.to };
  const day = edgeDay(edge);
  return { start: day, end: day };
}
