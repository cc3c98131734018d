import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadCourseContent } from '../../src/content/load-content';
import { exercise, expectNoAxeViolationsLightAndDark, tabTo } from './helpers';
import { solveByKeyboard } from './solve';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const modules = [...content.course.modules.values()].sort((a, b) => a.data.order - b.data.order);
const firstLessons = modules.map((m) => [...content.course.lessons.values()].filter((l) => l.data.module === m.id).sort((a, b) => a.data.order - b.data.order)[0]!);

test.describe.configure({ mode: 'serial' });

test('one whole lesson of each module, by keyboard alone, then the progress page shows them done', async ({ page }) => {
  test.setTimeout(480_000);
  await page.goto('/modules/');
  await page.evaluate(() => localStorage.clear());
  for (const lesson of firstLessons) {
    await page.goto(`/modules/${lesson.data.module}/${lesson.slug}/`);
    await expect(page.locator('h1')).toHaveText(lesson.data.title);
    await expect(page.locator('.course-place')).toContainText(`Lesson 1 of`);
    for (const id of lesson.exercises) {
      const section = await exercise(page, id);
      const result = await solveByKeyboard(page, section, content.exercises.get(id)!.exercise);
      await expect(result).toContainText('Your score: 100%');
    }
    // The end-of-lesson island wakes when it scrolls into view.
    await page.locator('.lesson-end').scrollIntoViewIfNeeded();
    const done = page.getByRole('button', { name: 'Mark this lesson as done' });
    await tabTo(page, done);
    await page.keyboard.press('Enter');
    await expect(page.getByText('You finished this lesson')).toBeVisible();
  }

  await page.goto('/progress/');
  for (const lesson of firstLessons) {
    await expect(page.locator(`li[data-lesson="${lesson.id}"]`)).toHaveAttribute('data-done', 'true');
  }
  await expect(page.getByText(`${firstLessons.length} of ${content.course.lessons.size} lessons done.`)).toBeVisible();
});

test('a module page shows pre-check and post-check results side by side once both are done', async ({ page }) => {
  const m = modules[0]!;
  await page.goto(`/modules/${m.id}/pre-check/`);
  await page.evaluate(() => localStorage.clear());
  for (const which of ['pre-check', 'post-check'] as const) {
    await page.goto(`/modules/${m.id}/${which}/`);
    for (const id of which === 'pre-check' ? m.data.preCheck : m.data.postCheck) {
      const section = await exercise(page, id);
      await solveByKeyboard(page, section, content.exercises.get(id)!.exercise);
    }
  }
  await page.goto(`/modules/${m.id}/`);
  const table = page.getByRole('table', { name: 'Your results, before and after the lessons' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /^Score/ })).toContainText('100%');
  await expectNoAxeViolationsLightAndDark(page);
});

test('a lesson page links its quotes to their place in the document and its terms to the glossary', async ({ page }) => {
  const lesson = firstLessons[0]!;
  await page.goto(`/modules/${lesson.data.module}/${lesson.slug}/`);
  const excerptLink = page.locator('.excerpt a', { hasText: 'read it in place' }).first();
  const href = (await excerptLink.getAttribute('href'))!;
  await excerptLink.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
  await page.goBack();
  const term = page.locator('a.term').first();
  const termId = (await term.getAttribute('href'))!.split('#')[1]!;
  await term.click();
  await expect(page.locator(`#${termId}`)).toBeInViewport();
});
