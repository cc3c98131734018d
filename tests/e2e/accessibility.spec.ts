import { test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// Every page in both modes is checked by the crawl (crawl.spec.ts); these are states reached by use.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, WCAG 2.2 AA, ${colorScheme}`, () => {
    test.use({ colorScheme });
    // Document 003 is laid out whole (some 65,000 px on a phone), and axe checks every line of it.
    test('no violations on a reader with a note open and a layer off', async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto('/documents/turkey-isis-research-compilation/');
      await page.locator('.hl__link').first().click();
      await page.getByRole('checkbox', { name: /Loaded language/ }).uncheck();
      await expectNoAxeViolations(page);
    });

    test('no violations on a phone, scrolled into the text, with the Layers control unfolded and a note open', async ({ browser }) => {
      test.setTimeout(60_000);
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme });
      const page = await context.newPage();
      await page.goto('/documents/turkey-isis-research-compilation/');
      const link = page.locator('.capture .hl__link').nth(60);
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      await page.locator('.legend-panel > summary').tap();
      await expectNoAxeViolations(page);
      await context.close();
    });

    test('no violations on search with results shown', async ({ page }) => {
      await page.goto('/search/');
      await page.locator('.pagefind-ui__search-input').fill('mercenaries');
      await page.locator('.pagefind-ui__result-link').first().waitFor();
      await expectNoAxeViolations(page);
    });
  });
}
