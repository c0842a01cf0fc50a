import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { WEB_BUILD_DIR } from '../../web/build/paths.js';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The pages, by path: each is a static HTML shell that loads its bundle from /assets/. */
const PAGES: Record<string, string> = { '/graphiql': 'graphiql.html', '/explorer': 'explorer.html' };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

function sendText(response: ServerResponse, status: number, text: string) {
  response.statusCode = status;
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.end(text);
}

/** Bundles carry a content hash in their names or change only with a new build: an hour is safe. */
const ASSET_MAX_AGE_SECONDS = 3600;

/**
 * Serves the GraphQL workbench (/graphiql), the explorer (/explorer) and their bundled assets from
 * the build folder: public static files, no data (the pages read data through the API).
 */
export function pagesRoute(buildDir: string = WEB_BUILD_DIR) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const pathname = url.pathname.replace(/\/+$/, '') || '/';
    let file: string | undefined;
    if (PAGES[pathname]) file = path.join(buildDir, PAGES[pathname]);
    else if (pathname.startsWith('/assets/')) {
      const resolved = path.resolve(buildDir, `.${decodeURIComponent(pathname)}`);
      if (!resolved.startsWith(path.join(buildDir, 'assets') + path.sep)) return false;
      file = resolved;
    } else return false;
    if (!existsSync(file)) {
      if (PAGES[pathname]) {
        sendText(response, 503, 'The pages are not built yet: run "npm run build:web" (npm start and npm test build them).');
        return true;
      }
      sendText(response, 404, `Nothing at ${pathname}.`);
      return true;
    }
    response.statusCode = 200;
    response.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
    response.setHeader('cache-control', PAGES[pathname] ? 'no-cache' : `public, max-age=${ASSET_MAX_AGE_SECONDS}`);
    response.end(request.method === 'HEAD' ? undefined : await readFile(file));
    return true;
  };
}
