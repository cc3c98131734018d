// Serves the built site (dist/) as any static host would, under the base path it was built for.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--base /schools/media-literacy/]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.SITE_BASE ?? '/' },
  },
});
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const files = sirv(values.dir, { dev: true, etag: true });

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(base)) {
    res.writeHead(url === '/' ? 302 : 404, url === '/' ? { location: base } : { 'content-type': 'text/plain' });
    res.end(url === '/' ? '' : 'Not found');
    return;
  }
  req.url = `/${url.slice(base.length)}`;
  files(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  });
});
server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir}/ at http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${values.port}${base}`);
});
