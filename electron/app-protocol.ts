import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { APP_HOST, APP_RESPONSE_HEADERS, APP_SCHEME } from './security';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.headroom': 'application/x-headroom',
  '.txt': 'text/plain; charset=utf-8',
};

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * Serves `app://headroom/<path>` from the built web app folder (Vite's dist/web), with the CSP header on every
 * response. Only files inside `webRoot` are reachable: `..`, encoded slashes and other hosts get 403/404.
 */
export async function serveAppRequest(requestUrl: string, webRoot: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return plain(400, 'bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'not found');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return plain(400, 'bad request');
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return plain(403, 'forbidden');
  const root = path.resolve(webRoot);
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (!file.startsWith(root + path.sep)) return plain(403, 'forbidden');
  try {
    const stats = await fsp.stat(file);
    if (!stats.isFile()) return plain(404, 'not found');
    const body = await fsp.readFile(file);
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': type } });
  } catch {
    return plain(404, 'not found');
  }
}
