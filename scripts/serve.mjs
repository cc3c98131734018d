// Serves the built site (dist/) as any static host would, under the base path it was built for.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--base /schools/media-literacy/] [--headers dist/_headers]
// --port 0 takes a free port; --headers sends the headers of a _headers file, as Netlify would.
// Responses are compressed as every real host compresses them, so page timings here are honest.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.SITE_BASE ?? '/' },
    headers: { type: 'string' },
  },
});
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const files = sirv(values.dir, { dev: true, etag: true });
const rules = values.headers ? parseHeadersFile(readFileSync(values.headers, 'utf8')) : [];
const compress = compression();

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  // Set before sirv answers, which keeps headers already set over its own (Cache-Control).
  for (const [name, value] of headersFor(rules, new URL(url, 'http://host').pathname)) res.setHeader(name, value);
  if (!url.startsWith(base)) {
    res.writeHead(url === '/' ? 302 : 404, url === '/' ? { location: base } : { 'content-type': 'text/plain' });
    res.end(url === '/' ? '' : 'Not found');
    return;
  }
  req.url = `/${url.slice(base.length)}`;
  compress(req, res, () =>
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }),
  );
});
server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`Serving ${values.dir}/ at http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${port}${base}`);
});
