import { expect, test } from '@playwright/test';
import { lessonPath } from './course';

// Page scripts (notices, ticks and results from saved progress) are fetched only once the page has
// painted (scripts/after-paint.mjs), so they never stand between a student and the first text.
for (const path of ['/', lessonPath, '/modules/']) {
  test(`${path} fetches its page scripts after its first contentful paint`, async ({ page }) => {
    await page.goto(path);
    const timing = () =>
      page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => /_astro_type_script_index_\d+_lang\.[\w-]+\.js$/.test(entry.name))
          .map((entry) => ({ name: entry.name, start: entry.startTime })),
      }));
    await expect.poll(async () => (await timing()).scripts.length).toBeGreaterThan(0);
    const { paint, scripts } = await timing();
    expect(paint).not.toBeNull();
    for (const script of scripts) expect(script.start, script.name).toBeGreaterThanOrEqual(paint!);
  });
}
