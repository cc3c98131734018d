import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/built-pages.mjs';
import { expectNoAxeViolationsLightAndDark } from './helpers';

const FOLDER = fileURLToPath(new URL('../../pack/read-the-source', import.meta.url));

test.describe('the offline pack opened straight from its folder (file://)', () => {
  test.beforeAll(() => {
    expect(existsSync(FOLDER), 'run npm run pack first').toBe(true);
  });

  test('every page reads, and every link on it leads to a file that exists', async ({ page }) => {
    test.setTimeout(180_000);
    const missing: string[] = [];
    page.on('requestfailed', (r) => {
      const url = new URL(r.url());
      // Chromium refuses module scripts from file://: expected, and why exercises fall back.
      if (url.protocol !== 'file:' || url.pathname.endsWith('.js')) return;
      // A request cut short by the next navigation (the favicon, under load) is not a missing file.
      if (r.failure()?.errorText === 'net::ERR_ABORTED' && existsSync(fileURLToPath(url))) return;
      missing.push(`${r.failure()?.errorText} ${r.url()}`);
    });
    const pages = builtPages(FOLDER);
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href);
      await expect(page.locator('#main')).not.toBeEmpty();
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.protocol !== 'file:') continue;
        if (!existsSync(fileURLToPath(url))) missing.push(`${file}: ${href}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('a lesson reads, and its exercises fall back to question then answer', async ({ page }) => {
    await page.goto(pathToFileURL(`${FOLDER}/index.html`).href);
    await page.getByRole('link', { name: 'Start the course' }).click();
    await page.getByRole('link', { name: /Claims without evidence/ }).first().click();
    await page.locator('.module-path a').nth(1).click();
    await expect(page.locator('.lesson-goal')).toBeVisible();
    const firstExercise = page.locator('section[data-exercise]').first();
    await expect(firstExercise.getByText('Checking your answer needs JavaScript')).toBeVisible();
    await firstExercise.locator('details.reveal summary').click();
    await expect(firstExercise.locator('details.reveal .feedback-list').first()).toBeVisible();
    // The fallback is what a class without a server sees: it must be as accessible as the live form.
    await expectNoAxeViolationsLightAndDark(page);
  });

  test('the progress page lists the course, though its script cannot run from a file', async ({ page }) => {
    await page.goto(pathToFileURL(`${FOLDER}/progress/index.html`).href);
    await expect(page.getByText('Turn on JavaScript to see it')).toBeVisible();
    await expect(page.getByText('Reading your progress')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'The course, step by step' })).toBeVisible();
    await expect(page.locator('.progress-list a').first()).toBeVisible();
  });

  test('the reader, the teacher guide and the search index work from the folder', async ({ page }) => {
    await page.goto(pathToFileURL(`${FOLDER}/documents/vt-asylum-for-isis/index.html`).href);
    // The reader's own script is inline, so it runs even from a file: the note opens in place.
    await page.locator('#vt-experts-agree .hl__link').click();
    await expect(page.locator('#note-card')).toContainText('Unverified claim');
    await page.goto(pathToFileURL(`${FOLDER}/teachers/index.html`).href);
    await expect(page.locator('h1')).toBeVisible();
    await page.goto(pathToFileURL(`${FOLDER}/search/index.html`).href);
    await page.getByRole('link', { name: /Document 003/ }).click();
    await expect(page).toHaveURL(/documents\/turkey-isis-research-compilation\/index\.html$/);
  });
});
