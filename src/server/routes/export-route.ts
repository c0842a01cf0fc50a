import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '../../access/principal.js';
import { ExportQueryError, ExportRequestError, parseExportRequest, runExport, type GraphQLExecutor } from '../../export/index.js';

/** `/export/<format>`: the format in the path, the selection in the query string. */
export const EXPORT_ROUTE_PREFIX = '/export/';
const EXPORT_PATH = /^\/export\/([a-z-]+)\/?$/;

function queryParams(url: URL): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  return params;
}

function sendProblem(res: ServerResponse, status: number, code: string, message: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * GET /export/<format>?actorId=…&depth=…&types=…: a neighborhood, paths or the whole graph as a
 * file, read through the GraphQL API as the caller (same key, same role), with the same arguments.
 * Bad parameters answer 400 naming each one.
 */
export function exportRoute(executorFor: (principal: Principal) => GraphQLExecutor) {
  return async (req: IncomingMessage, res: ServerResponse, principal: Principal): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendProblem(res, 405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.');
    }
    const format = EXPORT_PATH.exec(url.pathname)?.[1] ?? url.pathname.slice(EXPORT_ROUTE_PREFIX.length);
    try {
      const output = await runExport(executorFor(principal), parseExportRequest({ ...queryParams(url), format }));
      res.statusCode = 200;
      res.setHeader('content-type', output.contentType);
      res.setHeader('content-disposition', `attachment; filename="${output.fileName}"`);
      res.setHeader('x-diplograph-truncated', String(output.truncated));
      res.end(req.method === 'HEAD' ? undefined : output.body);
    } catch (error) {
      if (error instanceof ExportRequestError || error instanceof ExportQueryError) return sendProblem(res, 400, error.code, error.message);
      throw error;
    }
  };
}
