import { expect, test } from '@playwright/test';

test('search finds an annotation and links to its exact place, where the note opens', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('.pagefind-ui__search-input').fill('Turkish patch');
  const sub = page.locator('.pagefind-ui__result-nested a[href*="#about-"]').first();
  await expect(sub).toBeVisible();
  const href = (await sub.getAttribute('href'))!;
  await sub.click();
  await expect(page).toHaveURL(new RegExp(`${href.split('#')[1]}$`));
  await expect(page.locator('#note-card')).toBeVisible();
});

test('search finds lessons and glossary entries, from a box with a visible label', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('label', { hasText: 'Search the course' })).toBeVisible();
  await page.getByLabel('Search the course').fill('scare quotes');
  // Results arrive one by one as their fragments load: wait for each kind rather than read the first few.
  await expect(page.locator('.pagefind-ui__result a[href^="/glossary/"]').first()).toBeVisible();
  await expect(page.locator('.pagefind-ui__result a[href^="/modules/"]').first()).toBeVisible();
});

test('without JavaScript the search page offers a static index', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByRole('link', { name: /Document 003/ })).toBeVisible();
  await context.close();
});

test('search excerpts read as the page reads: no screen-reader labels, note codes or back links, and every sub-result has a title', async ({ page }) => {
  await page.goto('/search/');
  const problems = await page.evaluate(async () => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    const found: string[] = [];
    // Words inside highlights and notes, where the hidden labels and the codes sit.
    for (const query of ['Turkey', 'ISIS', 'source', 'comment', 'chosen name']) {
      const search = await pagefind.search(query);
      for (const hit of search.results.slice(0, 30)) {
        const data = await hit.data();
        const text = data.excerpt.replace(/<\/?mark>/g, '');
        if (/, note \d+:|Back to the text|[a-z”.][UAFLCXPNHWR]\d+\b/.test(text)) found.push(`${data.url}: ${text.slice(0, 100)}`);
        for (const sub of data.sub_results) if (!sub.title?.trim()) found.push(`${sub.url}: a sub-result with no title`);
      }
    }
    return found;
  });
  expect(problems).toEqual([]);
});
