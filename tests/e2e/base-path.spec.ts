import { expect, test } from '@playwright/test';
import { NESTED_BASE, NESTED_PORT } from '../../playwright.config';
import { exercise } from './helpers';

const origin = `http://127.0.0.1:${NESTED_PORT}`;

// Every page of the nested build is visited by the crawl (crawl.spec.ts), which fails on any request or link outside the folder.
test.describe('the site built for a nested folder', () => {
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
