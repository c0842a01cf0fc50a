export type { ExportGraph, ExportEdge } from './model.js';
export { EXPORTERS, EXPORT_FORMATS, exporterFor } from './formats/index.js';
export { parseExportRequest, ExportRequestError } from './request.js';
export { ExportQueryError, type GraphQLExecutor } from './collect.js';
export { runExport } from './run-export.js';
