import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Run axe with the WCAG 2.2 AA rules and fail with a readable list of violations. Every rule runs
 * and every violating node is reported; only passing nodes go unlisted, and axe runs in the page
 * itself (the site has no frames): listing thousands of passing nodes made a lesson take 12 s
 * instead of under 2. (options() must come first: it replaces the tags withTags sets.)
 */
export async function expectNoAxeViolations(page: Page, where = 'this page'): Promise<void> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_22_AA).setLegacyMode(true).analyze();
  expect(results.passes.length, where).toBeGreaterThan(10);
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')})`), where).toEqual([]);
}

/** Wait until the service worker has cached the site and controls the page, so it works offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * The same check in light and then dark mode, for states a page only reaches after some use.
 * The page is left in the colour scheme it had, so the rest of the test runs as before.
 */
export async function expectNoAxeViolationsLightAndDark(page: Page): Promise<void> {
  const wasDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`axe in ${colorScheme} mode`, async () => {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    });
  }
  await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
}

/** Press Tab (Shift+Tab when `back`) until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { back = false, limit = 80 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The section of one exercise, once its island has hydrated (it renders "Check my answer" then). */
export async function exercise(root: Page | FrameLocator, id: string): Promise<Locator> {
  const section = root.locator(`section[data-exercise="${id}"]`);
  // client:visible islands hydrate once scrolled into view; retry while the page settles.
  await expect(async () => {
    await section.scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect(section.getByRole('button', { name: 'Check my answer' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return section;
}

/** A highlight exercise's word marker: the one keyboard control for marking word by word. */
export const wordMarker = (section: Locator): Locator => section.getByRole('slider', { name: 'Word marker' });

/** The indexes of the words marked in a highlight passage (word by word), in order. */
export const markedWords = (section: Locator): Promise<number[]> =>
  section.locator('.word').evaluateAll((els) => els.flatMap((el, i) => (el.classList.contains('word--marked') ? [i] : [])));
