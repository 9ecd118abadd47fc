// A static server for the benchmarks: the built app (and any extra page a benchmark adds), gzip
// compressed like any static host, on a free local port.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const cache = new Map<string, Buffer>();
/** A file's gzip bytes (what the server sends, and what the benchmarks count). */
export const gzipped = (file: string): Buffer => cache.get(file) ?? cache.set(file, gzipSync(readFileSync(file))).get(file)!;

/** What an extra route serves: a file, or a page's text. */
export type Extra = { readonly file: string } | { readonly body: string };

export function serveStatic(root: string, dist: string, extra: (path: string) => Extra | undefined = () => undefined): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const found = extra(path) ?? { file: join(dist, path === '/' ? 'index.html' : path) };
    if ('body' in found) {
      res.setHeader('content-type', 'text/html');
      return res.end(found.body);
    }
    const { file } = found;
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.setHeader('content-type', type);
    if (/javascript|json|css|svg|html|csv/.test(type)) {
      res.setHeader('content-encoding', 'gzip');
      return res.end(gzipped(file));
    }
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}
