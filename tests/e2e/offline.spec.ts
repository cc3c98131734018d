import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import sirv from 'sirv';
import { generateSW } from 'workbox-build';
import { NESTED_BASE } from '../../playwright.config';
import { serviceWorkerOptions } from '../../scripts/precache.mjs';
import { lessonPath, solveFirstExercise } from './course';
import { exercise, expectNoAxeViolationsLightAndDark, tabTo, waitForServiceWorker } from './helpers';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const NESTED_DIST = fileURLToPath(new URL('../../dist-nested', import.meta.url));

/** A static server whose folder can be swapped, to play a new deploy; `base` as the build's SITE_BASE. */
async function startServer(dir: string, base = '/'): Promise<{ url: string; serve: (dir: string) => void; close: () => Promise<void> }> {
  let handler = sirv(dir, { dev: true });
  const server: Server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    };
    if (!req.url?.startsWith(base)) return notFound();
    req.url = `/${req.url.slice(base.length)}`;
    handler(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => (handler = sirv(next, { dev: true })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Serve a build, open its home page once, and wait until the service worker controls it. */
async function firstVisit(browser: Browser, dir = DIST, base = '/') {
  const server = await startServer(dir, base);
  const context = await browser.newContext();
  const page = await context.newPage();
  const close = async () => {
    await context.close();
    await server.close();
  };
  try {
    await page.goto(`${server.url}${base}`);
    await waitForServiceWorker(page);
  } catch (error) {
    await close();
    throw error;
  }
  return { server, context, page, close };
}

/** Play a second deploy of the root build: a copy changed by `change`, with its own service worker. */
async function deploy(server: { serve: (dir: string) => void }, change: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-2-'));
  cpSync(DIST, dir, { recursive: true });
  change(dir);
  const { count } = await generateSW(serviceWorkerOptions(dir, '/'));
  server.serve(dir);
  return { dir, count };
}

/** Mark a page's heading, so a test can tell which deploy it is reading. */
function markHeading(dir: string, path: string) {
  const file = join(dir, path, 'index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' (second deploy)</h1>'));
}

const SECOND_DEPLOY_CHUNK = 'ExerciseIsland.second-deploy.js';

/** A rebuilt island gets a new hashed name: rename the exercise island's chunk and every reference to it. */
function renameExerciseChunk(dir: string) {
  // The island's entry is a small shim that imports its code: rename the code, the larger chunk and
  // the last one a tab fetches. Picking by name order made the test depend on the build's hashes.
  const old = readdirSync(join(dir, '_astro'))
    .filter((name) => /^ExerciseIsland\.[\w-]+\.js$/.test(name))
    .sort((a, b) => statSync(join(dir, '_astro', b)).size - statSync(join(dir, '_astro', a)).size)[0]!;
  renameSync(join(dir, '_astro', old), join(dir, '_astro', SECOND_DEPLOY_CHUNK));
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(html|js)$/.test(name)) continue;
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    if (text.includes(old)) writeFileSync(file, text.replaceAll(old, SECOND_DEPLOY_CHUNK));
  }
}

/** Ask the browser to look for a new service worker now (it also does on each navigation). */
async function checkForUpdate(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    await registration.update();
  });
}

const updateNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'The course has been updated. Reload to get the new version.' });

const OFFLINE_HEADING = 'This page is not saved for offline use';

// Every page opened offline after one visit is the crawl's job (crawl.spec.ts); this plays a student's use.
test('after one visit, an exercise, search and the teacher tools work with the network off', async ({ browser }) => {
  test.setTimeout(120_000);
  const { server, context, page, close } = await firstVisit(browser);
  try {
    await context.setOffline(true);

    await page.goto(`${server.url}/exercises/`);
    const s = await exercise(page, 'showcase-single-choice');
    await s.getByText('Nothing. No expert is named').click();
    await s.getByRole('button', { name: 'Check my answer' }).click();
    await expect(s.locator('.exercise__result')).toContainText('Your score: 100%');

    await page.goto(`${server.url}/search/`);
    await page.locator('.pagefind-ui__search-input').fill('mercenaries');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();

    await page.goto(`${server.url}/teachers/assign/`);
    await page.getByLabel('Title').fill('Offline test');
    await page.getByRole('checkbox', { name: 'The whole module' }).first().check();
    await page.getByRole('button', { name: 'Make the assignment link' }).click();
    await expect(page.getByLabel('Link', { exact: true })).toHaveValue(/#a1\./);
    await page.goto(`${server.url}/teachers/results/`);
    await expect(page.getByLabel('Paste codes, one per line')).toBeVisible();

    // The question banks download offline too: each format, from the cache.
    for (const file of ['who-says-so.gift.txt', 'who-says-so.moodle.xml', 'who-says-so.qti.zip']) {
      const head = await page.evaluate(async (url) => {
        const response = await fetch(url);
        return { ok: response.ok, start: [...new Uint8Array(await response.arrayBuffer()).slice(0, 2)] };
      }, `${server.url}/teachers/question-banks/${file}`);
      expect(head.ok, file).toBe(true);
      if (file.endsWith('.zip')) expect(head.start, 'a zip starts with PK').toEqual([0x50, 0x4b]);
    }
  } finally {
    await close();
  }
});

test('a new deploy replaces the old cache cleanly', async ({ browser }) => {
  test.setTimeout(120_000);
  const { server, context, page, close } = await firstVisit(browser);
  let second = '';
  try {
    const firstCache = await page.evaluate(async () => (await caches.keys()).length);

    // Deploy 2: the home page changes and the glossary page is gone; the worker is made anew.
    const { dir, count } = await deploy(server, (dir) => {
      markHeading(dir, '');
      rmSync(join(dir, 'glossary'), { recursive: true });
    });
    second = dir;
    await checkForUpdate(page);
    // The new worker waits while the old one serves this tab, and takes over when the reader says so.
    await updateNotice(page).getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('h1')).toContainText('(second deploy)');
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.scriptURL.endsWith('/sw.js') && !registration.installing && !registration.waiting;
        }),
      )
      .toBe(true);
    await expect
      .poll(async () => page.evaluate(async () => {
        const names = await caches.keys();
        const precache = await caches.open(names.find((n) => n.includes('precache'))!);
        return (await precache.keys()).length;
      }))
      .toBe(count);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(firstCache);

    await context.setOffline(true);
    await page.goto(`${server.url}/`);
    await expect(page.locator('h1')).toContainText('(second deploy)');
    // The old glossary is not served from a stale cache: the address now gets the offline page.
    await page.goto(`${server.url}/glossary/`);
    await expect(page.locator('h1')).toHaveText(OFFLINE_HEADING);
  } finally {
    await close();
    if (second) rmSync(second, { recursive: true, force: true });
  }
});

test('a tab open on a lesson across a deploy still runs its exercises, says the course was updated, and reloads into the new version', async ({ browser }) => {
  test.setTimeout(240_000);
  const { server, page, close } = await firstVisit(browser);
  let second = '';
  try {
    const islandCode: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/_astro/ExerciseIsland.')) islandCode.push(request.url());
    });
    await page.goto(`${server.url}${lessonPath}`);

    // Deploy 2 rebuilt the exercise island under a new name: the old one is gone from the server.
    ({ dir: second } = await deploy(server, (dir) => {
      renameExerciseChunk(dir);
      markHeading(dir, lessonPath);
    }));
    await checkForUpdate(page);
    // The new deploy's worker has finished installing (its copy of the renamed chunk is saved).
    await expect
      .poll(() =>
        page.evaluate(async (chunk) => {
          const registration = await navigator.serviceWorker.getRegistration();
          return !registration?.installing && (await caches.match(chunk, { ignoreSearch: true })) !== undefined;
        }, `/_astro/${SECOND_DEPLOY_CHUNK}`),
      )
      .toBe(true);
    // Islands wake when scrolled to: no exercise on this tab has fetched its code before the deploy.
    expect(islandCode).toEqual([]);

    const id = await solveFirstExercise(page);

    // The lesson's end island loads other code, which the old worker still serves too. Waking it
    // now also means no script is loading at the handover, which Playwright's hold on service
    // workers can stall (plain Chromium hands over at once).
    await page.locator('.lesson-end').scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toBeVisible();

    const notice = updateNotice(page);
    await expect(notice).toBeVisible();
    await expect(page.locator('h1')).not.toContainText('(second deploy)');
    await expectNoAxeViolationsLightAndDark(page);

    await tabTo(page, notice.getByRole('button', { name: 'Reload' }), { limit: 200 });
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toContainText('(second deploy)');
    await expect(notice).toBeHidden();
    // The saved answer is still there, and the new version's island shows it.
    const again = page.locator(`section[data-exercise="${id}"]`);
    await again.scrollIntoViewIfNeeded();
    await expect(again.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(again.locator('.exercise__result')).toContainText('Your score: 100%');
    expect(islandCode.at(-1)).toContain(SECOND_DEPLOY_CHUNK);
  } finally {
    await close();
    if (second) rmSync(second, { recursive: true, force: true });
  }
});

for (const [built, dir, base] of [
  ['the root', DIST, '/'],
  ['a nested folder', NESTED_DIST, NESTED_BASE],
] as const) {
  test(`offline, an address not saved shows a course page that says so, with a link home (built for ${built})`, async ({ browser }) => {
    const { server, context, page, close } = await firstVisit(browser, dir, base);
    try {
      const missing = `${server.url}${base}no-such-page/`;
      // Online, the server's own 404 still answers.
      expect((await page.goto(missing))?.status()).toBe(404);

      await context.setOffline(true);
      await page.goto(missing);
      await expect(page.locator('h1')).toHaveText(OFFLINE_HEADING);
      await page.locator('#main').getByRole('link', { name: 'The home page' }).click();
      await expect(page).toHaveURL(`${server.url}${base}`);
      await expect(page.locator('#main')).not.toBeEmpty();
    } finally {
      await close();
    }
  });
}
