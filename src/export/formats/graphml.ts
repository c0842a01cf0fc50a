import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from '../attributes.js';
import type { Exporter } from '../exporter.js';
import type { ExportGraph } from '../model.js';
import { xmlAttributes, xmlEscape } from '../xml.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const GRAPHML_TYPES = { string: 'string', boolean: 'boolean', integer: 'int', double: 'double' } as const;

function keys<T>(domain: 'node' | 'edge', columns: readonly Column<T>[]): string[] {
  return columns.map(
    (column) => `  <key${xmlAttributes({ id: `${domain}-${column.name}`, for: domain, 'attr.name': column.name, 'attr.type': GRAPHML_TYPES[column.type] })}/>`,
  );
}

function data<T>(domain: 'node' | 'edge', columns: readonly Column<T>[], item: T): string[] {
  return columns.flatMap((column) => {
    const value = column.value(item);
    return value === null ? [] : [`      <data key="${domain}-${column.name}">${xmlEscape(String(value))}</data>`];
  });
}

/** GraphML for yEd, Gephi and networkx: one directed multigraph, every field as a typed key. */
export const graphmlExporter: Exporter = {
  format: 'graphml',
  description: 'GraphML (yEd, Gephi, networkx)',
  contentType: 'application/graphml+xml; charset=utf-8',
  extension: '.graphml',
  write(graph: ExportGraph): string {
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd">`,
      ...keys('node', NODE_COLUMNS),
      ...keys('edge', EDGE_COLUMNS),
      '  <graph id="diplograph" edgedefault="directed">',
      ...graph.nodes.flatMap((node) => [`    <node${xmlAttributes({ id: node.id })}>`, ...data('node', NODE_COLUMNS, node), '    </node>']),
      ...graph.edges.flatMap((edge) => [
        `    <edge${xmlAttributes({ id: edge.id, source: edge.source.id, target: edge.target.id })}>`,
        ...data('edge', EDGE_COLUMNS, edge),
        '    </edge>',
      ]),
      '  </graph>',
      '</graphml>',
      '',
    ].join('\n');
  },
};
