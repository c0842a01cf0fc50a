import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from '../attributes.js';
import type { Exporter } from '../exporter.js';
import { edgeInterval, type ExportGraph } from '../model.js';
import { xmlAttributes, xmlEscape } from '../xml.js';

const GEXF_NS = 'http://gexf.net/1.3';
const GEXF_TYPES = { string: 'string', boolean: 'boolean', integer: 'integer', double: 'double' } as const;
/** Columns written as GEXF's own label attribute rather than as attvalues. */
const OWN_LABEL = 'label';

function attributeDeclarations<T>(domain: 'node' | 'edge', columns: readonly Column<T>[]): string[] {
  return [
    `    <attributes class="${domain}" mode="static">`,
    ...columns
      .filter((column) => column.name !== OWN_LABEL)
      .map((column) => `      <attribute${xmlAttributes({ id: column.name, title: column.name, type: GEXF_TYPES[column.type] })}/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(columns: readonly Column<T>[], item: T): string[] {
  const values = columns.flatMap((column) => {
    const value = column.name === OWN_LABEL ? null : column.value(item);
    return value === null ? [] : [`          <attvalue${xmlAttributes({ for: column.name, value })}/>`];
  });
  return values.length > 0 ? ['        <attvalues>', ...values, '        </attvalues>'] : [];
}

/**
 * GEXF 1.3 for Gephi. The graph is dynamic with dates as time: each relation carries a spell (its
 * event day, or a role's from–to period), so Gephi's timeline plays the relations over time.
 * Relations with no known day have no spell and stay visible throughout.
 */
export const gexfExporter: Exporter = {
  format: 'gexf',
  description: 'GEXF 1.3 with time spells (Gephi timeline)',
  contentType: 'application/gexf+xml; charset=utf-8',
  extension: '.gexf',
  write(graph: ExportGraph): string {
    const edges = graph.edges.flatMap((edge) => {
      const { start, end } = edgeInterval(edge);
      const spell = start || end ? ['        <spells>', `          <spell${xmlAttributes({ start, end })}/>`, '        </spells>'] : [];
      return [
        `      <edge${xmlAttributes({ id: edge.id, source: edge.source.id, target: edge.target.id, label: edge.type, kind: edge.type, weight: edge.mentions })}>`,
        ...attvalues(EDGE_COLUMNS, edge),
        ...spell,
        '      </edge>',
      ];
    });
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<gexf xmlns="${GEXF_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NS} ${GEXF_NS}/gexf.xsd" version="1.3">`,
      '  <meta>',
      '    <creator>diplograph</creator>',
      `    <description>${xmlEscape(`${graph.nodes.length} actors, ${graph.edges.length} relations${graph.truncated ? ' (truncated)' : ''}`)}</description>`,
      '  </meta>',
      '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
      ...attributeDeclarations('node', NODE_COLUMNS),
      ...attributeDeclarations('edge', EDGE_COLUMNS),
      '    <nodes>',
      ...graph.nodes.flatMap((node) => [`      <node${xmlAttributes({ id: node.id, label: node.name })}>`, ...attvalues(NODE_COLUMNS, node), '      </node>']),
      '    </nodes>',
      '    <edges>',
      ...edges,
      '    </edges>',
      '  </graph>',
      '</gexf>',
      '',
    ].join('\n');
  },
};
