import type { Exporter } from '../exporter.js';
import { csvEdgesExporter, csvNodesExporter } from './csv.js';
import { cytoscapeExporter } from './cytoscape.js';
import { gexfExporter } from './gexf.js';
import { graphmlExporter } from './graphml.js';
import { ploverExporter } from './plover.js';

/** Every export format, by the name URLs and the CLI use. */
export const EXPORTERS: readonly Exporter[] = [graphmlExporter, gexfExporter, cytoscapeExporter, csvNodesExporter, csvEdgesExporter, ploverExporter];

export const EXPORT_FORMATS = EXPORTERS.map((exporter) => exporter.format);

export function exporterFor(format: string): Exporter | undefined {
  return EXPORTERS.find((exporter) => exporter.format === format);
}
