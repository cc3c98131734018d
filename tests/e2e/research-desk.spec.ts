import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { loadCourseContent } from '../../src/content/load-content';
import { exercise, expectNoAxeViolationsLightAndDark, tabTo, waitForServiceWorker } from './helpers';
import { solveByKeyboard } from './solve';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const searches = [...content.desk.searches.values()];

test.describe('the research desk', () => {
  test('offline, by keyboard alone: a lesson’s search task, with feedback on the first click', async ({ page }) => {
    const lesson = [...content.course.lessons.values()].find((l) => l.exercises.some((id) => content.exercises.get(id)?.exercise.type === 'search-task'))!;
    const task = content.exercises.get(lesson.exercises.find((id) => content.exercises.get(id)?.exercise.type === 'search-task')!)!.exercise;
    if (task.type !== 'search-task') throw new Error('not a search task');
    const path = `/modules/${lesson.data.module}/${lesson.slug}/`;
    await page.goto(path);
    await waitForServiceWorker(page);
    await page.context().setOffline(true);
    await page.reload();
    const result = await solveByKeyboard(page, await exercise(page, task.public.id), task);
    await expect(result).toContainText('Your score: 100%');
    await expect(result).toContainText('First clickbest');
    await expect(result).toContainText('Every result, as a first click');
    await page.context().setOffline(false);
  });

  test('by keyboard: a typed query opens its results, a result opens its page, and the page leads back', async ({ page }) => {
    const search = searches.find((s) => s.alsoMatches.length > 0)!;
    const phrasing = search.alsoMatches[search.alsoMatches.length - 1]!;
    await page.goto('/research/');
    const box = page.getByRole('searchbox', { name: 'Search the desk' });
    await tabTo(page, box);
    await page.keyboard.type(phrasing);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/research/search/${search.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results for “${search.query}”`);
    const results = page.locator('.search-result');
    await expect(results).toHaveCount(search.results.length);

    const target = search.results[search.results.length - 1]!;
    const note = content.desk.notes.get(target.note)!;
    const link = page.getByRole('link', { name: note.title, exact: true });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(note.title);
    await expect(page.getByText(note.standpoint)).toBeVisible();
    await expect(page.locator('.desk-note__source')).toContainText(`“${note.title}”, ${note.publisher}`);
    if (note.quote) await expect(page.locator('.desk-note__quote blockquote')).toHaveText(note.quote);
    await page.getByRole('navigation', { name: 'Back to the results' }).getByRole('link', { name: search.query }).click();
    await expect(page).toHaveURL(new RegExp(`/research/search/${search.id}/$`));
    await expectNoAxeViolationsLightAndDark(page);
  });

  test('a query the desk has no results for says so, in a live region, and lists what it can search', async ({ page }) => {
    await page.goto('/research/');
    const box = page.getByRole('searchbox', { name: 'Search the desk' });
    await box.fill('chocolate cake recipe');
    await box.press('Enter');
    const status = page.getByRole('search').getByRole('status');
    await expect(status).toContainText('The desk has no captured results for “chocolate cake recipe”. It can search for:');
    await expect(status.getByRole('link')).toHaveCount(searches.length);
    await expect(page).toHaveURL(/\/research\/$/);
    await expectNoAxeViolationsLightAndDark(page);
  });

  test('without a script, the form and the list of searches still lead in', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/research/');
    const list = page.locator('.desk-searches');
    await expect(list.getByRole('link')).toHaveCount(searches.length);
    await list.getByRole('link', { name: searches[0]!.query, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(searches[0]!.query);
    await context.close();
  });

  test('a document links to the desk’s searches about it, in a new tab', async ({ page }) => {
    const search = searches.find((s) => s.documents.length > 0)!;
    await page.goto(`/documents/${search.documents[0]}/`);
    const aside = page.getByRole('complementary', { name: 'Read laterally' });
    const link = aside.getByRole('link', { name: new RegExp(`^${search.query}`) });
    await expect(link).toHaveAttribute('target', '_blank');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await expect(tab).toHaveURL(new RegExp(`/research/search/${search.id}/$`));
  });
});
