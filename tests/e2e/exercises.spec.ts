import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadCourseContent } from '../../src/content/load-content';
import { exercise, expectNoAxeViolationsLightAndDark, markedWords, tabTo, wordMarker } from './helpers';
import { openResultByKeyboard, solveByKeyboard } from './solve';

const SHOWCASE = '/exercises/';
const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const keyOf = (id: string) => content.exercises.get(id)!.exercise;

async function checkByKeyboard(page: Page, section: Locator) {
  const check = section.getByRole('button', { name: 'Check my answer' });
  await tabTo(page, check);
  await page.keyboard.press('Enter');
  const result = section.locator('.exercise__result');
  await expect(result).toBeFocused();
  return result;
}

/** Select the option at `index` of a radio group by keyboard, starting with focus on its first radio. */
async function pickRadio(page: Page, index: number) {
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

test.describe('every exercise type by keyboard alone', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SHOWCASE);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  });

  test('single choice', async ({ page }) => {
    const s = await exercise(page, 'showcase-single-choice');
    const result = await solveByKeyboard(page, s, keyOf('showcase-single-choice'));
    await expect(result).toContainText('Your score: 100%');
    await expect(result).toContainText('Your answer is right');
    await expect(s.getByRole('status')).toHaveText(/Checked\. Your score: 100%/);
  });

  test('multiple choice, with feedback for every option and honest names for the counts', async ({ page }) => {
    const s = await exercise(page, 'showcase-multiple-choice');
    const result = await solveByKeyboard(page, s, keyOf('showcase-multiple-choice'));
    await expect(result).toContainText('Your score: 100%');
    await expect(result.locator('.feedback-list li')).toHaveCount(4);
    await expect(result).toContainText('You left it: right');
    await expect(result).toContainText('Right choices2 of 2');
    await expect(result).toContainText('Wrong choices0');
    // Choosing statements is not finding problems: no discernment labels here.
    await expect(result).not.toContainText('Problems found');
    await expect(result).not.toContainText('Sound items left alone');
  });

  test('highlight the phrase: move by word, extend with Shift, mark with Space', async ({ page }) => {
    const s = await exercise(page, 'showcase-highlight');
    await tabTo(page, wordMarker(s));
    const move = async (steps: number, shift = false) => {
      for (let i = 0; i < steps; i++) await page.keyboard.press(shift ? 'Shift+ArrowRight' : 'ArrowRight');
    };
    await move(5); // "triggered"
    await page.keyboard.press('Space');
    await move(7, true); // ... "analytics."
    await move(26); // "Many"
    await page.keyboard.press('Space');
    await move(11, true); // ... "militants,"
    await expect(s.locator('.marked-summary li')).toHaveText(['“triggered a lot of questions from military analytics.”', '“Many experts agree that Ankara is directly involved in harbouring ISIS militants,”']);
    await expect(s.locator('.word').nth(5)).toHaveClass(/word--marked/);
    await expect(wordMarker(s)).toHaveAttribute('aria-valuetext', '“militants,”, marked, word 50 of 69');
    const result = await checkByKeyboard(page, s);
    await expect(result).toContainText('Your score: 100%');
    await expect(result).toContainText('Problems found2 of 2');
    await expect(result.locator('.verdict--right', { hasText: 'Found' })).toHaveCount(2);
  });

  test('classify, including the "no problem here" controls', async ({ page }) => {
    const s = await exercise(page, 'showcase-classify');
    const answers = [3, 0, 2, 1, 3]; // none, unverified, loaded, anonymous, none
    const groups = s.locator('fieldset');
    for (const [i, index] of answers.entries()) {
      await tabTo(page, groups.nth(i).getByRole('radio').first());
      await pickRadio(page, index);
    }
    const result = await checkByKeyboard(page, s);
    await expect(result).toContainText('Your score: 100%');
    await expect(result).toContainText('Sound items left alone2 of 2');
  });

  test('classify scores doubting everything as unbalanced', async ({ page }) => {
    const s = await exercise(page, 'showcase-classify');
    const groups = s.locator('fieldset');
    for (let i = 0; i < 5; i++) {
      await tabTo(page, groups.nth(i).getByRole('radio').first());
      await pickRadio(page, 0); // "Unverified claim" for everything
    }
    const result = await checkByKeyboard(page, s);
    await expect(result).toContainText('Your score: 20%');
    // A wrong category is a miss: only the one unverified claim is found.
    await expect(result).toContainText('Problems found1 of 3');
    await expect(result).toContainText('Sound items left alone0 of 2');
    await expect(result).toContainText('Balance of the two17%');
    await expect(result).toContainText('You flagged sound items as problems twice and let problems pass twice');
  });

  test('compare two versions', async ({ page }) => {
    const s = await exercise(page, 'showcase-compare');
    const result = await solveByKeyboard(page, s, keyOf('showcase-compare'));
    await expect(result).toContainText('Your score: 100%');
  });

  test('rate the source, then see the expert reasons', async ({ page }) => {
    const s = await exercise(page, 'showcase-rate-source');
    const result = await solveByKeyboard(page, s, keyOf('showcase-rate-source'));
    await expect(result).toContainText('Your score: 100%');
    await expect(result).toContainText('An expert would rate it Not reliable to Weak');
    await expect(result).toContainText('Expert reasons you gave3 of 3');
  });

  test('search and judge: the best first click and the fairest conclusion', async ({ page }) => {
    const s = await exercise(page, 'showcase-search-task');
    const result = await solveByKeyboard(page, s, keyOf('showcase-search-task'));
    await expect(result).toContainText('Your score: 100%');
    await expect(result).toContainText('First clickbest');
    await expect(result).toContainText('You opened “Veterans Today” first: a best first click');
  });

  test('search and judge: the result opened first is what counts, the feedback names the better first click, and the order survives a reload', async ({ page }) => {
    const task = keyOf('showcase-search-task');
    if (task.type !== 'search-task') throw new Error('showcase-search-task is not a search task');
    const [first, ...rest] = task.public.results;
    const best = rest.find((r) => task.key.values[r.id] === 'best')!;
    expect(task.key.values[first!.id], 'the showcase’s first result is a poor first click').toBe('poor');
    const s = await exercise(page, 'showcase-search-task');
    await openResultByKeyboard(page, s, first!.id, first!.note.title);
    await openResultByKeyboard(page, s, best.id, best.note.title);
    await expect(s.getByText('Opened 1st')).toHaveCount(1);
    await expect(s.getByText('Opened 2nd')).toHaveCount(1);
    const conclusion = s.getByRole('group', { name: task.public.question });
    await tabTo(page, conclusion.getByRole('radio').first());
    await pickRadio(page, task.public.options.findIndex((o) => o.id === task.key.correct));
    const result = await checkByKeyboard(page, s);
    await expect(result).toContainText('Your score: 50%');
    await expect(result).toContainText(`You opened “${first!.note.title}” first: a poor first click`);
    await expect(result).toContainText(`A best first click ${best.note.title} (you opened it 2nd)`);
    await expect(result).toContainText('Your conclusion is right');
    await page.reload();
    const again = page.locator('section[data-exercise="showcase-search-task"]');
    await again.scrollIntoViewIfNeeded();
    await expect(again.locator('.exercise__result')).toContainText('Your score: 50%');
    await expect(again.getByRole('listitem').filter({ hasText: first!.note.title }).first()).toContainText('Opened 1st');
  });

  test('rewrite neutrally: the check flags a loaded word left in', async ({ page }) => {
    const s = await exercise(page, 'showcase-rewrite');
    await tabTo(page, s.getByRole('textbox'));
    await page.keyboard.type('Abu Muath was one of the most dangerous ISIS security members in the Jazeera region.');
    let result = await checkByKeyboard(page, s);
    // Half for the loaded words (one of two gone), half for the claim's key words (all kept).
    await expect(result).toContainText('Your score: 75%');
    await expect(result).toContainText('Still there “most dangerous”');

    await tabTo(page, s.getByRole('button', { name: 'Try again' }), { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, s.getByRole('textbox'), { back: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('ANHA says Abu Muath was an ISIS security operative in the Jazeera region.');
    await tabTo(page, s.getByRole('checkbox').first());
    await page.keyboard.press('Space');
    result = await checkByKeyboard(page, s);
    await expect(result).toContainText('Your score: 100%');
    await expect(result).toContainText('One neutral version:');
  });

  test('rewrite neutrally: gibberish, a copy or nothing new scores 0 with its reason', async ({ page }) => {
    const s = await exercise(page, 'showcase-rewrite');
    await tabTo(page, s.getByRole('textbox'));
    await page.keyboard.type('asdf');
    let result = await checkByKeyboard(page, s);
    await expect(result).toContainText('Your score: 0%');
    await expect(result).toContainText('Your version leaves out most of the claim, so it scores 0');
    await expect(result).toContainText('“Muath”');

    await tabTo(page, s.getByRole('button', { name: 'Try again' }), { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, s.getByRole('textbox'), { back: true });
    await page.keyboard.press('ControlOrMeta+A');
    const original = keyOf('showcase-rewrite');
    if (original.type !== 'rewrite') throw new Error('showcase-rewrite is not a rewrite');
    await page.keyboard.insertText(original.public.excerpt.text);
    result = await checkByKeyboard(page, s);
    await expect(result).toContainText('Your score: 0%');
    await expect(result).toContainText('Your version is the same as the original');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('read-the-source:progress')!).exercises['showcase-rewrite']);
    expect(saved.score).toBe(0);
    expect(saved.discernment).toBeUndefined();
  });

  test('axe finds nothing on the showcase, answered or not, light and dark', async ({ page }) => {
    // Four full axe runs over the longest page of exercises: under a full parallel run they need more than the default 30 s.
    test.slow();
    for (const id of ['showcase-single-choice', 'showcase-multiple-choice', 'showcase-highlight', 'showcase-classify', 'showcase-compare', 'showcase-rate-source', 'showcase-rewrite']) {
      await exercise(page, id);
    }
    await expectNoAxeViolationsLightAndDark(page);
    const single = page.locator('section[data-exercise="showcase-single-choice"]');
    await single.getByRole('radio').nth(1).check();
    await single.getByRole('button', { name: 'Check my answer' }).click();
    const highlight = page.locator('section[data-exercise="showcase-highlight"]');
    await highlight.locator('.word').nth(0).click();
    await highlight.getByRole('button', { name: 'Check my answer' }).click();
    const classify = page.locator('section[data-exercise="showcase-classify"]');
    for (let i = 0; i < 5; i++) await classify.locator('fieldset').nth(i).getByRole('radio').first().check();
    await classify.getByRole('button', { name: 'Check my answer' }).click();
    await expect(page.locator('.exercise__result')).toHaveCount(3);
    await expectNoAxeViolationsLightAndDark(page);
  });
});

test.describe('every exercise type by pointer', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SHOWCASE);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  });

  async function checkByPointer(section: Locator) {
    await section.getByRole('button', { name: 'Check my answer' }).click();
    return section.locator('.exercise__result');
  }

  test('choice, compare and rate-source types', async ({ page }) => {
    let s = await exercise(page, 'showcase-single-choice');
    await s.getByText('The names of the experts').click();
    let result = await checkByPointer(s);
    await expect(result).toContainText('Your score: 0%');
    await expect(result).toContainText('The answer');

    s = await exercise(page, 'showcase-multiple-choice');
    await s.getByText('The outlet does not vouch').click();
    await s.getByText('The article is false.').click();
    result = await checkByPointer(s);
    // One of two right options, and one of two wrong ones: picking both kinds alike earns nothing.
    await expect(result).toContainText('Your score: 0%');
    await expect(result).toContainText('You missed this one');
    await expect(result).toContainText('Right choices1 of 2');
    await expect(result).toContainText('Wrong choices1');

    s = await exercise(page, 'showcase-compare');
    await s.getByText('VT adds a claim of its own').click();
    await s.getByText('Global Research gives a date').click();
    result = await checkByPointer(s);
    await expect(result).toContainText('Your score: 100%');

    s = await exercise(page, 'showcase-rate-source');
    await s.getByText('3. Fair').click();
    await s.getByText('He is named, so it must be true.').click();
    result = await checkByPointer(s);
    // Rating one step off earns half of the rating's half; the one reason given is a wrong one: (0.5 + 0) / 2.
    await expect(result).toContainText('Your score: 25%');
    await expect(result).toContainText('one step from the expert’s range');
    await expect(result).toContainText('Not a good reason');
  });

  test('highlight by dragging across words, and a false alarm explained', async ({ page }) => {
    const s = await exercise(page, 'showcase-highlight');
    const words = s.locator('.word');
    const drag = async (from: number, to: number) => {
      const a = await words.nth(from).boundingBox();
      const b = await words.nth(to).boundingBox();
      await page.mouse.move(a!.x + 3, a!.y + a!.height / 2);
      await page.mouse.down();
      await page.mouse.move(b!.x + b!.width - 3, b!.y + b!.height / 2, { steps: 8 });
      await page.mouse.up();
    };
    await drag(38, 49);
    await words.nth(13).click(); // "The": not a problem
    const result = await checkByPointer(s);
    await expect(result).toContainText('Found');
    await expect(result).toContainText('Missed');
    await expect(result).toContainText('False alarm “The”');
    const score = Number((await result.locator('.exercise__score strong').textContent())!.match(/(\d+)%/)![1]);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(100);
  });

  test('classify and rewrite', async ({ page }) => {
    let s = await exercise(page, 'showcase-classify');
    const picks = ['No problem here', 'Unverified claim', 'Loaded language', 'Anonymous source', 'No problem here'];
    for (const [i, label] of picks.entries()) await s.locator('fieldset').nth(i).getByText(label).click();
    let result = await checkByPointer(s);
    await expect(result).toContainText('Your score: 100%');

    s = await exercise(page, 'showcase-rewrite');
    await s.getByRole('textbox').fill('Abu Muath was a senior member of ISIS mercenaries in the Jazeera region.');
    result = await checkByPointer(s);
    // One of two loaded words gone, three of four key words kept ("security" is lost).
    await expect(result).toContainText('Your score: 63%');
    await expect(result).toContainText('Still there “mercenaries”');
    await expect(result).toContainText('Missing: “security”');
  });
});

test.describe('saved progress', () => {
  test('an answer survives a reload', async ({ page }) => {
    await page.goto(SHOWCASE);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const s = await exercise(page, 'showcase-single-choice');
    await s.getByText('Nothing. No expert is named').click();
    await s.getByRole('button', { name: 'Check my answer' }).click();
    await page.reload();
    const again = page.locator('section[data-exercise="showcase-single-choice"]');
    await again.scrollIntoViewIfNeeded();
    await expect(again.locator('.exercise__result')).toContainText('Your score: 100%');
    await expect(again.getByRole('radio', { name: /Nothing\. No expert is named/ })).toBeChecked();
  });

  test('garbage in the progress key: the page works and says so', async ({ page }) => {
    await page.goto(SHOWCASE);
    // Let this first visit's islands read storage before the garbage goes in.
    await exercise(page, 'showcase-single-choice');
    await page.evaluate(() => localStorage.setItem('read-the-source:progress', '{"version": 1, "exercises": [oops'));
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('could not be read, so it was set aside');
    await expectNoAxeViolationsLightAndDark(page);
    const s = await exercise(page, 'showcase-single-choice');
    await s.getByText('Nothing. No expert is named').click();
    await s.getByRole('button', { name: 'Check my answer' }).click();
    await expect(s.locator('.exercise__result')).toContainText('Your score: 100%');
    const stored = await page.evaluate(() => ({
      progress: JSON.parse(localStorage.getItem('read-the-source:progress')!),
      setAside: localStorage.getItem('read-the-source:progress:set-aside'),
    }));
    expect(JSON.parse(stored.setAside!).setAside.map((c: { raw: string }) => c.raw)).toEqual(['{"version": 1, "exercises": [oops']);
    expect(stored.progress.exercises['showcase-single-choice'].score).toBe(1);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('damaged progress found first on the course page is announced there and on every later page until dismissed', async ({ page }) => {
    await page.goto('/modules/');
    await page.evaluate(() => localStorage.setItem('read-the-source:progress', '{"version": 1, "exercises": [oops'));
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('could not be read, so it was set aside');
    // A page with no island of its own still tells the student, and so does the next lesson.
    for (const path of ['/documents/', '/modules/claims-without-evidence/']) {
      await page.goto(path);
      await expect(page.getByRole('alert'), path).toContainText('could not be read, so it was set aside');
    }
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.goto('/glossary/');
    await expect(page.locator('[data-progress-notice]')).toBeHidden();
  });

  test('faults in a row keep every damaged copy, and the progress page brings back what one holds', async ({ page }) => {
    await page.goto('/progress/');
    const at = '2026-01-05T10:00:00.000Z';
    const partly = JSON.stringify({
      version: 1,
      exercises: { 'showcase-single-choice': { answer: { choice: 'x' }, score: 1, attempts: 1, updatedAt: at }, broken: { score: 7 } },
      lessons: {},
    });
    // First fault, read by the progress page; then a second one, which must not replace the first copy.
    await page.evaluate((raw) => localStorage.setItem('read-the-source:progress', raw), partly);
    await page.reload();
    await expect(page.locator('tr[data-exercise="showcase-single-choice"]')).toBeVisible();
    await page.evaluate(() => localStorage.setItem('read-the-source:progress', '{cut short'));
    await page.reload();
    await expect(page.locator('tr[data-exercise="showcase-single-choice"]')).toHaveCount(0);

    const copies = page.locator('[data-set-aside]');
    await expect(copies).toHaveCount(2);
    await expect(copies.nth(0)).toContainText('not valid JSON');
    await expect(copies.nth(0).getByRole('button', { name: 'Bring back what it holds' })).toHaveCount(0);
    await expect(copies.nth(1)).toContainText('It holds 1 exercise and 0 lessons this version can read.');
    await expectNoAxeViolationsLightAndDark(page);
    await copies.nth(1).getByRole('button', { name: 'Bring back what it holds' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Brought back 1 exercise and 0 lessons' })).toBeVisible();
    await expect(page.locator('tr[data-exercise="showcase-single-choice"]')).toContainText('100%');
    await page.reload();
    await expect(page.locator('tr[data-exercise="showcase-single-choice"]')).toContainText('100%');

    const downloadPromise = page.waitForEvent('download');
    await copies.nth(0).getByRole('button', { name: 'Save the copy to a file' }).click();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync((await (await downloadPromise).path())!, 'utf8')).toBe('{cut short');
    await copies.nth(0).getByRole('button', { name: 'Delete the copy' }).click();
    await expect(copies).toHaveCount(1);
  });

  test('when the browser refuses to delete, the progress page says so and the progress is still shown', async ({ page }) => {
    await page.goto(SHOWCASE);
    const s = await exercise(page, 'showcase-single-choice');
    await s.getByText('Nothing. No expert is named').click();
    await s.getByRole('button', { name: 'Check my answer' }).click();
    await page.goto('/progress/');
    const row = page.locator('tr[data-exercise="showcase-single-choice"]');
    await expect(row).toContainText('100%');
    // As a locked-down or full storage does: the removal is silently ignored and writes fail.
    await page.evaluate(() => {
      Storage.prototype.removeItem = () => {};
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: 'Delete my progress…' }).click();
    await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'This browser did not delete your progress' })).toBeVisible();
    await expect(row).toContainText('100%');
    await page.reload();
    await expect(row).toContainText('100%');

    await page.getByRole('button', { name: 'Delete my progress…' }).click();
    await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'were deleted from this browser' })).toBeVisible();
    await expect(row).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('read-the-source:')))).toEqual([]);
  });

  test('the progress page lists work, exports, resets, imports, and rejects a bad file', async ({ page }) => {
    await page.goto(SHOWCASE);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const s = await exercise(page, 'showcase-single-choice');
    await s.getByText('Nothing. No expert is named').click();
    await s.getByRole('button', { name: 'Check my answer' }).click();

    const classify = await exercise(page, 'showcase-classify');
    for (let i = 0; i < 5; i++) await classify.locator('fieldset').nth(i).getByRole('radio').first().check();
    await classify.getByRole('button', { name: 'Check my answer' }).click();
    await expect(classify.locator('.exercise__result')).toBeVisible();

    await page.goto('/progress/');
    const row = page.locator('tr[data-exercise="showcase-single-choice"]');
    await expect(row).toContainText('100%');
    // Problem-or-sound judgements only (the sorting exercise), with the lean in plain words.
    const lean = page.locator('tr[data-lean="All exercises"]');
    await expect(lean).toContainText('1 of 3');
    await expect(lean).toContainText('0 of 2');
    await expect(lean).toContainText('no lean either way');
    await expect(page.locator('tr[data-lean="Practice page"]')).toBeVisible();
    await expect(page.getByText(/^2 of \d+ exercises tried\.$/)).toBeVisible();

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save progress to a file' }).click();
    const download = await downloadPromise;
    const saved = await download.path();

    await page.getByRole('button', { name: 'Delete my progress…' }).click();
    await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByText(/^0 of \d+ exercises tried\.$/)).toBeVisible();

    await page.locator('input[type="file"]').setInputFiles(saved);
    await expect(page.getByRole('status').filter({ hasText: 'was added to this browser' })).toBeVisible();
    await expect(row).toContainText('100%');

    await page.locator('input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect(page.getByText('“notes.json” was not loaded. This file is not a progress file from Read the Source.')).toBeVisible();
    await expect(row).toContainText('100%');
    await expectNoAxeViolationsLightAndDark(page);
  });
});

test('with JavaScript off, an exercise shows its question and reveals the answer', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SHOWCASE);
  const s = page.locator('section[data-exercise="showcase-classify"]');
  await expect(s.getByText('For each excerpt, choose what you see.')).toBeVisible();
  const reveal = s.locator('details.reveal');
  await expect(reveal.getByText('A named official speaks on the record')).toBeHidden();
  await reveal.locator('summary').click();
  await expect(reveal.getByText('A named official speaks on the record')).toBeVisible();
  // Nothing can be marked without the script: the passage is there to read, the ways to mark are not offered.
  const highlight = page.locator('section[data-exercise="showcase-highlight"]');
  await expect(highlight.locator('blockquote.passage')).toContainText('The incident of al-Quraishi elimination');
  await expect(highlight.getByRole('radio')).toHaveCount(0);
  await expect(highlight.getByRole('slider')).toHaveCount(0);
  await context.close();
});

test.describe('used before its script has arrived, as on a slow connection', () => {
  // The service worker would serve the island from its cache, past the held request.
  test.use({ serviceWorkers: 'block' });

  /** Hold every exercise island's script until the returned function is called. */
  async function holdIslandScript(page: Page): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/ExerciseIsland\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    return release;
  }

  test('a rewrite typed before the script runs is kept, and its box keeps focus', async ({ page }) => {
    const release = await holdIslandScript(page);
    await page.goto(SHOWCASE);
    const s = page.locator('section[data-exercise="showcase-rewrite"]');
    const box = s.getByRole('textbox');
    await tabTo(page, box, { limit: 150 });
    await page.keyboard.type('Abu Muath was');
    await page.keyboard.press('Home');
    await expect(s.getByText('Checking your answer needs JavaScript')).toBeVisible();
    release();
    await expect(s.getByRole('button', { name: 'Check my answer' })).toBeVisible();
    await expect(box).toHaveValue('Abu Muath was');
    await expect(box).toBeFocused();
    // The caret is still where the student left it.
    await page.keyboard.type('ANHA says ');
    await page.keyboard.press('End');
    await page.keyboard.type(' an ISIS security operative in the Jazeera region.');
    await expect(box).toHaveValue('ANHA says Abu Muath was an ISIS security operative in the Jazeera region.');
    // The island's own state holds the whole text, not just the box: the check scores all of it.
    const result = await checkByKeyboard(page, s);
    await expect(result).toContainText('Gone “most dangerous”');
  });

  test('a choice made before the script runs stays chosen and focused', async ({ page }) => {
    const release = await holdIslandScript(page);
    await page.goto(SHOWCASE);
    const s = page.locator('section[data-exercise="showcase-single-choice"]');
    const radios = s.getByRole('radio');
    await tabTo(page, radios.first());
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(1)).toBeChecked();
    await expect(s.getByText('Checking your answer needs JavaScript')).toBeVisible();
    release();
    await expect(s.getByRole('button', { name: 'Check my answer' })).toBeVisible();
    await expect(radios.nth(1)).toBeChecked();
    await expect(radios.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(2)).toBeChecked();
    const chosen = (await s.locator('label.option').nth(2).textContent())!;
    const result = await checkByKeyboard(page, s);
    await expect(result.locator('li', { hasText: 'Your answer' })).toContainText(chosen);
  });
});

/** Every word's box, in passage order. */
const wordBoxes = (section: Locator) =>
  section.locator('.word').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    }),
  );

test('highlight: ArrowDown and ArrowUp move to the nearest word on the next or previous line', async ({ page }) => {
  await page.goto(SHOWCASE);
  const s = await exercise(page, 'showcase-highlight');
  await tabTo(page, wordMarker(s));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const boxes = await wordBoxes(s);
  const start = boxes[3]!;
  const centre = (start.left + start.right) / 2;
  const nextLineTop = Math.min(...boxes.filter((b) => b.top >= start.bottom).map((b) => b.top));
  const nextLine = boxes.flatMap((b, i) => (b.top === nextLineTop ? [i] : []));
  const gap = (i: number) => Math.max(boxes[i]!.left - centre, centre - boxes[i]!.right, 0);
  const nearest = nextLine.reduce((best, i) => (gap(i) < gap(best) ? i : best));
  await page.keyboard.press('ArrowDown');
  await expect(s.locator('.word').nth(nearest)).toHaveClass(/word--cursor/);
  await expect(wordMarker(s)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(s.locator('.word').nth(3)).toHaveClass(/word--cursor/);
  // Shift stretches the mark over the whole line between.
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  expect(await markedWords(s)).toEqual(Array.from({ length: nearest - 3 + 1 }, (_, k) => 3 + k));
});

test.describe('highlight on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** A finger's path through the points, in steps of about 5 px, as Chromium's touch input. */
  async function touchPath(page: Page, points: { x: number; y: number }[]) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [points[0]!] });
    for (const [i, to] of points.slice(1).entries()) {
      const from = points[i]!;
      const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 5);
      for (let step = 1; step <= steps; step++) {
        const x = from.x + ((to.x - from.x) * step) / steps;
        const y = from.y + ((to.y - from.y) * step) / steps;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      }
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  test.beforeEach(async ({ page }) => {
    await page.goto(SHOWCASE);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  });

  test('dragging a finger sideways across words marks every word it crosses, and on down the lines', async ({ page }) => {
    const s = await exercise(page, 'showcase-highlight');
    let boxes = await wordBoxes(s);
    // The words of the passage's second line.
    const lineTop = Math.min(...boxes.filter((b) => b.top >= boxes[0]!.bottom).map((b) => b.top));
    const line = boxes.flatMap((b, i) => (b.top === lineTop ? [i] : []));
    expect(line.length).toBeGreaterThanOrEqual(4);
    const [first, last] = [line[0]!, line.at(-1)!];
    const middle = (i: number) => ({ x: (boxes[i]!.left + boxes[i]!.right) / 2, y: (boxes[i]!.top + boxes[i]!.bottom) / 2 });
    await touchPath(page, [middle(first), middle(last)]);
    expect(await markedWords(s)).toEqual(line);
    // A drag that began sideways may go on down the lines: from the first word of this line to the second word of the next.
    // Tapping the button may scroll the page down to it: bring the passage back and take the words' places again.
    await s.getByRole('button', { name: 'Clear my marks' }).click();
    await expect(s.locator('.marked-summary')).toContainText('You have not marked anything yet.');
    await s.locator('.passage').scrollIntoViewIfNeeded();
    boxes = await wordBoxes(s);
    const below = last + 2;
    await touchPath(page, [middle(first), middle(first + 1), middle(below)]);
    expect(await markedWords(s)).toEqual(Array.from({ length: below - first + 1 }, (_, k) => first + k));
  });

  test('a finger swiping up the passage scrolls the page and marks nothing', async ({ page }) => {
    const s = await exercise(page, 'showcase-highlight');
    const word = (await s.locator('.word').nth(20).boundingBox())!;
    const scrolled = await page.evaluate(() => scrollY);
    const x = word.x + word.width / 2;
    const y = word.y + word.height / 2;
    await touchPath(page, [{ x, y }, { x, y: y - 300 }]);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 100);
    expect(await markedWords(s)).toEqual([]);
  });

  test('every word is a target of at least 24 by 24 px (WCAG 2.5.8)', async ({ page }) => {
    const s = await exercise(page, 'showcase-highlight');
    const small = (await wordBoxes(s)).flatMap((b, i) => (b.width < 24 || b.height < 24 ? [`word ${i}: ${b.width.toFixed(1)} x ${b.height.toFixed(1)}`] : []));
    expect(small).toEqual([]);
  });
});
