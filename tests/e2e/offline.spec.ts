import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import sirv from 'sirv';
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions } from '../../scripts/precache.mjs';
import { builtPages } from './site-pages';
import { exercise } from './helpers';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** A static server whose folder can be swapped, to play a new deploy. */
async function startServer(dir: string): Promise<{ url: string; serve: (dir: string) => void; close: () => Promise<void> }> {
  let handler = sirv(dir, { dev: true });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => (handler = sirv(next, { dev: true })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Serve the build, open the home page once, and wait until the service worker controls it. */
async function firstVisit(browser: Browser) {
  const server = await startServer(DIST);
  const context = await browser.newContext();
  const page = await context.newPage();
  const close = async () => {
    await context.close();
    await server.close();
  };
  try {
    await page.goto(`${server.url}/`);
    await waitForOfflineReady(page);
  } catch (error) {
    await close();
    throw error;
  }
  return { server, context, page, close };
}

test('after one visit, every page, an exercise, search and the teacher tools work with the network off', async ({ browser }) => {
  test.setTimeout(240_000);
  const { server, context, page, close } = await firstVisit(browser);
  try {
    await context.setOffline(true);

    for (const path of builtPages()) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('#main'), path).not.toBeEmpty();
    }

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
  } finally {
    await close();
  }
});

test('a new deploy replaces the old cache cleanly', async ({ browser }) => {
  test.setTimeout(120_000);
  const { server, context, page, close } = await firstVisit(browser);
  const second = mkdtempSync(join(tmpdir(), 'deploy-2-'));
  try {
    const firstCache = await page.evaluate(async () => (await caches.keys()).length);

    // Deploy 2: the home page changes and the glossary page is gone; the worker is made anew.
    cpSync(DIST, second, { recursive: true });
    const home = join(second, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', ' (second deploy)</h1>'));
    rmSync(join(second, 'glossary'), { recursive: true });
    const { count } = await generateSW(serviceWorkerOptions(second, '/'));
    server.serve(second);

    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.scriptURL.endsWith('/sw.js') && !registration.installing && !registration.waiting;
    });
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
    const gone = await page.goto(`${server.url}/glossary/`).catch(() => null);
    expect(gone === null || gone.status() >= 400 || !gone.ok()).toBe(true);
  } finally {
    await close();
    rmSync(second, { recursive: true, force: true });
  }
});
