/**
 * The workbench (issue 12, part 3): any text, marked with the course's tools by keyboard alone,
 * kept across a reload, saved to a file and opened again elsewhere; bad files and damaged saved
 * work are refused with a message and nothing current is lost.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolationsLightAndDark, tabTo, wordMarker } from './helpers';

/** A text written for this test: the course never prepared it. */
const TEXT = `Flood defences "failed" in three towns, officials say

Many experts agree that the new barrier was built too low. According to available information, the council ignored warnings for years.

The city engineer, Maria Lopez, said in a statement on Tuesday that the barrier met the 2019 standard.`;
const WORDS = TEXT.split(/\s+/);
const at = (phrase: string) => {
  const first = phrase.split(' ')[0]!;
  const i = WORDS.findIndex((w, k) => w.startsWith(first) && WORDS.slice(k, k + phrase.split(' ').length).join(' ').startsWith(phrase));
  if (i < 0) throw new Error(`"${phrase}" is not in the text`);
  return { from: i, to: i + phrase.split(' ').length };
};

async function startWork(page: Page) {
  await page.goto('/workbench/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start work on this text' })).toBeEnabled();
  await page.getByLabel('Title or where it is from').fill('Flood report');
  await page.getByLabel('The text').fill(TEXT);
  await page.getByRole('button', { name: 'Start work on this text' }).click();
  await expect(page.getByRole('heading', { name: 'Flood report' })).toBeVisible();
}

/** Choose a radio of a group by keyboard: Tab to the group, then arrow keys until it is checked. */
async function chooseByKeyboard(page: Page, group: Locator, name: RegExp) {
  const radios = group.getByRole('radio');
  const checked = radios.and(page.locator(':checked'));
  await tabTo(page, (await checked.count()) ? checked : radios.first(), { limit: 120 });
  const target = group.getByRole('radio', { name });
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  for (let i = 0; i < 12 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
}

/** Mark a phrase with the word marker, label it, and add the mark: all by keyboard. */
async function markByKeyboard(page: Page, phrase: string, technique: RegExp, voice?: RegExp) {
  const { from, to } = at(phrase);
  const marker = wordMarker(page.locator('.workbench'));
  await tabTo(page, marker, { back: true, limit: 120 });
  await page.keyboard.press('Home');
  for (let i = 0; i < from; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  for (let i = from; i < to - 1; i++) await page.keyboard.press('Shift+ArrowRight');
  await chooseByKeyboard(page, page.getByRole('group', { name: 'The marked words are' }), technique);
  if (voice) await chooseByKeyboard(page, page.getByRole('group', { name: 'Whose words are they?' }), voice);
  await tabTo(page, page.getByRole('button', { name: 'Add this mark' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Marked “${phrase}”` })).toBeVisible();
}

const marks = (page: Page) => page.locator('.workbench__marks li');

test('a text marked by keyboard survives a reload, and a saved file opens with the same marks elsewhere', async ({ page, browser }) => {
  test.slow();
  await startWork(page);
  await markByKeyboard(page, 'officials say', /Anonymous source/);
  await markByKeyboard(page, 'Many experts agree', /Unverified claim/);
  await markByKeyboard(page, 'The city engineer, Maria Lopez,', /Named, checkable source/);
  await page.getByRole('group', { name: 'How much weight can this text bear?' }).getByRole('radio', { name: /^Little/ }).check();
  const expected = [
    /Anonymous source “officials say” · the author's own words/,
    /Unverified claim “Many experts agree” · the author's own words/,
    /Named, checkable source “The city engineer, Maria Lopez,” · the author's own words/,
  ];
  await expect(marks(page)).toHaveText(expected);
  // The marked text names each mark for a screen reader, in place.
  await expect(page.locator('.workbench__text')).toContainText('Anonymous source: officials say');

  await page.reload();
  await expect(marks(page)).toHaveText(expected);
  await expect(page.getByRole('radio', { name: /^Little/ })).toBeChecked();
  await expectNoAxeViolationsLightAndDark(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save to a file' }).click();
  const file = await (await download).path();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'read-the-source-workbench', title: 'Flood report', text: TEXT });

  // A teacher (or the student on another computer) opens the file in a browser that has never seen the work.
  const other = await browser.newContext();
  const teacher = await other.newPage();
  await teacher.goto('/workbench/');
  // The file button works once the workbench has loaded (it is disabled before, so no choice is lost).
  const open = teacher.locator('input[type="file"]');
  await expect(open).toBeEnabled();
  await open.setInputFiles(file);
  await expect(teacher.getByRole('status').filter({ hasText: 'Opened' })).toContainText('Flood report, with 3 marks');
  await expect(marks(teacher)).toHaveText(expected);
  await expect(teacher.getByRole('radio', { name: /^Little/ })).toBeChecked();
  await other.close();
});

test('a file that is not ours, one cut short and one too large are refused, each with its reason, and the work stays', async ({ page }, testInfo) => {
  await startWork(page);
  await markByKeyboard(page, 'officials say', /Anonymous source/);
  const good = JSON.stringify({ format: 'read-the-source-workbench', version: 1, title: 'Other', text: 'Some other text.', marks: [], answers: {}, verdict: { weight: null, why: '' }, updatedAt: '2026-12-01T00:00:00Z' });
  const files = [
    { name: 'essay.json', content: 'Dear teacher, here is my essay.', reason: 'not a workbench file' },
    { name: 'cut.json', content: good.slice(0, 60), reason: 'cut short' },
    { name: 'huge.json', content: `{"format":"read-the-source-workbench","text":"${'x'.repeat(600_000)}"}`, reason: 'too large' },
  ];
  for (const f of files) {
    await page.locator('input[type="file"]').setInputFiles({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.content) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`“${f.name}” was not opened`);
    await expect(alert).toContainText(f.reason);
    await expect(alert).toContainText('Your current work is unchanged.');
    await expect(page.getByRole('heading', { name: 'Flood report' })).toBeVisible();
    await expect(marks(page)).toHaveCount(1);
  }
  testInfo.annotations.push({ type: 'files refused', description: files.map((f) => f.name).join(', ') });
});

test('saved work the page cannot read is set aside with a notice, not dropped', async ({ page }) => {
  await page.goto('/workbench/');
  // Once the page's script has read storage (the button waits for it), so that only the reload reads the damaged copy.
  await expect(page.getByRole('button', { name: 'Start work on this text' })).toBeEnabled();
  await page.evaluate(() => localStorage.setItem('read-the-source:workbench', '{"format":"read-the-source-workbench","version":1,"text":'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Your saved work could not be read');
  const kept = await page.evaluate(() => localStorage.getItem('read-the-source:workbench:set-aside'));
  expect(kept).toBe('{"format":"read-the-source-workbench","version":1,"text":');
  await expect(page.getByLabel('The text')).toBeVisible();
});
