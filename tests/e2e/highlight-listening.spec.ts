/**
 * Highlight exercises as a screen reader meets them (issue 17), asserted on the accessibility tree:
 * the passage is prose, the marks are announced in place, the word marker is one control with its
 * instructions, and clause by clause every clause is one checkbox named by its full text.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadCourseContent } from '../../src/content/load-content';
import { clausesOf } from '../../src/lib/exercises/highlight/clauses';
import type { ExerciseOf } from '../../src/lib/exercises/types';
import { exercise, expectNoAxeViolationsLightAndDark, tabTo, wordMarker } from './helpers';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
type Highlight = ExerciseOf<'highlight'>;

function highlightById(id: string): Highlight {
  const ex = content.exercises.get(id)?.exercise;
  if (ex?.type !== 'highlight') throw new Error(`${id} is not a highlight exercise`);
  return ex;
}

function pathOf(id: string): string {
  if (id.startsWith('showcase-')) return '/exercises/';
  const lesson = [...content.course.lessons.values()].find((l) => l.exercises.includes(id));
  if (!lesson) throw new Error(`no lesson holds ${id}`);
  return `/modules/${lesson.data.module}/${lesson.slug}/`;
}

/** The showcase and one lesson of every module that has a highlight exercise. */
const EXERCISES = ['showcase-highlight', 'm1-l1-highlight-prison-escape', 'm2-find-the-crowd', 'm3-highlight-new-videos', 'm4-comment-2-highlight', 'm5-full-document-highlight'];

/** A stretch of the passage as it is written, with its own spaces. */
const textOf = (ex: Highlight, from: number, to: number) =>
  ex.public.words
    .slice(from, to)
    .map((w, k) => (k === 0 ? w.text : ex.public.gaps[from + k - 1] + w.text))
    .join('');
/** What a screen reader reads: whitespace, line breaks included, as single spaces. */
const spoken = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a one-line aria snapshot of the passage, e.g. `- blockquote: The incident ...`. */
async function passageSnapshot(section: Locator): Promise<string> {
  const snapshot = await section.locator('figure blockquote').ariaSnapshot();
  const lines = snapshot.split('\n');
  expect(lines, 'the passage is one flow of text, with no controls in it').toHaveLength(1);
  const value = lines[0]!.replace(/^- blockquote: /, '');
  // The snapshot is YAML: a value with a colon or quotes in it is double-quoted, as JSON would be.
  return spoken(value.startsWith('"') ? (JSON.parse(value) as string) : value);
}

async function open(page: Page, id: string): Promise<Locator> {
  await page.goto(pathOf(id));
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  return exercise(page, id);
}

/** Switch method by keyboard: back to the method's radios, then an arrow key to the other one. */
async function chooseByKeyboard(page: Page, section: Locator, method: 'word by word' | 'clause by clause') {
  const radios = section.getByRole('radio');
  await tabTo(page, radios.and(page.locator(':checked')), { back: true });
  await page.keyboard.press(method === 'clause by clause' ? 'ArrowDown' : 'ArrowUp');
  await expect(section.getByRole('radio', { name: method })).toBeChecked();
}

const scoreOf = async (result: Locator) => Number((await result.locator('.exercise__score strong').textContent())!.match(/(\d+)%/)![1]);

async function checkByKeyboard(page: Page, section: Locator): Promise<Locator> {
  await tabTo(page, section.getByRole('button', { name: 'Check my answer' }));
  await page.keyboard.press('Enter');
  const result = section.locator('.exercise__result');
  await expect(result).toBeFocused();
  return result;
}

for (const id of EXERCISES) {
  test(`${id}: the passage reads as prose with its marks announced in place, and clause by clause as one checkbox per clause`, async ({ page }) => {
    // The capstone's passage is a whole document: hundreds of words to read back.
    test.slow();
    const ex = highlightById(id);
    const s = await open(page, id);
    const passage = spoken(textOf(ex, 0, ex.public.words.length));

    // Before marking: the passage is its text, and the one control to mark it with by keyboard carries the instructions.
    expect(await passageSnapshot(s)).toBe(passage);
    await expect(s.locator('figure').getByRole('checkbox')).toHaveCount(0);
    const marker = wordMarker(s);
    await expect(marker).toHaveAccessibleDescription(/Left and right arrows move one word, up and down one line/);
    await expect(marker).toHaveAttribute('aria-valuetext', `“${ex.public.words[0]!.text}”, not marked, word 1 of ${ex.public.words.length}`);

    // Mark the first three words by keyboard; the passage says where the mark is.
    await tabTo(page, marker, { limit: 200 });
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(marker).toHaveAttribute('aria-valuetext', `“${ex.public.words[2]!.text}”, marked, word 3 of ${ex.public.words.length}`);
    const rest = spoken(textOf(ex, 3, ex.public.words.length));
    expect(await passageSnapshot(s)).toBe(`marked: ${spoken(textOf(ex, 0, 3))} (end of mark) ${rest}`);

    // Clause by clause: one checkbox per clause, named by its full text, the marks kept.
    await chooseByKeyboard(page, s, 'clause by clause');
    const clauses = clausesOf(ex.public.words, ex.public.gaps);
    const boxes = s.getByRole('group', { name: 'The passage, clause by clause' }).getByRole('checkbox');
    const names = await boxes.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    expect(names.map(spoken)).toEqual(clauses.map((c) => spoken(textOf(ex, c.from, c.to))));
    await expect(boxes.first()).toHaveAccessibleName(spoken(textOf(ex, clauses[0]!.from, clauses[0]!.to)));
    await expect(boxes.first()).toHaveAttribute('aria-checked', clauses[0]!.to > 3 ? 'mixed' : 'true');
    await expect(s.locator('.marked-summary li')).toHaveText([`“${textOf(ex, 0, 3)}”`]);
    const stops = await s.locator('figure').evaluate(
      (figure) => [...figure.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]')].filter((el) => el.tabIndex >= 0 && !el.closest('figcaption')).length,
    );
    expect(stops).toBeLessThanOrEqual(clauses.length);

    // And back: the marks are where they were.
    await chooseByKeyboard(page, s, 'word by word');
    expect(await passageSnapshot(s)).toBe(`marked: ${spoken(textOf(ex, 0, 3))} (end of mark) ${rest}`);
  });
}

test('clause by clause by keyboard alone scores the same, and explains the same, as the same words marked word by word', async ({ page }) => {
  const id = 'm1-l1-highlight-prison-escape';
  const ex = highlightById(id);
  const s = await open(page, id);
  await chooseByKeyboard(page, s, 'clause by clause');
  const clauses = clausesOf(ex.public.words, ex.public.gaps);
  const holdsTarget = clauses.map((c) => ex.key.targets.some((t) => c.from < t.to && t.from < c.to));
  expect(holdsTarget.filter(Boolean).length, 'marks more than one clause').toBeGreaterThan(1);
  const boxes = s.getByRole('checkbox');
  for (const [k, mark] of holdsTarget.entries()) {
    await tabTo(page, boxes.nth(k));
    if (mark) await page.keyboard.press('Space');
  }
  let result = await checkByKeyboard(page, s);
  const clauseScore = await scoreOf(result);
  const clauseFeedback = await result.locator('.feedback-list li').allInnerTexts();
  expect(clauseScore).toBe(100);
  // Each line names its verdict and the words it is about.
  for (const line of clauseFeedback) expect(line).toMatch(/^\S*\s*(Found|Partly found|Missed|False alarm|Not asked here) /);

  await tabTo(page, s.getByRole('button', { name: 'Start over' }), { back: true });
  await page.keyboard.press('Enter');
  await chooseByKeyboard(page, s, 'word by word');
  const words = new Set(clauses.flatMap((c, k) => (holdsTarget[k] ? Array.from({ length: c.to - c.from }, (_, j) => c.from + j) : [])));
  await tabTo(page, wordMarker(s));
  for (let i = 0; i < ex.public.words.length; i++) {
    if (words.has(i)) await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
  }
  result = await checkByKeyboard(page, s);
  expect(await scoreOf(result)).toBe(clauseScore);
  expect(await result.locator('.feedback-list li').allInnerTexts()).toEqual(clauseFeedback);
});

test('the method a student chose is kept on reload, and axe finds nothing clause by clause, light and dark', async ({ page }) => {
  const s = await open(page, 'showcase-highlight');
  await s.getByRole('radio', { name: 'clause by clause' }).check();
  await s.getByRole('checkbox').nth(4).click();
  await expectNoAxeViolationsLightAndDark(page);
  await page.reload();
  const again = await exercise(page, 'showcase-highlight');
  await expect(again.getByRole('radio', { name: 'clause by clause' })).toBeChecked();
  await expect(again.getByRole('group', { name: 'The passage, clause by clause' })).toBeVisible();
  await expect(wordMarker(again)).toHaveCount(0);
});

test('"Clear my marks" by keyboard leaves the focus on the passage\'s control, word by word and clause by clause', async ({ page }) => {
  const s = await open(page, 'showcase-highlight');
  const marker = wordMarker(s);
  await tabTo(page, marker);
  await page.keyboard.press('Space');
  await tabTo(page, s.getByRole('button', { name: 'Clear my marks' }));
  await page.keyboard.press('Enter');
  await expect(s.locator('.marked-summary')).toContainText('You have not marked anything yet.');
  await expect(marker).toBeFocused();

  await chooseByKeyboard(page, s, 'clause by clause');
  const second = s.getByRole('checkbox').nth(1);
  await tabTo(page, second);
  await page.keyboard.press('Space');
  await tabTo(page, s.getByRole('button', { name: 'Clear my marks' }));
  await page.keyboard.press('Enter');
  await expect(second).toHaveAttribute('aria-checked', 'false');
  await expect(s.getByRole('checkbox').first()).toBeFocused();
});
