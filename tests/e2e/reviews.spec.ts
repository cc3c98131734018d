/**
 * Spaced reviews and the delayed check, as a student meets them over weeks, with the page's clock
 * moved on: finish a module, find a review due two days later, do it by keyboard, take the delayed
 * check three weeks on, see pre, post and delayed side by side, and hand in a code that carries them.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignments/assignment-link';
import { routes } from '../../src/lib/routes';
import { content } from './course';
import { exercise, expectNoAxeViolationsLightAndDark, tabTo } from './helpers';
import { solveByKeyboard } from './solve';

const module = [...content.course.modules.values()].find((m) => m.data.order === 1)!;
const reviews = module.data.reviews;
const delayedCheck = module.data.delayedCheck;
const lessons = [...content.course.lessons.values()].filter((l) => l.data.module === module.id).sort((a, b) => a.data.order - b.data.order);
const DAY = 86_400_000;
const start = Date.parse('2026-09-01T09:00:00Z');
const dayOf = (n: number) => new Date(start + n * DAY);

async function solveAll(page: Page, ids: readonly string[]) {
  for (const id of ids) await solveByKeyboard(page, await exercise(page, id), content.exercises.get(id)!.exercise);
}

test('finish a module, review it two days on, take the delayed check three weeks on, and hand in a code that carries both', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(dayOf(0));
  await page.goto(routes.check(module.id, 'pre'));
  await solveAll(page, module.data.preCheck);
  await page.goto(routes.check(module.id, 'post'));
  await solveAll(page, module.data.postCheck);

  // The next day nothing is due; the review page says when it will be.
  await page.clock.setFixedTime(dayOf(1));
  await page.goto('/');
  await expect(page.locator('[data-review-notice]')).toBeEmpty();
  await page.goto(routes.reviews);
  await expect(page.locator('[data-review-list]')).toContainText(`${module.data.title} · review 1 of ${reviews.rounds.length}, due`);

  // Two days on, the home page says so, quietly; the way to the review is by keyboard.
  await page.clock.setFixedTime(dayOf(2.1));
  await page.goto('/');
  await expect(page.locator('[data-review-notice]')).toHaveText('1 short review is due. Go to your reviews');
  await tabTo(page, page.getByRole('link', { name: 'Go to your reviews' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${routes.reviews}$`));
  await expectNoAxeViolationsLightAndDark(page);
  const roundLink = page.getByRole('link', { name: `${module.data.title} · review 1 of ${reviews.rounds.length}` });
  await tabTo(page, roundLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${routes.review(module.id)}$`));

  // The first module's round is its own first round (there is no earlier skill to mix in), in order,
  // and nothing else on the page is shown.
  const status = page.locator('[data-review-round-status]');
  await expect(status).toContainText(`Review 1 of ${reviews.rounds.length}: ${reviews.rounds[0]!.length} items`);
  const shown = page.locator('[data-review-item]:visible');
  await expect(shown).toHaveCount(reviews.rounds[0]!.length);
  expect(await shown.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.reviewItem))).toEqual(reviews.rounds[0]);
  // A reload serves the same round.
  await page.reload();
  await expect(shown).toHaveCount(reviews.rounds[0]!.length);
  await solveAll(page, reviews.rounds[0]!);
  await expect(status).toContainText('Review 1 done. Your next review of this module is due');
  await expectNoAxeViolationsLightAndDark(page);
  await page.goto('/');
  await expect(page.locator('[data-review-notice]')).toBeEmpty();

  // Three weeks after the post-check: the delayed check is open (and the second review due).
  await page.clock.setFixedTime(dayOf(21.5));
  await page.goto('/');
  await expect(page.locator('[data-review-notice]')).toHaveText('1 short review is due, and a delayed check is open. Go to your reviews');
  await page.goto(routes.reviews);
  await page.getByRole('link', { name: `${module.data.title} · delayed check` }).click();
  await expect(page.locator('[data-delayed-status]')).toHaveText('It is open now: three weeks have passed since your post-check.');
  await solveAll(page, delayedCheck);

  // The module page: pre, post and delayed side by side, in a table and a chart.
  await page.goto(routes.module(module.id));
  const results = page.locator('[data-module-results]');
  await expect(results.getByRole('columnheader')).toHaveText(['Measure', 'Pre-check', 'Post-check', 'Delayed check']);
  await expect(results.getByRole('row', { name: /^Score/ })).toHaveText(/Score\s*100%\s*100%\s*100%/);
  const chart = results.getByRole('img', { name: 'Problems found and sound items left alone, before, after and weeks later' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toContainText('Delayed check: problems found 100%, sound items left alone 100%.');
  await expect(page.locator(`[data-review-status][data-module="${module.id}"]`)).toHaveText('Review 2 is due now.');
  await expectNoAxeViolationsLightAndDark(page);

  // Handed in through an assignment of the module's first lesson, the code carries the checks and the review.
  const link = await encodeAssignment({ title: 'Weeks later', due: null, lessons: [lessons[0]!.id] });
  await page.goto(`${routes.assignment}#${link}`);
  await page.getByLabel('Your name').fill('Ana Lee');
  await page.getByRole('button', { name: 'Make my result code' }).click();
  const code = await page.getByLabel('Your result code').inputValue();
  await page.goto(routes.results);
  await page.getByLabel('Paste codes, one per line').fill(code);
  await page.getByRole('button', { name: 'Add these codes' }).click();
  const row = page.locator('[data-results-checks] tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('th, td')).toHaveText(['Ana Lee', `Module 1: ${module.data.title}`, '100', '100', '100', `1 of ${reviews.rounds.length}`]);
});

test('a clock set back, or a schedule damaged, never breaks the review pages', async ({ page }) => {
  await page.clock.setFixedTime(dayOf(30));
  const post = Object.fromEntries(module.data.postCheck.map((id) => [id, { answer: null, score: 1, attempts: 1, updatedAt: dayOf(30).toISOString() }]));
  const record = { version: 3, exercises: post, lessons: {}, reviews: { [module.id]: { finishedAt: dayOf(30).toISOString(), rounds: 'not a list' } } };
  await page.addInitScript((raw) => {
    if (!localStorage.getItem('read-the-source:progress')) localStorage.setItem('read-the-source:progress', raw);
  }, JSON.stringify(record));
  // The clock now reads ten days before the post-check was done.
  await page.clock.setFixedTime(dayOf(20));
  await page.goto(routes.review(module.id));
  await expect(page.getByText('Part of your saved progress was damaged.')).toBeVisible();
  await expect(page.locator('[data-review-round-status]')).toContainText('Nothing to review here right now. Your next review of this module is due');
  await expect(page.locator('[data-review-item]:visible')).toHaveCount(0);
  await page.goto(routes.reviews);
  await expect(page.locator('[data-review-list]')).toContainText(`${module.data.title} · review 1 of ${reviews.rounds.length}, due`);
});
