export type { Exporter } from './exporter.js';
export type { ExportGraph, ExportNode, ExportEdge } from './model.js';
export { EXPORTERS, EXPORT_FORMATS, exporterFor } from './formats/index.js';
export { parseExportRequest, ExportRequestError, type ExportRequest } from './request.js';
export { collectExportGraph, ExportQueryError, type GraphQLExecutor } from './collect.js';
export { runExport, type ExportOutput } from './run-export.js';
