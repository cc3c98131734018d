import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { NESTED_BASE, NESTED_PORT } from '../../playwright.config';
import { builtPages } from '../../scripts/page-weight.mjs';
import { exercise } from './helpers';

const NESTED_DIST = fileURLToPath(new URL('../../dist-nested', import.meta.url));
const origin = `http://127.0.0.1:${NESTED_PORT}`;
const paths = builtPages(NESTED_DIST).map((file) => `${NESTED_BASE}${file.slice(NESTED_DIST.length + 1).replace(/index\.html$/, '')}`);

test.describe('the site built for a nested folder', () => {
  test('every page, asset and island loads from under the folder', async ({ page }) => {
    test.setTimeout(180_000);
    const failures: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http') && !url.pathname.startsWith(NESTED_BASE)) failures.push(`outside the folder: ${r.url()}`);
    });
    page.on('pageerror', (e) => failures.push(e.message));
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of links) if (!href.startsWith(NESTED_BASE)) failures.push(`${path}: link ${href} leaves the folder`);
    }
    expect(failures).toEqual([]);
  });

  test('an exercise, the reader and search work under the folder', async ({ page }) => {
    await page.goto(`${origin}${NESTED_BASE}exercises/`);
    const s = await exercise(page, 'showcase-single-choice');
    await s.getByText('Nothing. No expert is named').click();
    await s.getByRole('button', { name: 'Check my answer' }).click();
    await expect(s.locator('.exercise__result')).toContainText('Your score: 100%');

    await page.goto(`${origin}${NESTED_BASE}documents/vt-asylum-for-isis/#vt-experts-agree`);
    await expect(page.locator('#note-card')).toContainText('Unverified claim');

    await page.goto(`${origin}${NESTED_BASE}search/`);
    await page.locator('.pagefind-ui__search-input').fill('chosenites');
    const result = page.locator('.pagefind-ui__result-link').first();
    await expect(result).toBeVisible();
    expect(await result.getAttribute('href')).toMatch(new RegExp(`^${NESTED_BASE}`));
  });
});
