/** A package unzipped into a folder, served from its own origin as an LMS or Kolibri would serve it. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import sirv from 'sirv';

export function unzipInto(zip: string, folder: string): void {
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
}

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serve a folder on a free port. `headers` go with every response; `rewriteHtml`, when given,
 * changes each HTML page on its way out (a content server may add a script of its own).
 */
export async function serveFolder(root: string, options: { headers?: Record<string, string>; rewriteHtml?: (html: string, path: string) => string } = {}): Promise<Served> {
  const files = sirv(root, { dev: true });
  const notFound = (res: ServerResponse) => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (options.rewriteHtml && path.endsWith('.html')) {
      try {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(options.rewriteHtml(readFileSync(join(root, path), 'utf8'), path));
      } catch {
        notFound(res);
      }
      return;
    }
    files(req, res, () => {
      notFound(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
