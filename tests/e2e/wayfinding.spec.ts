import { expect, test, type Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignments/assignment-link';
import { encodeResultCode } from '../../src/lib/assignments/result-code';
import { PROGRESS_KEY, PROGRESS_VERSION, type ProgressRecord } from '../../src/lib/progress';
import { routes } from '../../src/lib/routes';
import { content } from './course';

// Knowing where you are and where to go next: assignments, the module path, the progress page.

const modules = [...content.course.modules.values()].sort((a, b) => a.data.order - b.data.order);
const [first, second] = modules as [(typeof modules)[number], (typeof modules)[number]];
const lessonsOf = (moduleId: string) =>
  [...content.course.lessons.values()].filter((l) => l.data.module === moduleId).sort((a, b) => a.data.order - b.data.order);
const firstLessons = lessonsOf(first.id);

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 10, minute)).toISOString();
function progress(exercises: string[], lessons: string[] = []): ProgressRecord {
  return {
    version: PROGRESS_VERSION,
    exercises: Object.fromEntries(exercises.map((id, i) => [id, { answer: null, score: 0.5, attempts: 1, updatedAt: at(i) }])),
    lessons: Object.fromEntries(lessons.map((id, i) => [id, { completedAt: at(30 + i) }])),
    reviews: {},
  };
}
async function seed(page: Page, record: ProgressRecord) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, JSON.stringify(record)] as const);
}

/** With this progress saved, open a two-lesson assignment of module 1's first two lessons, as a student does from its link. */
async function openAssignment(page: Page, title: string, record: ProgressRecord): Promise<string> {
  const [lessonA, lessonB] = firstLessons as [(typeof firstLessons)[number], (typeof firstLessons)[number]];
  const fragment = await encodeAssignment({ title, due: '2026-12-11', lessons: [lessonA.id, lessonB.id] });
  await seed(page, record);
  await page.goto(`${routes.assignment}#${fragment}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  return fragment;
}

test('a lesson opened from an assignment leads back to it, and the progress page lists the assignment', async ({ page }) => {
  const [lessonA, lessonB] = firstLessons as [(typeof firstLessons)[number], (typeof firstLessons)[number]];
  const fragment = await openAssignment(page, 'Week 2: sources', progress([], [lessonA.id]));
  await page.getByRole('link', { name: lessonB.data.title }).click();

  const banner = page.getByRole('complementary', { name: 'Your assignment' });
  await expect(banner).toContainText('“Week 2: sources” · lesson 2 of 2 · 1 of 2 done · due 11 December 2026.');
  await banner.getByRole('link', { name: 'Back to the assignment' }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.assignment}#${fragment.replace(/\./g, '\\.')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 2: sources');

  // A lesson the assignment does not include shows no banner.
  await page.goto(routes.lesson(second.id, lessonsOf(second.id)[0]!.slug));
  await expect(page.locator('[data-assignment-banner]')).toBeHidden();

  await page.goto(routes.progress);
  const listed = page.getByRole('region', { name: 'Your assignments' }).getByRole('listitem');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Week 2: sources · 1 of 2 lessons done · due 11 December 2026');
  await listed.getByRole('link', { name: 'Week 2: sources' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 2: sources');
});

test('an assignment banner is there before the lesson is drawn, so nothing below it moves', async ({ page }) => {
  const [lessonA, lessonB] = firstLessons as [(typeof firstLessons)[number], (typeof firstLessons)[number]];
  await openAssignment(page, 'Week 2: sources and the people quoted in them', progress([], [lessonA.id]));
  // A phone, where the lesson comes first, and a wide screen, where the outline column comes later in the page.
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    for (const lesson of [lessonA, lessonB]) {
      await page.goto(routes.lesson(first.id, lesson.slug));
      await expect(page.getByRole('complementary', { name: 'Your assignment' })).toContainText('1 of 2 done');
      expect(await layoutShift(page), `${lesson.id} at ${viewport.width} px`).toBeLessThanOrEqual(0.01);
    }
  }
});

test('the progress page fills in saved progress and assignments without moving what it first drew', async ({ page, browser }) => {
  const [lessonA, lessonB] = firstLessons as [(typeof firstLessons)[number], (typeof firstLessons)[number]];
  await openAssignment(page, 'Week 2: sources', progress([...first.data.preCheck, ...lessonA.exercises], [lessonA.id]));
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(routes.progress);
      await expect(page.getByRole('region', { name: 'Your assignments' })).toContainText('1 of 2 lessons done');
      await expect(page.getByRole('region', { name: 'Continue where you left off' })).toContainText(`Next up: Lesson 2: ${lessonB.data.title}`);
      expect(await layoutShift(page), `visit ${visit + 1} at ${viewport.width} px`).toBeLessThanOrEqual(0.01);
    }
  }

  // Without scripts nothing is read, and the whole course is listed, every step not started.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const bare = await context.newPage();
  await bare.goto(routes.progress);
  await expect(bare.getByText('Turn on JavaScript to see it')).toBeVisible();
  await expect(bare.getByText('Reading your progress')).toBeHidden();
  await expect(bare.getByRole('region', { name: `Module ${first.data.order}: ${first.data.title}` }).getByRole('link', { name: `Lesson 1: ${lessonA.data.title}` })).toBeVisible();
  await context.close();
});

test('pages that fill in saved progress after they are drawn move nothing, a finished module with a review due included', async ({ page }) => {
  test.setTimeout(120_000);
  // Module 1 finished 25 days ago: its first review is due and its delayed check is open.
  const ago = new Date(Date.now() - 25 * 86_400_000).toISOString();
  const exercises = [...first.data.preCheck, ...first.data.postCheck, ...firstLessons.flatMap((l) => l.exercises)];
  await seed(page, {
    version: PROGRESS_VERSION,
    exercises: Object.fromEntries(exercises.map((id) => [id, { answer: null, score: 0.5, attempts: 1, updatedAt: ago }])),
    lessons: Object.fromEntries(firstLessons.map((l) => [l.id, { completedAt: ago }])),
    reviews: { [first.id]: { finishedAt: ago, rounds: [] } },
  });
  const pages: [string, string][] = [
    ['/', 'Go to your reviews'],
    [routes.course, '✓ Done'],
    [routes.module(first.id), '✓ Done'],
    [routes.reviews, 'Due now'],
    [routes.check(first.id, 'delayed'), 'It is open now'],
    [routes.progress, 'Go to your reviews'],
  ];
  for (const viewport of [{ width: 320, height: 700 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    for (const [path, filledIn] of pages) {
      await page.goto(path);
      await expect(page.getByText(filledIn).first()).toBeVisible();
      expect.soft(await layoutShift(page), `${path} at ${viewport.width} px`).toBeLessThanOrEqual(0.01);
    }
  }
});

test('the assignment page has its heading before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(routes.assignment);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your assignment');
  await context.close();
});

test('the module path ticks the checks as well as the lessons, and the post-check leads to the results before and after', async ({ page }) => {
  const pre = first.data.preCheck;
  const post = first.data.postCheck;
  await seed(page, progress([...pre, post[0]!], [firstLessons[0]!.id]));
  await page.goto(routes.module(first.id));
  const path = page.locator('ol.module-path > li');
  await expect(path.first()).toContainText('✓ Done');
  await expect(path.nth(1)).toContainText('✓ Done');
  await expect(path.nth(2)).not.toContainText('✓ Done');
  await expect(path.last()).toContainText(`1 of ${post.length} tried`);
  await expect(page.locator('[data-module-results]')).toContainText(`post-check: 1 of ${post.length}`);

  await page.goto(routes.check(first.id, 'post'));
  await page.getByRole('link', { name: 'See your results before and after' }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.module(first.id)}#results$`));
  await expect(page.getByRole('heading', { name: /^Before(,| and) after/ })).toBeInViewport();

  // Every post-check answered: the table appears.
  await seed(page, progress([...pre, ...post]));
  await page.goto(routes.module(first.id));
  await expect(page.getByRole('table', { name: 'Your results, before and after the lessons' })).toBeVisible();
  await expect(page.locator('ol.module-path > li').last()).toContainText('✓ Done');
});

test('the last page of a module names the next module in its Next link', async ({ page }) => {
  await page.goto(routes.check(first.id, 'post'));
  const next = page.getByRole('navigation', { name: 'Previous and next' }).locator('.pager__link--next');
  await expect(next).toHaveText(`Next module Module ${second.data.order}: ${second.data.title} · Pre-check`);
  await expect(next).toHaveAttribute('href', routes.check(second.id, 'pre'));
  await page.goto(routes.check(second.id, 'pre'));
  await expect(page.locator('.pager__link--prev')).toHaveText(`Previous module Module ${first.data.order}: ${first.data.title} · Post-check`);
});

test('the progress page goes module by module, in course order, and says where to continue', async ({ page }) => {
  await page.goto(routes.progress);
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toContainText(`Start with Pre-check (Module ${first.data.order}: ${first.data.title})`);

  const [lessonA] = firstLessons as [(typeof firstLessons)[number]];
  // The first lesson's exercises tried last, the lesson not marked done: continue there.
  await seed(page, progress([...first.data.preCheck, ...lessonA.exercises]));
  await page.goto(routes.progress);
  const resume = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(resume).toContainText(`You were last working on Lesson 1: ${lessonA.data.title}`);
  await expect(resume.getByRole('link')).toHaveAttribute('href', routes.lesson(first.id, lessonA.slug));

  const firstModule = page.getByRole('region', { name: `Module ${first.data.order}: ${first.data.title}` });
  await expect(firstModule.locator('.progress-list > li').first()).toContainText('Pre-check ✓ Done');
  await expect(firstModule.locator('.progress-list > li').nth(1)).toContainText(`${lessonA.exercises.length} of ${lessonA.exercises.length} exercises tried`);
  // The tried exercises, in course order: the pre-check's first, then the lesson's.
  const rows = firstModule.locator('tbody tr');
  await expect(rows).toHaveCount(first.data.preCheck.length + lessonA.exercises.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-exercise')))).toEqual([...first.data.preCheck, ...lessonA.exercises]);
  await expect(rows.last().locator('td').first()).toHaveText(`Lesson 1: ${lessonA.data.title}`);
  await expect(page.getByRole('region', { name: `Module ${second.data.order}: ${second.data.title}` }).locator('table')).toHaveCount(0);
});

test('the course page counts its modules right', async ({ page }) => {
  await page.goto(routes.course);
  const count = await page.locator('ol.module-list > li').count();
  expect(count).toBe(modules.length);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${['Five', 'Six', 'Seven'][count - 5] ?? count} modules, one skill at a time`);
});

test('a take-away list does not look like boxes to tick', async ({ page }) => {
  // Every lesson ends with one (the content guide's lesson shape).
  await page.goto(routes.lesson(first.id, firstLessons[0]!.slug));
  const marker = await page.locator('.lesson-section--take-away li').first().evaluate((li) => getComputedStyle(li, '::marker').content);
  expect(marker).not.toMatch(/[☐□▢◻⬜]/);
});

test('the results page fetches the details of only the exercises its results are about, and does not shift as it loads', async ({ page }) => {
  const catalogs: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/teachers/results/catalog/')) catalogs.push(new URL(request.url()).pathname);
  });
  await page.goto(routes.results);
  await expect(page.getByText('No results yet.')).toBeVisible();
  expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
  expect(catalogs).toEqual([]);

  // A class's results on the first lesson of one module: that module's file only.
  const lessonA = firstLessons[0]!;
  const code = encodeResultCode({
    assignment: 'abc1234',
    title: 'Week 1',
    student: 'Ana Lee',
    submittedAt: at(0),
    items: [{ exercise: lessonA.exercises[0]!, score: 1, discernment: null, answer: '' }],
    assigned: lessonA.exercises,
    checks: [],
  });
  await page.evaluate((value) => localStorage.setItem('read-the-source:class-results', value), code);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Week 1' })).toBeVisible();
  await expect(page.locator('.results__table th[scope="col"]').nth(2)).toHaveText(content.exercises.get(lessonA.exercises[0]!)!.exercise.public.title);
  // Which files, not how many requests: one full parallel run saw the same file asked for twice
  // (cause not found; issue 15's note), and a repeat costs a cached file, not another module's.
  expect([...new Set(catalogs)]).toEqual([routes.resultsCatalog(first.id)]);
});

/** The page's cumulative layout shift so far, from the browser's own layout-shift entries. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}
