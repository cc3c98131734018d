import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { loadCourseContent } from '../../src/content/load-content';
import { exercise, expectNoAxeViolationsLightAndDark } from './helpers';
import { solveByKeyboard } from './solve';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const lesson = [...content.course.lessons.values()].find((l) => l.data.module === 'claims-without-evidence' && l.data.order === 1)!;

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
  expect(code).toMatch(/^RTS1\./);
  await expectNoAxeViolationsLightAndDark(student);

  // One corrupted code beside the good one: the good one imports, the bad one is named with its reason.
  const corrupted = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
  await teacher.goto('/teachers/results/');
  await teacher.getByLabel('Paste codes, one per line').fill(`${code}\n${corrupted}\n`);
  await teacher.getByRole('button', { name: 'Add these codes' }).click();
  await expect(teacher.getByRole('status')).toContainText('1 result added, 1 line not added');
  await expect(teacher.getByRole('status')).toContainText('Line 2');
  await expect(teacher.getByRole('status')).toContainText('does not match its checksum');

  const classTable = teacher.getByRole('table').first();
  const row = classTable.getByRole('row', { name: /Ana Lee/ });
  // Student, then one column per exercise tried, then the two discernment columns.
  await expect(classTable.getByRole('columnheader')).toHaveCount(1 + 2 + 2);
  await expect(row).toContainText('100');
  const firstTitle = content.exercises.get(first!)!.exercise.public.title;
  await expect(classTable.getByRole('columnheader', { name: firstTitle })).toBeVisible();
  await expect(teacher.locator(`tr[data-exercise="${first}"]`)).toContainText('100%');

  // The same student handing in again counts once, with the latest code.
  await student.getByRole('button', { name: 'Make my result code' }).click();
  const again = await student.getByLabel('Your result code').inputValue();
  await teacher.getByLabel('Paste codes, one per line').fill(again);
  await teacher.getByRole('button', { name: 'Add these codes' }).click();
  await expect(teacher.getByText('1 student. A student who handed in twice is counted once')).toBeVisible();

  const download = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Download as CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  const [header, line, end] = csv.split('\r\n');
  expect(header).toBe(`Student,Handed in,${content.exercises.get(first!)!.exercise.public.title.includes(',') ? `"${firstTitle}"` : firstTitle},${content.exercises.get(second!)!.exercise.public.title},Problems found,Sound items left alone`);
  expect(line).toMatch(/^Ana Lee,\d{4}-\d{2}-\d{2}T[\d:.]+Z,100,100,/);
  expect(end).toBe('');
  await expectNoAxeViolationsLightAndDark(teacher);

  // Saved in the teacher's browser until cleared.
  await teacher.reload();
  await expect(teacher.getByRole('row', { name: /Ana Lee/ })).toBeVisible();
  await teacher.getByRole('button', { name: 'Clear saved results…' }).click();
  await teacher.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(teacher.getByText('No results yet.')).toBeVisible();
});

test('a damaged assignment link says so instead of showing a blank page', async ({ page }) => {
  await page.goto('/assignment/#a1.broken.0000000');
  await expect(page.getByRole('alert')).toContainText('This assignment link is damaged or cut short');
});
