import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

function summarise(violations: { id: string; help: string; nodes: { target: unknown }[] }[]) {
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, WCAG 2.2 AA, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const path of builtPages()) {
      test(`no violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(results.passes.length).toBeGreaterThan(10);
        expect(summarise(results.violations)).toEqual([]);
      });
    }

    test('no violations on a reader with a note open and a layer off', async ({ page }) => {
      await page.goto('/documents/turkey-isis-research-compilation/');
      await page.locator('.hl__link').first().click();
      await page.getByRole('checkbox', { name: /Loaded language/ }).uncheck();
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(summarise(results.violations)).toEqual([]);
    });
  });
}
