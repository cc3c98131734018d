import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadCourseContent } from '../../src/content/load-content';
import type { Exercise } from '../../src/lib/exercises/types';
import { exercise, tabTo, wordMarker } from './helpers';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const module1 = 'claims-without-evidence';
const lesson1 = [...content.course.lessons.values()].find((l) => l.data.module === module1 && l.data.order === 1)!;

function highlightContaining(text: string): { id: string; ex: Extract<Exercise, { type: 'highlight' }> } {
  for (const [id, { exercise: ex }] of content.exercises) if (ex.type === 'highlight' && ex.public.excerpt.text.includes(text)) return { id, ex };
  throw new Error(`no highlight exercise quotes "${text}"`);
}

/** Mark word ranges by keyboard with the word marker: move to the first word, Space, then Shift+Arrow to the last. */
async function markRanges(page: Page, section: Locator, ranges: { from: number; to: number }[]) {
  await tabTo(page, wordMarker(section));
  let at = 0;
  for (const { from, to } of [...ranges].sort((a, b) => a.from - b.from)) {
    if (from < at) continue;
    for (; at < from; at++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    for (; at < to - 1; at++) await page.keyboard.press('Shift+ArrowRight');
  }
  await section.getByRole('button', { name: 'Check my answer' }).click();
  const result = section.locator('.exercise__result');
  await expect(result).toBeVisible();
  return result;
}

const scoreOf = async (result: Locator) => Number((await result.locator('.exercise__score strong').textContent())!.match(/(\d+)%/)![1]);

const cases = [
  { name: 'the subject of an unsourced claim ("a part of Daesh terrorists ... fled to Turkey")', text: 'And besides, a part of Daesh terrorists', path: `/modules/${module1}/${lesson1.slug}/` },
  { name: 'a claim that starts "many would argue"', text: 'many would argue', path: `/modules/${module1}/post-check/` },
];

for (const c of cases) {
  test(`marking the whole sentence of ${c.name} earns full credit, with no false alarm`, async ({ page }) => {
    const { id, ex } = highlightContaining(c.text);
    await page.goto(c.path);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const section = await exercise(page, id);
    const result = await markRanges(page, section, ex.key.targets.map((t) => t.extent));
    expect(await scoreOf(result)).toBeGreaterThanOrEqual(90);
    await expect(result).not.toContainText('False alarm');
    await expect(result.locator('.verdict--right', { hasText: 'Found' })).toHaveCount(ex.key.targets.length);
  });
}

test('marking only the key phrase also earns full credit, and marking every word earns nothing', async ({ page }) => {
  const { id, ex } = highlightContaining('many would argue');
  await page.goto(`/modules/${module1}/post-check/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  let section = await exercise(page, id);
  let result = await markRanges(page, section, ex.key.targets);
  expect(await scoreOf(result)).toBe(100);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  section = await exercise(page, id);
  result = await markRanges(page, section, [{ from: 0, to: ex.public.words.length }]);
  await expect(result).toContainText('Your score: 0%');
  await expect(result).toContainText('False alarm');
  await expect(result).toContainText('you may be doubting too much');
});
