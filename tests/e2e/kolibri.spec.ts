/**
 * A module's Kolibri app (npm run lms) as Kolibri runs it: served by a content server on its own
 * origin that adds Kolibri's sandbox script to the top of every page and sends Kolibri's headers,
 * inside a sandboxed frame, with a stand-in storage that hands what the app saves to the learner
 * page (fixtures/kolibri-*.html). The student works by keyboard; the work comes back on the next
 * visit from Kolibri's copy alone; no service worker, and no request to any other host.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { routes } from '../../src/lib/routes';
import { content } from './course';
import { exercise } from './helpers';
import { serveFolder, unzipInto, type Served } from './package-server';
import { solveByKeyboard } from './solve';

const module = [...content.course.modules.values()].find((m) => m.data.order === 1)!;
const APP = 'app';
/** What Kolibri's content server (kolibri/core/content/zip_wsgi.py) puts right after <head> in every page of an app. */
const KOLIBRI_SCRIPT = '<script type="text/javascript">if (window.parent && window.parent.sandbox) {try {window.parent.sandbox.initializeIframe(window);} catch (e) {}}</script>';

let contentServer: Served;
let learnerPage: Served;

test.beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'rts-test-kolibri-'));
  unzipInto(fileURLToPath(new URL(`../../pack/lms/kolibri/read-the-source-${module.id}.zip`, import.meta.url)), join(root, APP));
  writeFileSync(join(root, 'sandbox.html'), readFileSync(fileURLToPath(new URL('fixtures/kolibri-sandbox.html', import.meta.url))));
  contentServer = await serveFolder(root, {
    // Kolibri's own headers for app files.
    headers: { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:" },
    rewriteHtml: (html, path) => (path.startsWith(`/${APP}/`) ? html.replace(/<head(\s[^>]*)?>/i, (head) => head + KOLIBRI_SCRIPT) : html),
  });
  const hostRoot = mkdtempSync(join(tmpdir(), 'rts-test-kolibri-host-'));
  writeFileSync(join(hostRoot, 'kolibri-host.html'), readFileSync(fileURLToPath(new URL('fixtures/kolibri-host.html', import.meta.url))));
  learnerPage = await serveFolder(hostRoot);
});
test.afterAll(async () => {
  await contentServer.close();
  await learnerPage.close();
});

const app = (page: Page) => page.frameLocator('#kolibri').frameLocator('iframe');
const appFrame = (page: Page) => page.frames().find((f) => f.url().includes(`/${APP}/`));

test("Kolibri's app opens on its module, keeps the student's work in Kolibri's storage and brings it back, with no service worker and nothing from elsewhere", async ({ page }) => {
  test.setTimeout(120_000);
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (![contentServer.origin, learnerPage.origin].some((o) => r.url().startsWith(o)) && !r.url().startsWith('data:')) elsewhere.push(r.url());
  });
  const workers: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/sw.js')) workers.push(r.url());
  });
  const open = () => page.goto(`${learnerPage.origin}/kolibri-host.html?content=${encodeURIComponent(contentServer.origin)}&app=${APP}`);

  await open();
  await expect(app(page).getByRole('heading', { level: 1, name: module.data.title })).toBeVisible();
  await appFrame(page)!.goto(`${contentServer.origin}/${APP}/${routes.check(module.id, 'post').slice(1)}index.html`);
  const first = module.data.postCheck[0]!;
  await solveByKeyboard(page, await exercise(app(page), first), content.exercises.get(first)!.exercise);

  // Kolibri's copy (here the learner page's) holds the answer; the content origin's own storage does not.
  const kolibriCopy = await page.evaluate(() => JSON.parse(localStorage.getItem('kolibri-test:learner-1') ?? '{}'));
  expect(JSON.parse(kolibriCopy['read-the-source:progress']).exercises[first].score).toBe(1);
  const sandbox = page.frames().find((f) => f.url().includes('/sandbox.html'))!;
  expect(await sandbox.evaluate(() => localStorage.getItem('read-the-source:progress'))).toBeNull();
  expect(await appFrame(page)!.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  // Kolibri's stand-in answers undefined for keys it lacks: the course must not take that as damaged progress.
  expect(kolibriCopy['read-the-source:progress:set-aside']).toBeUndefined();

  await open();
  await expect(app(page).getByRole('heading', { level: 1, name: module.data.title })).toBeVisible();
  await appFrame(page)!.goto(`${contentServer.origin}/${APP}/${routes.check(module.id, 'post').slice(1)}index.html`);
  const section = app(page).locator(`section[data-exercise="${first}"]`);
  await expect(async () => {
    await section.scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect(section.locator('.exercise__score')).toContainText('Your score: 100%', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  expect(workers).toEqual([]);
  expect(elsewhere).toEqual([]);
});
