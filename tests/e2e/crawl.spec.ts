import { expect, test, type Page } from '@playwright/test';
import { NESTED_BASE, NESTED_PORT } from '../../playwright.config';
import { expectNoAxeViolations, waitForServiceWorker } from './helpers';
import { builtPages, NESTED_DIST } from './site-pages';

/**
 * One visit to every built page checks everything a page must do: after one visit to the home
 * page the service worker has cached the site, so each page is opened with the network off; it
 * must load, run its exercises, ask nothing of another host (or, for the nested build, of anything
 * outside its folder), log no error, and (at the root) pass axe in light and dark mode; the nested
 * build is opened on a 320 px screen, where no page may pan sideways.
 * Pages are dealt round-robin into shards so the two workers share the heavy lesson pages.
 */
const SHARDS = { root: 6, nested: 2 };

/**
 * Bring every exercise on the page to life (islands hydrate when scrolled into view) and, when
 * `answer` is set, answer each once, roughly, so its scoring and feedback run too. Returns how many.
 */
async function operateExercises(page: Page, answer: boolean): Promise<number> {
  // Only what the page shows: a review page keeps the items of rounds it is not serving hidden.
  const sections = page.locator('astro-island section[data-exercise]:visible');
  const count = await sections.count();
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    await section.scrollIntoViewIfNeeded();
    const check = section.getByRole('button', { name: 'Check my answer' });
    await expect(check).toBeVisible();
    if (!answer) continue;
    const type = await section.getAttribute('data-type');
    if (type === 'highlight') await section.locator('.word').first().click();
    else if (type === 'rewrite') await section.getByRole('textbox').fill('A neutral sentence.');
    else if (type === 'classify') for (const group of await section.locator('fieldset').all()) await group.getByRole('radio').first().check();
    else if (type === 'search-task') {
      await section.locator('.search-result__open').first().click();
      await section.getByRole('radio').first().check();
    } else if (type === 'rate-source') {
      await section.getByRole('radio').first().check();
      await section.getByRole('checkbox').first().check();
    } else await section.locator('input').first().check();
    await check.click();
    await expect(section.locator('.exercise__result')).toBeVisible();
  }
  return count;
}

interface Site {
  name: keyof typeof SHARDS;
  origin: string;
  /** The folder the site is served under. */
  base: string;
  pages: string[];
  /** The root build is checked in full; the nested one for what a folder changes (paths, loading). */
  full: boolean;
}

const sites: Site[] = [
  { name: 'root', origin: '', base: '/', pages: builtPages(), full: true },
  { name: 'nested', origin: `http://127.0.0.1:${NESTED_PORT}`, base: NESTED_BASE, pages: builtPages(NESTED_DIST).map((p) => `${NESTED_BASE}${p.slice(1)}`), full: false },
];

for (const site of sites) {
  for (let shard = 0; shard < SHARDS[site.name]; shard++) {
    const pages = site.pages.filter((_, i) => i % SHARDS[site.name] === shard);
    test(`${site.name} build, pages ${shard + 1} of every ${SHARDS[site.name]}: offline, own origin, no errors${site.full ? ', answered, axe light and dark' : ', islands load, fits 320 px'}`, async ({ page, baseURL }) => {
      test.setTimeout(pages.length * 15_000 + 60_000);
      const origin = site.origin || new URL(baseURL!).origin;
      const problems: string[] = [];
      let current = '(first visit)';
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (['data:', 'blob:'].includes(url.protocol)) return;
        if (url.origin !== origin) problems.push(`${current}: request to another host: ${request.url()}`);
        else if (!url.pathname.startsWith(site.base)) problems.push(`${current}: request outside the folder: ${request.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${current}: ${response.status()} ${response.url()}`);
      });

      // The nested build is seen on a phone: no page may be wider than a 320 px screen.
      if (!site.full) await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`${origin}${site.base}`);
      await waitForServiceWorker(page);
      await page.context().setOffline(true);

      for (const path of pages) {
        current = path;
        await test.step(path, async () => {
          const response = await page.goto(`${origin}${path}`);
          expect(response?.status(), path).toBe(200);
          await expect(page.locator('#main'), path).not.toBeEmpty();
          if (!site.full) {
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            if (width > 320) problems.push(`${path}: ${width} px wide on a 320 px screen, so the page pans sideways`);
          }
          const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
          for (const href of links) if (!href.startsWith(site.base)) problems.push(`${path}: link ${href} leaves the folder`);
          if (site.full) {
            for (const colorScheme of ['light', 'dark'] as const) {
              await page.emulateMedia({ colorScheme });
              await expectNoAxeViolations(page, `${path} (${colorScheme})`);
            }
          }
          const highlight = page.locator('.hl__link').first();
          const opensNote = site.full && (await highlight.count()) > 0;
          if (opensNote) await highlight.click();
          const exercises = await operateExercises(page, site.full);
          // The states reached by use, where the page has any: a note open, every exercise answered.
          if (site.full && (opensNote || exercises > 0)) await expectNoAxeViolations(page, `${path} (dark, after use)`);
          await page.emulateMedia({ colorScheme: 'light' });
        });
      }
      expect(problems).toEqual([]);
    });
  }
}
