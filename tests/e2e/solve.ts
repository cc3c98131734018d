import { expect, type Locator, type Page } from '@playwright/test';
import type { Exercise } from '../../src/lib/exercises/types';
import { tabTo, wordMarker } from './helpers';

async function pickRadio(page: Page, group: Locator, index: number) {
  await tabTo(page, group.getByRole('radio').first());
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio').nth(index)).toBeChecked();
}

async function tickCheckboxes(page: Page, section: Locator, shouldTick: boolean[]) {
  const boxes = section.getByRole('checkbox');
  await tabTo(page, boxes.first());
  for (const [i, tick] of shouldTick.entries()) {
    if (tick) await page.keyboard.press('Space');
    if (i < shouldTick.length - 1) await page.keyboard.press('Tab');
  }
}

/** Open a search result by keyboard: focus lands on the page it opens; "Back to the results" returns focus to the result. */
export async function openResultByKeyboard(page: Page, section: Locator, id: string, title: string) {
  // By id: mirrors of one page can share a title.
  const result = section.locator(`[data-result="${id}"]`).getByRole('button', { name: title, exact: true });
  await tabTo(page, result);
  await page.keyboard.press('Enter');
  await expect(section.getByRole('region', { name: `Opened page: ${title}` }).getByRole('heading', { name: title, exact: true })).toBeFocused();
  await tabTo(page, section.getByRole('button', { name: 'Back to the results' }));
  await page.keyboard.press('Enter');
  await expect(result).toBeFocused();
}

/** Answer an exercise correctly from its key, by keyboard alone, and check it. Returns the result panel. */
export async function solveByKeyboard(page: Page, section: Locator, exercise: Exercise): Promise<Locator> {
  switch (exercise.type) {
    case 'single-choice':
      await pickRadio(page, section, exercise.public.options.findIndex((o) => o.id === exercise.key.correct));
      break;
    case 'multiple-choice':
    case 'compare':
      await tickCheckboxes(page, section, exercise.public.options.map((o) => exercise.key.correct.includes(o.id)));
      break;
    case 'highlight': {
      await tabTo(page, wordMarker(section));
      let at = 0;
      for (const target of [...exercise.key.targets].sort((a, b) => a.from - b.from)) {
        for (; at < target.from; at++) await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Space');
        for (; at < target.to - 1; at++) await page.keyboard.press('Shift+ArrowRight');
      }
      break;
    }
    case 'classify': {
      const groups = section.locator('fieldset');
      for (const [i, item] of exercise.public.items.entries()) {
        await pickRadio(page, groups.nth(i), exercise.public.categories.indexOf(exercise.key.answers[item.id]!));
      }
      break;
    }
    case 'rate-source':
      await pickRadio(page, section.locator('fieldset').first(), exercise.key.rating.min - 1);
      await tickCheckboxes(page, section, exercise.public.reasons.map((r) => exercise.key.expertReasons.includes(r.id)));
      break;
    case 'search-task': {
      const best = exercise.public.results.find((r) => exercise.key.values[r.id] === 'best')!;
      await openResultByKeyboard(page, section, best.id, best.note.title);
      await pickRadio(page, section.getByRole('group', { name: exercise.public.question }), exercise.public.options.findIndex((o) => o.id === exercise.key.correct));
      break;
    }
    case 'rewrite':
      await tabTo(page, section.getByRole('textbox'));
      await page.keyboard.type(exercise.key.modelAnswer);
      await tickCheckboxes(page, section, exercise.public.checklist.map(() => true));
      break;
  }
  await tabTo(page, section.getByRole('button', { name: 'Check my answer' }));
  await page.keyboard.press('Enter');
  const result = section.locator('.exercise__result');
  await expect(result).toBeFocused();
  return result;
}
