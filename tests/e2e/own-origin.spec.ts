import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

test('every request of every page goes to the site’s own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  const pages = builtPages();
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'networkidle' });
    // Operate what the page offers, so lazily loaded code is requested too.
    const highlight = page.locator('.hl__link').first();
    if (await highlight.count()) await highlight.click();
  }
  expect(pages.length).toBeGreaterThan(3);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
