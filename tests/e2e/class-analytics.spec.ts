/**
 * The class analytics on /teachers/results/, fed a made-up class (tests/synthetic-class.ts): the
 * charts and their tables, the CSV and print, and a district's 300 codes pasted at once. With
 * PRINT_RESULTS_SCALE=1 the 300-code test prints its timing for npm run bench.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { syntheticCodes } from '../synthetic-class';
import { content } from './course';
import { expectNoAxeViolationsLightAndDark } from './helpers';

const module = [...content.course.modules.values()].sort((a, b) => a.data.order - b.data.order)[0]!;

async function paste(page: Page, codes: string) {
  await page.goto('/teachers/results/');
  // Filled in the page, not typed: typing 300 codes is the test's time, not the page's.
  await page.getByLabel('Paste codes, one per line').fill(codes);
  await page.getByRole('button', { name: 'Add these codes' }).click();
}

test('a class gets charts of its accuracy, checks and leans, each beside its numbers, and the most missed items with why', async ({ page }) => {
  await paste(page, syntheticCodes(content, module.id, 30));
  await expect(page.locator('.results__report')).toContainText('30 results added');

  const accuracy = page.getByRole('img', { name: 'Average score, exercise by exercise' });
  await expect(accuracy).toBeVisible();
  const exerciseRows = page.locator('tr[data-exercise]');
  await expect(accuracy.locator('rect.chart-bar')).toHaveCount(await exerciseRows.count());
  // The chart's description says in words what the table says in numbers.
  const firstTitle = (await exerciseRows.first().locator('th').textContent())!;
  const firstAverage = (await exerciseRows.first().locator('td').nth(1).textContent())!;
  await expect(accuracy.locator('desc')).toContainText(`${firstTitle}: average ${firstAverage}.`);

  const checks = page.getByRole('img', { name: `Module ${module.data.order}: ${module.data.title}: each student's checks` });
  await expect(checks).toBeVisible();
  await expect(checks.locator('.chart-mark--pre')).toHaveCount(30);
  await expect(checks.locator('desc')).toContainText('30 students. Median pre-check');

  const lean = page.getByRole('img', { name: 'Problems found against sound items flagged, student by student' });
  await expect(lean).toBeVisible();
  await expect(lean.locator('desc')).toContainText('30 students:');
  const leanTable = page.locator('table[data-results-lean]');
  await expect(leanTable.locator('tbody tr')).toHaveCount(30);
  // Marks are told apart by shape as well as colour, and the key draws the same shapes.
  const figure = page.locator('figure', { has: lean });
  await expect(figure.locator('figcaption .chart-swatch rect, figcaption .chart-swatch path, figcaption .chart-swatch circle').first()).toBeVisible();

  const missed = page.locator('[data-missed]');
  await expect(missed).toHaveCount(5);
  await expect(missed.first()).toContainText('Why:');

  await expectNoAxeViolationsLightAndDark(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const lines = readFileSync((await (await download).path())!, 'utf8').split('\r\n');
  for (const section of ['Exercise accuracy', 'Discernment and lean', 'Most missed']) expect(lines, section).toContain(section);
  expect(lines.filter((l) => /,(Tells them apart|Flags nearly everything|Trusts nearly everything|Little difference yet|Too few items yet)$/.test(l))).toHaveLength(30);

  // Printed, the charts come along, and nothing is wider than the page.
  await page.emulateMedia({ media: 'print' });
  await expect(accuracy).toBeVisible();
  await expect(lean).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('300 codes pasted at once: every student in the tables and the charts', async ({ page }) => {
  test.setTimeout(120_000);
  const codes = syntheticCodes(content, module.id, 300);
  await page.goto('/teachers/results/');
  await page.getByLabel('Paste codes, one per line').fill(codes);
  await expect(page.getByRole('button', { name: 'Add these codes' })).toBeEnabled();
  // From the press to the frame after the last chart is drawn, timed in the page.
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const done = () => document.querySelectorAll('table[data-results-lean] tbody tr').length === 300 && document.querySelector('[data-missed]');
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add these codes')!.click();
      }),
  );
  await expect(page.locator('.results__report')).toContainText('300 results added');
  await expect(page.getByRole('table').first().locator('tbody tr')).toHaveCount(300);
  await expect(page.getByRole('img', { name: /each student's checks/ }).locator('.chart-mark--pre')).toHaveCount(300);
  // Reloaded, the saved codes are read again and drawn the same.
  const reloaded = Date.now();
  await page.reload();
  await expect(page.locator('table[data-results-lean] tbody tr')).toHaveCount(300);
  const reloadMs = Date.now() - reloaded;
  if (process.env.PRINT_RESULTS_SCALE) console.log(`RESULTS_SCALE ${JSON.stringify({ codes: 300, pasteToChartsMs: Math.round(ms), reloadToChartsMs: reloadMs })}`);
});

test('when the charts cannot load, the tables still show every number, with a notice', async ({ page }) => {
  await page.route(/\/_astro\/ClassAnalytics\.[\w-]+\.js$/, (route) => route.abort());
  await paste(page, syntheticCodes(content, module.id, 5));
  await expect(page.getByRole('alert')).toContainText('The charts could not be loaded');
  await expect(page.getByRole('table').first().locator('tbody tr')).toHaveCount(5);
  await expect(page.locator('tr[data-exercise]').first()).toBeVisible();
  await expect(page.locator('svg.class-chart')).toHaveCount(0);
});
