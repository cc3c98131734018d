import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { policyDirectives } from '../../scripts/headers.mjs';
import { lessonPath, solveFirstExercise } from './course';
import { waitForServiceWorker } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let server: ChildProcess;
let origin = '';

// The build served by scripts/serve.mjs with exactly the headers of the build's _headers file.
test.beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', 'dist', '--headers', 'dist/_headers'], { cwd: ROOT });
  origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk) => {
      output += String(chunk);
      const port = /:(\d+)\//.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    server.stderr!.on('data', (chunk) => (output += String(chunk)));
    server.on('exit', (code) => reject(new Error(`serve.mjs stopped (${code}): ${output}`)));
  });
});

test.afterAll(() => {
  server?.kill();
});

test('pages and the service worker arrive with the headers a meta tag cannot give', async ({ page }) => {
  const response = await page.goto(`${origin}/`);
  const headers = response!.headers();
  // The page's own policy, directive by directive, with the sources other pages need too (the
  // hashes of their inline style sheets), plus the one directive a meta tag cannot carry.
  const byName = (policy: string) => new Map(policyDirectives(policy).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
  const header = byName(headers['content-security-policy'] ?? '');
  for (const path of ['/', '/teachers/', lessonPath]) {
    await page.goto(`${origin}${path}`);
    const meta = byName((await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!);
    expect([...header.keys()], path).toEqual([...meta.keys(), 'frame-ancestors']);
    for (const [name, sources] of meta) expect(header.get(name), `${path}: ${name}`).toEqual(expect.arrayContaining(sources));
    // Nothing but hashes is added: no host, no 'unsafe-inline'.
    for (const [name, sources] of header) {
      const extra = sources.filter((s) => !meta.get(name)?.includes(s));
      if (name !== 'frame-ancestors') for (const s of extra) expect(s, `${path}: ${name}`).toMatch(/^'sha256-[\w+/=]+'$/);
    }
  }
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');

  const worker = await page.request.get(`${origin}/sw.js`);
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['content-security-policy']).toBe(headers['content-security-policy']);
});

test('with those headers, the home page, a lesson exercise, the reader and search work, with no policy violation', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await page.goto(`${origin}/`);
  await expect(page.locator('h1')).toBeVisible();
  // A policy that blocked the pages' inline scripts shows here, before anything waits on them.
  expect(errors).toEqual([]);
  await waitForServiceWorker(page);

  await page.goto(`${origin}${lessonPath}`);
  await solveFirstExercise(page);

  await page.goto(`${origin}/documents/vt-asylum-for-isis/#vt-experts-agree`);
  await expect(page.locator('#note-card')).toContainText('Unverified claim');

  await page.goto(`${origin}/search/`);
  await page.locator('.pagefind-ui__search-input').fill('mercenaries');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();

  expect(errors).toEqual([]);
});

test('the site refuses to be shown in a frame', async ({ page }) => {
  await page.goto(`${origin}/privacy/`);
  const framed = await page.evaluate(
    (src) =>
      new Promise<boolean>((resolve) => {
        const frame = document.createElement('iframe');
        frame.addEventListener('load', () => resolve(frame.contentDocument?.querySelector('h1') != null));
        frame.src = src;
        document.body.append(frame);
      }),
    `${origin}/`,
  );
  expect(framed).toBe(false);
});
