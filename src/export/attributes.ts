import type { ExportEdge, ExportNode } from './model.js';

/** A column of the tabular and XML formats: one source for GraphML keys, GEXF attributes and CSV headers. */
export interface Column<T> {
  name: string;
  type: 'string' | 'boolean' | 'integer' | 'double';
  value: (item: T) => string | number | boolean | null;
}

const joined = (values: readonly string[]) => (values.length > 0 ? values.join('; ') : null);

export const NODE_COLUMNS: readonly Column<ExportNode>[] = [
  { name: 'label', type: 'string', value: (node) => node.name },
  { name: 'kind', type: 'string', value: (node) => node.kind },
  { name: 'aliases', type: 'string', value: (node) => joined(node.aliases) },
  { name: 'wikidata', type: 'string', value: (node) => node.wikidata },
  { name: 'roles', type: 'string', value: (node) => joined(node.roles.map((role) => [role.title, role.of.name].filter(Boolean).join(', '))) },
];

export const EDGE_COLUMNS: readonly Column<ExportEdge>[] = [
  { name: 'type', type: 'string', value: (edge) => edge.type },
  { name: 'date', type: 'string', value: (edge) => edge.date },
  { name: 'modality', type: 'string', value: (edge) => edge.modality },
  { name: 'negated', type: 'boolean', value: (edge) => edge.negated },
  { name: 'symmetric', type: 'boolean', value: (edge) => edge.symmetric },
  { name: 'title', type: 'string', value: (edge) => edge.title },
  { name: 'from', type: 'string', value: (edge) => edge.from },
  { name: 'to', type: 'string', value: (edge) => edge.to },
  { name: 'mentions', type: 'integer', value: (edge) => edge.mentions },
  { name: 'firstSeen', type: 'string', value: (edge) => edge.firstSeen },
  { name: 'lastSeen', type: 'string', value: (edge) => edge.lastSeen },
  { name: 'confidence', type: 'double', value: (edge) => edge.confidence },
  { name: 'cameo', type: 'string', value: (edge) => edge.cameo },
  { name: 'ploverCategory', type: 'string', value: (edge) => edge.plover?.category ?? null },
  { name: 'ploverMode', type: 'string', value: (edge) => edge.plover?.mode ?? null },
  { name: 'goldstein', type: 'double', value: (edge) => edge.plover?.score ?? null },
  { name: 'evidence', type: 'string', value: (edge) => joined(edge.evidence.map((evidence) => evidence.quote)) },
  { name: 'briefings', type: 'string', value: (edge) => joined([...new Set(edge.evidence.map((evidence) => evidence.briefing.id))]) },
];
