import { test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// Every page in both modes is checked by the crawl (crawl.spec.ts); these are states reached by use.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, WCAG 2.2 AA, ${colorScheme}`, () => {
    test.use({ colorScheme });
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
