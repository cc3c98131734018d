import { test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { builtPages } from './site-pages';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, WCAG 2.2 AA, ${colorScheme}`, () => {
    test.use({ colorScheme });
    // Axe takes 20-26 s on lessons whose highlight passages draw one control per word (a full
    // parallel run on 2 cores); the default 30 s left too little room.
    test.describe.configure({ timeout: 90_000 });
    for (const path of builtPages()) {
      test(`no violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }

    test('no violations on a reader with a note open and a layer off', async ({ page }) => {
      await page.goto('/documents/turkey-isis-research-compilation/');
      await page.locator('.hl__link').first().click();
      await page.getByRole('checkbox', { name: /Loaded language/ }).uncheck();
      await expectNoAxeViolations(page);
    });

    test('no violations on search with results shown', async ({ page }) => {
      await page.goto('/search/');
      await page.locator('.pagefind-ui__search-input').fill('mercenaries');
      await page.locator('.pagefind-ui__result-link').first().waitFor();
      await expectNoAxeViolations(page);
    });
  });
}
