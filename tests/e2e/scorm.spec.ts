/**
 * A module's SCORM packages (npm run lms) run under a stand-in LMS (fixtures/test-lms.html, the
 * scorm-again runtime): the student does the post-check by keyboard, the LMS receives status,
 * score and one interaction per item, and a student coming back on another computer resumes where
 * they were from the LMS's saved copy alone. A missing or failing LMS, or a garbled saved copy,
 * leaves the course usable with a notice.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { routes } from '../../src/lib/routes';
import { content } from './course';
import { exercise } from './helpers';
import { serveFolder, unzipInto, type Served } from './package-server';
import { solveByKeyboard } from './solve';

const module = [...content.course.modules.values()].find((m) => m.data.order === 1)!;
const postCheck = module.data.postCheck;
const LMS = fileURLToPath(new URL('../../pack/lms/', import.meta.url));
const versions = [
  { version: '1.2', folder: 'scorm12' },
  { version: '2004', folder: 'scorm2004' },
] as const;

let server: Served;
let origin = '';

test.beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'rts-test-lms-'));
  for (const { folder } of versions) unzipInto(join(LMS, folder, `read-the-source-${module.id}.zip`), join(root, folder));
  mkdirSync(join(root, 'scorm-again'));
  for (const file of ['scorm12.min.js', 'scorm2004.min.js']) writeFileSync(join(root, 'scorm-again', file), readFileSync(fileURLToPath(new URL(`../../node_modules/scorm-again/dist/${file}`, import.meta.url))));
  writeFileSync(join(root, 'test-lms.html'), readFileSync(fileURLToPath(new URL('fixtures/test-lms.html', import.meta.url))));
  writeFileSync(join(root, 'blank.html'), '<!doctype html><title>Blank</title>');
  server = await serveFolder(root);
  origin = server.origin;
});
test.afterAll(() => server.close());

const course = (page: Page): FrameLocator => page.frameLocator('#sco').frameLocator('[data-lms-frame]');
const courseFrame = (page: Page) => page.frames().find((f) => f.url().includes('/modules/'));
/** The LMS's copy of the data model, as the stand-in LMS keeps it after each commit (either version's fields). */
interface Received {
  core?: { lesson_status: string; exit: string; session_time: string; score: { raw: string } };
  completion_status?: string;
  exit?: string;
  session_time?: string;
  suspend_data: string;
  interactions: Record<string, { id: string; type: string; result: string; student_response?: string; learner_response?: string }>;
}

for (const { version, folder } of versions) {
  test(`SCORM ${version}: the post-check by keyboard reaches the LMS's gradebook, and the LMS's copy resumes the work on another computer`, async ({ page }) => {
    test.setTimeout(180_000);
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    await page.goto(`${origin}/test-lms.html?version=${version}&package=${folder}`);
    await expect(course(page).getByRole('heading', { level: 1, name: module.data.title })).toBeVisible();
    await expect(page.frameLocator('#sco').locator('[data-lms-notice]')).toBeEmpty();
    // The footer says where the work goes here: to the school's LMS, not nowhere.
    await expect(course(page).locator('.site-footer')).toContainText("your work goes only to your school's LMS or Kolibri.", { useInnerText: true });
    await expect(course(page).locator('.site-footer')).not.toContainText('nothing you do here leaves your device', { useInnerText: true });

    await courseFrame(page)!.goto(`${origin}/${folder}/${routes.check(module.id, 'post').slice(1)}index.html`);
    for (const id of postCheck) await solveByKeyboard(page, await exercise(course(page), id), content.exercises.get(id)!.exercise);

    // What the LMS received: what it keeps from each commit.
    const is12 = version === '1.2';
    const key = `test-lms:${version}:${folder}:student-1`;
    const received = async () => (await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key)) as Received;
    await expect.poll(async () => (await received())?.interactions && Object.keys((await received()).interactions).length).toBe(postCheck.length);
    const got = await received();
    if (is12) {
      expect(got.core).toMatchObject({ lesson_status: 'passed', score: { raw: '100', max: '100' } });
    } else {
      expect(got).toMatchObject({ completion_status: 'completed', success_status: 'passed', score: { raw: '100', scaled: '1' } });
    }
    const interactions = Object.values(got.interactions);
    expect(interactions.map((i) => i.id)).toEqual(postCheck);
    expect(interactions.map((i) => i.result)).toEqual(postCheck.map(() => 'correct'));
    const typeOf = (id: string) => content.exercises.get(id)!.exercise.type;
    expect(interactions.map((i) => i.type)).toEqual(postCheck.map((id) => (typeOf(id) === 'classify' ? 'matching' : typeOf(id) === 'highlight' ? (is12 ? 'performance' : 'other') : 'choice')));
    expect(interactions.every((i) => (is12 ? i.student_response : i.learner_response))).toBeTruthy();
    expect(got.suspend_data).toMatch(/^rts1\./);

    // The session ends when the LMS closes the course; on another computer, only the LMS's copy is there.
    await page.goto(`${origin}/blank.html`);
    const closed = await received();
    expect(is12 ? closed.core?.exit : closed.exit).toBe('suspend');
    expect(is12 ? closed.core?.session_time : closed.session_time).not.toMatch(/^(00:00:00|PT0H0M0S)$/);
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('read-the-source:')).forEach((k) => localStorage.removeItem(k)));

    await page.goto(`${origin}/test-lms.html?version=${version}&package=${folder}`);
    await expect.poll(() => courseFrame(page)?.url()).toContain(`${routes.check(module.id, 'post')}index.html`);
    for (const id of postCheck) {
      const section = course(page).locator(`section[data-exercise="${id}"]`);
      // Islands wake as they scroll into view.
      await expect(async () => {
        await section.scrollIntoViewIfNeeded({ timeout: 1000 });
        await expect(section.locator('.exercise__score')).toContainText('Your score: 100%', { timeout: 1000 });
      }).toPass({ timeout: 15_000 });
    }
    await expect(page.frameLocator('#sco').locator('[data-lms-notice]')).toBeEmpty();
    // Resuming journals nothing again: the LMS has those answers already.
    await page.goto(`${origin}/blank.html`);
    expect(Object.keys((await received()).interactions)).toHaveLength(postCheck.length);
    expect(elsewhere).toEqual([]);
  });
}

test('with no LMS to be found, or one that refuses every write, the course works and says what the LMS will not get', async ({ page }) => {
  await page.goto(`${origin}/test-lms.html?version=1.2&package=scorm12&api=missing`);
  const notice = page.frameLocator('#sco').locator('[data-lms-notice]');
  await expect(notice).toContainText('could not find your LMS, so your LMS will not get your score. You can go on working');
  await expect(course(page).getByRole('heading', { level: 1, name: module.data.title })).toBeVisible();

  await page.goto(`${origin}/test-lms.html?version=2004&package=scorm2004&api=failing`);
  await expect(notice).toContainText('so it may not have your latest work. You can go on working');
  // Said once, however many writes it refuses; and it can be put away, by keyboard.
  await expect(notice.locator('p')).toHaveCount(1);
  await expect(course(page).getByRole('heading', { level: 1, name: module.data.title })).toBeVisible();
  await courseFrame(page)!.goto(`${origin}/scorm2004/${routes.check(module.id, 'post').slice(1)}index.html`);
  const first = postCheck[0]!;
  await solveByKeyboard(page, await exercise(course(page), first), content.exercises.get(first)!.exercise);
  await expect(course(page).locator(`section[data-exercise="${first}"] .exercise__score`)).toContainText('Your score: 100%');
  await expect(notice.locator('p')).toHaveCount(1);
  await notice.getByRole('button', { name: 'Hide this note' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toBeHidden();
});

test('a garbled copy in the LMS is set aside with a notice, and the work in this browser goes on', async ({ page }) => {
  await page.goto(`${origin}/test-lms.html?version=1.2&package=scorm12&suspend=garbled&learner=student-2`);
  await expect(page.frameLocator('#sco').locator('[data-lms-notice]')).toContainText("Your LMS's saved copy of your work could not be read (it is damaged (not base64url)), so it was set aside");
  await expect(course(page).getByRole('heading', { level: 1, name: module.data.title })).toBeVisible();
  const setAside = await page.evaluate(() => localStorage.getItem('read-the-source:progress:set-aside'));
  expect(setAside).toContain('rts1.@@garbled@@');
});

test('opened straight from its folder, outside any LMS, the package is the plain course', async ({ page }) => {
  await page.goto(`${origin}/scorm12/lms/index.html`);
  await expect(page).toHaveURL(`${origin}/scorm12/${routes.module(module.id).slice(1)}index.html`);
  await expect(page.getByRole('heading', { level: 1, name: module.data.title })).toBeVisible();
});

test("a second LMS learner in the same browser starts from their own work; the first one's is set aside, not mixed in", async ({ page }) => {
  const first = postCheck[0]!;
  await page.goto(`${origin}/test-lms.html?version=2004&package=scorm2004&learner=learner-a`);
  await expect(course(page).getByRole('heading', { level: 1, name: module.data.title })).toBeVisible();
  await courseFrame(page)!.goto(`${origin}/scorm2004/${routes.check(module.id, 'post').slice(1)}index.html`);
  await solveByKeyboard(page, await exercise(course(page), first), content.exercises.get(first)!.exercise);
  await page.goto(`${origin}/blank.html`);

  await page.goto(`${origin}/test-lms.html?version=2004&package=scorm2004&learner=learner-b`);
  await expect(course(page).getByRole('heading', { level: 1, name: module.data.title })).toBeVisible();
  const stored = await page.evaluate(() => ({ progress: localStorage.getItem('read-the-source:progress'), setAside: localStorage.getItem('read-the-source:progress:set-aside') }));
  expect(stored.progress ?? '').not.toContain(first);
  expect(stored.setAside).toContain(first);
});

test("search inside a package finds pages and links to the package's own files", async ({ page }) => {
  // The package's links name files, so its search box has to find Pagefind's folder from
  // ".../pagefind/index.html" (it once asked for "pagefind/index.htmlpagefind.js" and found nothing).
  await page.goto(`${origin}/scorm12/search/index.html`);
  await page.getByLabel('Search the course').fill('anonymous');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toHaveAttribute('href', /^\/scorm12\/.+\/index\.html$/);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).toMatch(/\/scorm12\/.+\/index\.html$/);
});
