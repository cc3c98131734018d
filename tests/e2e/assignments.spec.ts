import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadCourseContent } from '../../src/content/load-content';
import { encodeResultCode } from '../../src/lib/assignments/result-code';
import { exercise, expectNoAxeViolationsLightAndDark } from './helpers';
import { solveByKeyboard } from './solve';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const lesson = [...content.course.lessons.values()].find((l) => l.data.module === 'claims-without-evidence' && l.data.order === 1)!;
const module1 = content.course.modules.get('claims-without-evidence')!;

test('the whole loop: build an assignment, do it as a student, hand in, and read the class results', async ({ browser }) => {
  test.setTimeout(180_000);
  // The teacher's browser and the student's are separate, as they would be in a classroom.
  const teacher = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext()).newPage();

  await teacher.goto('/teachers/assign/');
  await teacher.getByLabel('Title').fill('Week 1: claims');
  await teacher.getByLabel('Due date (optional)').fill('2026-12-01');
  await teacher.getByRole('checkbox', { name: lesson.data.title }).check();
  await teacher.getByRole('button', { name: 'Make the assignment link' }).click();
  const link = await teacher.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/\/assignment\/#a1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
  await expect(teacher.getByRole('img', { name: 'QR code of the assignment link' }).locator('svg')).toBeVisible();
  await expectNoAxeViolationsLightAndDark(teacher);

  await student.goto(link);
  await expect(student.getByRole('heading', { level: 1 })).toHaveText('Week 1: claims');
  await expect(student.getByText('Due 1 December 2026')).toBeVisible();
  await expect(student.locator(`li[data-lesson="${lesson.id}"]`)).toContainText('0 of');
  await student.getByRole('link', { name: lesson.data.title }).click();
  const [first, second] = lesson.exercises;
  for (const id of [first!, second!]) await solveByKeyboard(student, await exercise(student, id), content.exercises.get(id)!.exercise);
  await student.goto(link);
  await expect(student.locator(`li[data-lesson="${lesson.id}"]`)).toContainText(`2 of ${lesson.exercises.length} exercises tried`);
  await student.getByLabel('Your name').fill('Ana Lee');
  await student.getByRole('button', { name: 'Make my result code' }).click();
  const code = await student.getByLabel('Your result code').inputValue();
  expect(code).toMatch(/^RTS3\./);
  await expectNoAxeViolationsLightAndDark(student);

  // A second student ticks every option of the first exercise (never reading) and stops there.
  const firstExercise = content.exercises.get(first!)!.exercise;
  expect(firstExercise.type).toBe('multiple-choice');
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await other.getByRole('link', { name: lesson.data.title }).click();
  const section = await exercise(other, first!);
  for (const box of await section.getByRole('checkbox').all()) await box.check();
  await section.getByRole('button', { name: 'Check my answer' }).click();
  await expect(section.locator('.exercise__result')).toContainText('Your score: 0%');
  await other.goto(link);
  await other.getByLabel('Your name').fill('Bo Chen');
  await other.getByRole('button', { name: 'Make my result code' }).click();
  const otherCode = await other.getByLabel('Your result code').inputValue();

  // One corrupted code beside the good one: the good one imports, the bad one is named with its reason.
  const corrupted = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
  await teacher.goto('/teachers/results/');
  await teacher.getByLabel('Paste codes, one per line').fill(`${code}\n${corrupted}\n`);
  await teacher.getByRole('button', { name: 'Add these codes' }).click();
  await expect(teacher.locator('.results__report')).toContainText('1 result added; 1 line not added');
  await expect(teacher.locator('.results__report')).toContainText('Line 2');
  await expect(teacher.locator('.results__report')).toContainText('does not match its checksum');

  // The same code again, beside a new one: the page says it was already added.
  await teacher.getByLabel('Paste codes, one per line').fill(`${code}\n${otherCode}\n`);
  await teacher.getByRole('button', { name: 'Add these codes' }).click();
  await expect(teacher.locator('.results__report')).toContainText('1 result added; 1 already added before (Ana Lee), so kept once.');

  const classTable = teacher.getByRole('table').first();
  const row = classTable.getByRole('row', { name: /Ana Lee/ });
  const otherRow = classTable.getByRole('row', { name: /Bo Chen/ });
  // Student, done, then every assigned exercise (tried or not), then the two discernment columns.
  const assigned = lesson.exercises.length;
  await expect(classTable.getByRole('columnheader')).toHaveCount(1 + 1 + assigned + 2);
  await expect(row.locator('td[data-done]')).toHaveText(`2 of ${assigned}`);
  await expect(otherRow.locator('td[data-done]')).toHaveText(`1 of ${assigned}`);
  await expect(row).toContainText('100');
  await expect(row).toContainText('not tried');
  await expect(otherRow.getByText('not tried')).toHaveCount(assigned - 1);
  const firstTitle = firstExercise.public.title;
  await expect(classTable.getByRole('columnheader', { name: firstTitle })).toBeVisible();
  const firstRow = teacher.locator(`tr[data-exercise="${first}"]`);
  await expect(firstRow).toContainText('2 of 2');
  await expect(firstRow).toContainText('50%');
  // Only wrong answers, each with how many made it: Bo's wrong options, never a right one.
  const wrongList = firstRow.locator('.results__wrong li');
  if (firstExercise.type !== 'multiple-choice') throw new Error('unexpected type');
  const wrongTexts = firstExercise.public.options.filter((o) => !firstExercise.key.correct.includes(o.id)).map((o) => o.text);
  await expect(wrongList).toHaveCount(Math.min(3, wrongTexts.length));
  for (const li of await wrongList.all()) {
    const text = (await li.textContent())!;
    expect(text).toMatch(/^chose .+ \(1 student\)$/);
    expect(wrongTexts.some((w) => text.includes(w))).toBe(true);
  }
  const untried = lesson.exercises.find((id) => id !== first && id !== second)!;
  await expect(teacher.locator(`tr[data-exercise="${untried}"]`)).toContainText('0 of 2');

  // The same student handing in again counts once, with the latest code.
  await student.getByRole('button', { name: 'Make my result code' }).click();
  const again = await student.getByLabel('Your result code').inputValue();
  await teacher.getByLabel('Paste codes, one per line').fill(again);
  await teacher.getByRole('button', { name: 'Add these codes' }).click();
  await expect(teacher.getByText('2 students. A student who handed in twice is counted once')).toBeVisible();

  const download = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Download as CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  const [header, line, otherLine, end] = csv.split('\r\n');
  const quoted = (t: string) => (/[",;\t\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  const titles = lesson.exercises.map((id) => quoted(content.exercises.get(id)!.exercise.public.title));
  // Then the module's checks and reviews, which the codes carry (version 3).
  const checks = ['pre-check', 'post-check', 'delayed check', 'reviews done'].map((what) => quoted(`Module 1: ${module1.data.title}, ${what}`));
  expect(header).toBe(`Student,Handed in,Done,${titles.join(',')},Problems found,Sound items left alone,${checks.join(',')}`);
  expect(line).toMatch(new RegExp(`^Ana Lee,\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z,2 of ${assigned},100,100,not tried`));
  expect(otherLine).toMatch(/^Bo Chen,.*,1 of \d+,0,not tried/);
  expect(end).toBe('');
  await expectNoAxeViolationsLightAndDark(teacher);

  // Saved in the teacher's browser until cleared.
  await teacher.reload();
  await expect(teacher.getByRole('table').first().getByRole('row', { name: /Ana Lee/ })).toBeVisible();
  await teacher.getByRole('button', { name: 'Clear saved results…' }).click();
  await teacher.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(teacher.getByText('No results yet.')).toBeVisible();
});

test('when the browser refuses to clear saved results, the results page says so and keeps showing them', async ({ page }) => {
  const code = encodeResultCode({
    assignment: 'refused',
    title: 'Refused clear',
    student: 'Ana Lee',
    submittedAt: '2026-03-01T10:00:00.000Z',
    items: [{ exercise: lesson.exercises[0]!, score: 1, discernment: null, answer: '' }],
    assigned: [lesson.exercises[0]!],
    checks: [],
  });
  await page.goto('/teachers/results/');
  await page.getByLabel('Paste codes, one per line').fill(code);
  await page.getByRole('button', { name: 'Add these codes' }).click();
  await expect(page.getByRole('row', { name: /Ana Lee/ })).toBeVisible();
  await page.evaluate(() => {
    Storage.prototype.removeItem = () => {};
  });
  await page.getByRole('button', { name: 'Clear saved results…' }).click();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This browser did not delete the saved results' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Ana Lee/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row', { name: /Ana Lee/ })).toBeVisible();
});

test('a damaged assignment link says so instead of showing a blank page', async ({ page }) => {
  await page.goto('/assignment/#a1.broken.0000000');
  await expect(page.getByRole('alert')).toContainText('This assignment link is damaged or cut short');
});

test('codes naming exercises this site does not have are added, with a notice that names them', async ({ page }) => {
  const known = lesson.exercises[0]!;
  const code = encodeResultCode({
    assignment: 'k-test',
    title: 'Old week',
    student: 'Cy Dee',
    submittedAt: '2026-11-20T09:00:00.000Z',
    items: [
      { exercise: known, score: 1, discernment: null, answer: '' },
      { exercise: 'm9-retired-exercise', score: 0.5, discernment: null, answer: '' },
    ],
    assigned: [known, 'm9-retired-exercise'],
    checks: [],
  });
  await page.goto('/teachers/results/');
  await page.getByLabel('Paste codes, one per line').fill(code);
  await page.getByRole('button', { name: 'Add these codes' }).click();
  const notice = page.locator('[data-notice="unknown-exercises"]');
  await expect(notice).toContainText('an exercise this copy of the site does not have: m9-retired-exercise');
  await expect(page.getByRole('row', { name: /Cy Dee/ })).toBeVisible();
  await expectNoAxeViolationsLightAndDark(page);
});

test.describe('the results page used before its script has arrived', () => {
  // The service worker would serve the island from its cache, past the held request.
  test.use({ serviceWorkers: 'block' });

  test('codes pasted before the script runs are kept, and the add button waits for it', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/ResultsView\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const code = encodeResultCode({
      assignment: 'k-early',
      title: 'Early week',
      student: 'Ed Early',
      submittedAt: '2026-11-20T09:00:00.000Z',
      items: [{ exercise: lesson.exercises[0]!, score: 1, discernment: null, answer: '' }],
      assigned: [lesson.exercises[0]!],
      checks: [],
    });
    await page.goto('/teachers/results/');
    await page.getByLabel('Paste codes, one per line').fill(code);
    await expect(page.getByRole('button', { name: 'Add these codes' })).toBeDisabled();
    release();
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await expect(page.getByRole('row', { name: /Ed Early/ })).toBeVisible();
  });
});

test('an assignment can carry a text: it opens on the workbench, never over other work without asking, and a long one gets a file instead of a QR code', async ({ browser }) => {
  test.setTimeout(120_000);
  const teacher = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext()).newPage();
  const article = 'Many experts agree that the bridge was closed for safety. According to the city council, it will reopen in May.';

  await teacher.goto('/teachers/assign/');
  await teacher.getByLabel('Title').fill('Weigh a local story');
  await teacher.getByLabel('Its name, or where it is from').fill('City News, 3 May');
  await teacher.getByLabel('The text').fill(article);
  await teacher.getByRole('button', { name: 'Make the assignment link' }).click();
  const link = await teacher.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/\/assignment\/#a2\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
  await expect(teacher.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();
  const [file] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Save the text as a workbench file' }).click()]);
  expect(JSON.parse(readFileSync((await file.path())!, 'utf8'))).toMatchObject({ title: 'City News, 3 May', text: article, marks: [] });

  // A student with other work open: the teacher's text waits until they choose.
  await student.goto('/workbench/');
  await student.getByLabel('The text').fill('My own text about something else entirely.');
  await student.getByRole('button', { name: 'Start work on this text' }).click();
  await expect(student.getByRole('heading', { name: 'My text' })).toBeVisible();

  await student.goto(link);
  await expect(student.getByRole('heading', { level: 1 })).toHaveText('Weigh a local story');
  await expect(student.getByRole('heading', { name: 'Hand in' })).toHaveCount(0);
  await student.locator('[data-workbench-text]').getByRole('link', { name: 'workbench' }).click();
  const offer = student.getByRole('region', { name: 'Your teacher’s text is waiting' });
  await expect(offer).toContainText('“City News, 3 May”');
  await expect(student.getByRole('heading', { name: 'My text' })).toBeVisible();
  await offer.getByRole('button', { name: 'Start on the teacher’s text' }).click();
  await expect(student.getByRole('heading', { name: 'City News, 3 May' })).toBeFocused();
  await expect(student.locator('.workbench')).toContainText('Many experts agree');
  // A reload of the same link finds the work under way and asks nothing.
  await student.reload();
  await expect(student.getByRole('heading', { name: 'City News, 3 May' })).toBeVisible();
  await expect(student.getByRole('region', { name: 'Your teacher’s text is waiting' })).toHaveCount(0);
  await expectNoAxeViolationsLightAndDark(student);

  // A long text makes a link too long for a QR code: the page says so and offers the file.
  await teacher.getByLabel('The text').fill(Array.from({ length: 400 }, (_, i) => `Sentence ${i} says something new about item ${i * 7}.`).join(' '));
  await teacher.getByRole('button', { name: 'Make the assignment link' }).click();
  await expect(teacher.locator('[data-qr-too-long]')).toContainText('This link is too long for a QR code');
  await expect(teacher.getByRole('img', { name: 'QR code of the assignment link' })).toHaveCount(0);
  await expect(teacher.getByRole('button', { name: 'Save the text as a workbench file' })).toBeVisible();
});

test('a workbench link whose text is damaged says so and keeps the work in progress', async ({ page }) => {
  await page.goto('/workbench/');
  await page.getByLabel('The text').fill('Work in progress that must survive.');
  await page.getByRole('button', { name: 'Start work on this text' }).click();
  await page.goto('/workbench/#a2.broken.0000000');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('The text in this link could not be opened: This assignment link is damaged or cut short');
  await expect(page.locator('.workbench')).toContainText('Work in progress that must survive.');
});
