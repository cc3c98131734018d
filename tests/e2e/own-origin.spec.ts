import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site-pages';

/** Answer each exercise on the page once, roughly, so every island's code and data load and run. */
async function operateExercises(page: Page) {
  const sections = page.locator('astro-island section[data-exercise]');
  const count = await sections.count();
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    await section.scrollIntoViewIfNeeded();
    const check = section.getByRole('button', { name: 'Check my answer' });
    await expect(check).toBeVisible();
    const type = await section.getAttribute('data-type');
    if (type === 'highlight') await section.locator('.word').first().click();
    else if (type === 'rewrite') await section.getByRole('textbox').fill('A neutral sentence.');
    else if (type === 'classify') for (const group of await section.locator('fieldset').all()) await group.getByRole('radio').first().check();
    else if (type === 'rate-source') {
      await section.getByRole('radio').first().check();
      await section.getByRole('checkbox').first().check();
    } else await section.locator('input').first().check();
    await check.click();
    await expect(section.locator('.exercise__result')).toBeVisible();
  }
}

for (const path of builtPages()) {
  test(`${path}: every request stays on the site's origin, no console errors, exercises run`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(path, { waitUntil: 'networkidle' });
    const highlight = page.locator('.hl__link').first();
    if (await highlight.count()) await highlight.click();
    await operateExercises(page);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}
