import type { Exporter } from '../exporter.js';
import type { ExportGraph } from '../model.js';

/** Cytoscape.js elements JSON (also read by Cytoscape desktop): `cy.add(json.elements)`. */
export const cytoscapeExporter: Exporter = {
  format: 'cytoscape',
  description: 'Cytoscape.js elements JSON',
  contentType: 'application/json; charset=utf-8',
  extension: '.cyjs',
  write(graph: ExportGraph): string {
    const document = {
      format_version: '1.0',
      generated_by: 'diplograph',
      data: { truncated: graph.truncated },
      elements: {
        nodes: graph.nodes.map((node) => ({
          data: { id: node.id, label: node.name, kind: node.kind, aliases: node.aliases, wikidata: node.wikidata, roles: node.roles },
        })),
        edges: graph.edges.map((edge) => ({
          data: {
            ...edge,
            source: edge.source.id,
            target: edge.target.id,
            label: edge.type,
          },
        })),
      },
    };
    return `${JSON.stringify(document, null, 2)}\n`;
  },
};
