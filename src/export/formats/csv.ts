import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from '../attributes.js';
import type { Exporter } from '../exporter.js';
import type { ExportGraph } from '../model.js';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table<T>(leading: Column<T>[], columns: readonly Column<T>[], rows: readonly T[]): string {
  const all = [...leading, ...columns];
  const lines = [all.map((column) => column.name).join(','), ...rows.map((row) => all.map((column) => csvField(column.value(row))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Nodes as CSV (Gephi's and most tools' node table: id, label, ...). */
export const csvNodesExporter: Exporter = {
  format: 'csv-nodes',
  description: 'CSV node table (id, label, kind, ...)',
  contentType: 'text/csv; charset=utf-8',
  extension: '.nodes.csv',
  write: (graph: ExportGraph) => table([{ name: 'id', type: 'string', value: (node) => node.id }], NODE_COLUMNS, graph.nodes),
};

/** Edges as CSV (Gephi's edge table: id, source, target, ...). */
export const csvEdgesExporter: Exporter = {
  format: 'csv-edges',
  description: 'CSV edge table (id, source, target, type, ...)',
  contentType: 'text/csv; charset=utf-8',
  extension: '.edges.csv',
  write: (graph: ExportGraph) =>
    table(
      [
        { name: 'id', type: 'string', value: (edge) => edge.id },
        { name: 'source', type: 'string', value: (edge) => edge.source.id },
        { name: 'target', type: 'string', value: (edge) => edge.target.id },
      ],
      EDGE_COLUMNS,
      graph.edges,
    ),
};
