import { collectExportGraph, type GraphQLExecutor } from './collect.js';
import { exporterFor } from './formats/index.js';
import type { ExportRequest } from './request.js';

export interface ExportOutput {
  contentType: string;
  /** A file name for the download: scope, subject and extension. */
  fileName: string;
  body: string;
  nodeCount: number;
  edgeCount: number;
  truncated: boolean;
}

/** Reads the selection through the API and writes it in the requested format. */
export async function runExport(execute: GraphQLExecutor, request: ExportRequest): Promise<ExportOutput> {
  const exporter = exporterFor(request.format)!;
  const graph = await collectExportGraph(execute, request);
  const subject = request.scope === 'neighborhood' ? request.actorId : request.scope === 'paths' ? `${request.fromId}--${request.toId}` : 'graph';
  return {
    contentType: exporter.contentType,
    fileName: `diplograph-${subject}${exporter.extension}`.replace(/[^A-Za-z0-9._-]/g, '_'),
    body: exporter.write(graph),
    nodeCount: graph.nodes.length,
    edgeCount: graph.edges.length,
    truncated: graph.truncated,
  };
}
