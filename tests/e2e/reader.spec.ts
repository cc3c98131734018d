import { expect, test } from '@playwright/test';

const READER = '/documents/vt-asylum-for-isis/';

test.describe('annotated reader', () => {
  test('opens a note from a highlight by keyboard alone, and closes it with Escape', async ({ page }) => {
    await page.goto(READER);
    const first = page.locator('.hl__link').first();
    // Tab from the top of the page until the first highlight has focus.
    await page.locator('body').focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await first.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');

    const card = page.locator('#note-card');
    await expect(card).toBeVisible();
    await expect(card).toBeFocused();
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    const id = await first.getAttribute('data-note');
    const explanation = await page.locator(`#note-${id} [data-note-body] p`).nth(2).textContent();
    await expect(card).toContainText(explanation!.trim());
    await expect(card).toContainText('Check:');

    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(first).toBeFocused();

    // Space works too, as on a button.
    await page.keyboard.press(' ');
    await expect(card).toBeVisible();
  });

  test('announces each highlight with its technique', async ({ page }) => {
    await page.goto(READER);
    const link = page.locator('#vt-experts-agree .hl__link');
    await expect(link).toHaveAccessibleName(/^Unverified claim, note \d+: Many experts agree/);
  });

  test('switches one layer off and on, and hides every layer at once', async ({ page }) => {
    await page.goto(READER);
    const loaded = page.locator('.hl[data-technique="loaded-language"]');
    const count = await loaded.count();
    expect(count).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: /Loaded language/ }).uncheck();
    await expect(page.locator('.hl.is-off[data-technique="loaded-language"]')).toHaveCount(count);
    await expect(loaded.first().locator('.hl__link')).toHaveAttribute('tabindex', '-1');
    await expect(loaded.first().locator('.hl__code')).toBeHidden();
    await expect(page.locator('.hl.is-off[data-technique="unverified-claim"]')).toHaveCount(0);

    await page.getByRole('checkbox', { name: /Loaded language/ }).check();
    await expect(page.locator('.hl.is-off')).toHaveCount(0);

    await page.getByRole('button', { name: 'Hide all' }).click();
    await expect(page.locator('.hl:not(.is-off)')).toHaveCount(0);
    await expect(page.locator('[data-layer-status]')).toHaveText('All highlights hidden.');
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page.locator('.hl.is-off')).toHaveCount(0);
  });

  test('opens a mouse-clicked highlight and moves to the next one', async ({ page }) => {
    await page.goto(READER);
    await page.locator('.hl__link').first().click();
    await expect(page.locator('#note-card')).toBeVisible();
    const second = page.locator('.hl__link').nth(1);
    await second.click();
    await expect(page.locator('#note-card')).toHaveCount(1);
    await expect(second).toHaveAttribute('aria-expanded', 'true');
  });

  test('a deep link to an annotation scrolls to it and opens it', async ({ page }) => {
    await page.goto(`${READER}#vt-experts-agree`);
    const card = page.locator('#note-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Unverified claim');
    await expect(page.locator('#vt-experts-agree')).toBeInViewport();
  });

  test("says whose loaded words they are: a commenter's are never the author's", async ({ page }) => {
    await page.goto(`${READER}#vt-two-faced-merdogan`);
    const card = page.locator('#note-card');
    await expect(card).toContainText("Loaded language · A reader's comment, not the author's words");
    await expect(card).not.toContainText("The author's own words");
  });

  test('shows a named prisoner as a source not free to speak, never as an anonymous one', async ({ page }) => {
    await page.goto('/documents/ypg-daesh-militants-salvation/#ypg-al-qadr-shares');
    const card = page.locator('#note-card');
    await expect(card).toContainText('Source not free to speak');
    await expect(card).not.toContainText('Anonymous source');
    await expect(page.locator('#ypg-al-qadr-shares .hl__link')).toHaveAccessibleName(/^Source not free to speak, note \d+:/);
  });

  test('reads with JavaScript off: highlights link to numbered notes', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(READER);
    const note = page.locator('#note-vt-experts-agree');
    await expect(note).toBeVisible();
    await page.locator('#vt-experts-agree .hl__link').click();
    await expect(page).toHaveURL(/#note-vt-experts-agree$/);
    await expect(note).toBeInViewport();
    await expect(note).toContainText('Check:');
    await context.close();
  });

  test('every document page shows its parts and its notes', async ({ page }) => {
    await page.goto('/documents/');
    const links = await page.locator('.doc-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(5);
    for (const href of links) {
      await page.goto(href);
      await expect(page.locator('h1')).toBeVisible();
      expect(await page.locator('.part').count()).toBeGreaterThan(1);
      expect(await page.locator('.hl').count()).toBeGreaterThanOrEqual(12);
    }
  });
});
