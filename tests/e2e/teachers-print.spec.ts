import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { loadCourseContent } from '../../src/content/load-content';
import { reviewItemsOf } from '../../src/content/schemas';
import { STANDARDS } from '../../src/lib/standards';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const modules = [...content.course.modules.values()].sort((a, b) => a.data.order - b.data.order);
const lessons = [...content.course.lessons.values()];

// One lesson to print: the first lesson of module 2.
const module2 = modules.find((m) => m.data.order === 2)!;
const lesson = lessons.filter((l) => l.data.module === module2.id).sort((a, b) => a.data.order - b.data.order)[0]!;
const WORKSHEET = `/teachers/worksheets/${module2.id}/${lesson.slug}/`;
const WORKSHEET_KEY = `${WORKSHEET}answers/`;

/** Words of the site's own navigation and on-screen controls, which must not reach paper. */
const SCREEN_ONLY = ['Skip to content', 'Source library', 'My progress', 'Print this'];
const PAPERS = ['A4', 'Letter'] as const;
const MAX_PAGES = 8;

const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** The PDF's text, by poppler's pdftotext. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'rts-pdf-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every explanation the key of an exercise holds, from the exercise data. */
function explanationsOf(id: string): string[] {
  const exercise = content.exercises.get(id)!.exercise;
  const key = exercise.key;
  switch (key.type) {
    case 'highlight':
      return [...key.targets, ...key.controls].map((s) => s.explanation);
    case 'rate-source':
      return [key.ratingExplanation, ...Object.values(key.feedback)];
    case 'rewrite':
      return [...key.loadedWords.map((w) => w.why), key.modelAnswer];
    default:
      return Object.values(key.feedback);
  }
}

async function printed(page: Page, path: string) {
  await page.goto(path);
  const pdfs = [];
  for (const format of PAPERS) {
    const pdf = await page.pdf({ format });
    pdfs.push({ format, pages: pageCount(pdf), text: normalise(pdfText(pdf)) });
  }
  return pdfs;
}

test.describe('teacher guide', () => {
  test('shows, for every module in order, minutes, documents, standards with wording and the printables', async ({ page }) => {
    await page.goto('/teachers/');
    await expect(page.getByRole('heading', { level: 1, name: 'Teacher guide' })).toBeVisible();
    for (const name of ['How to use this site', 'Build an assignment', 'Read students’ results', 'Privacy']) {
      await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toBeVisible();
    }
    const sections = page.locator('section[data-module]');
    await expect(sections).toHaveCount(modules.length);
    expect(await sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-module')))).toEqual(modules.map((m) => m.id));

    for (const m of modules) {
      const section = page.locator(`section[data-module="${m.id}"]`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(m.data.title);
      await expect(section.locator('[data-glance="time"]')).toContainText(`${m.data.minutes} minutes`);

      const own = lessons.filter((l) => l.data.module === m.id).sort((a, b) => a.data.order - b.data.order);
      const rows = section.locator('[data-part="lessons"] tbody tr');
      await expect(rows).toHaveCount(own.length + 2);
      for (const [i, l] of own.entries()) {
        const row = rows.nth(i + 1);
        await expect(row.locator('td').nth(0)).toHaveText(String(l.data.minutes));
        await expect(row.locator('td').nth(1)).toHaveText(String(l.exercises.length));
        await expect(row.locator(`a[href$="/teachers/worksheets/${m.id}/${l.slug}/"]`)).toHaveCount(1);
        await expect(row.locator(`a[href$="/teachers/worksheets/${m.id}/${l.slug}/answers/"]`)).toHaveCount(1);
      }
      await expect(section.locator('[data-part="lessons"] tfoot td').first()).toHaveText(String(m.data.minutes));

      const documents = section.locator('[data-part="documents"] a');
      await expect(documents).toHaveCount(m.data.documents.length);
      for (const id of m.data.documents) await expect(section.locator(`[data-part="documents"] a[href$="/documents/${id}/"]`)).toHaveCount(1);

      const standards = section.locator('[data-part="standards"] dl > div');
      await expect(standards).toHaveCount(m.data.standards.length);
      for (const [i, { code, fit }] of m.data.standards.entries()) {
        await expect(standards.nth(i).locator('dt')).toHaveText(STANDARDS[code].officialCode);
        await expect(standards.nth(i).locator('dd')).toContainText(STANDARDS[code].text);
        await expect(standards.nth(i).locator('dd')).toContainText(fit);
      }

      for (const href of [`/modules/${m.id}/`, `/teachers/answer-keys/${m.id}/`, `/modules/${m.id}/checklist/`]) {
        await expect(section.locator(`.guide-links a[href$="${href}"]`)).toHaveCount(1);
      }
      if (m.data.contentNotes.length > 0) await expect(section.locator('[data-glance="content-notes"] li')).toHaveCount(m.data.contentNotes.length);
    }
  });

  test('every link on it leads to a page of the site', async ({ page, request }) => {
    await page.goto('/teachers/');
    const hrefs = [...new Set(await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))];
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  });
});

test.describe('answer keys', () => {
  test('a module key lists every exercise in course order (the delayed check and the reviews last), with its explanations, and ships no island', async ({ page }) => {
    const m = module2;
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`/teachers/answer-keys/${m.id}/`);
    const own = lessons.filter((l) => l.data.module === m.id).sort((a, b) => a.data.order - b.data.order);
    const order = [...m.data.preCheck, ...own.flatMap((l) => l.exercises), ...m.data.postCheck, ...m.data.delayedCheck, ...reviewItemsOf(m.data)];
    expect(await page.locator('.key-exercise').evaluateAll((els) => els.map((el) => el.getAttribute('data-exercise')))).toEqual(order);
    for (const id of order) {
      const text = normalise((await page.locator(`.key-exercise[data-exercise="${id}"] .key-exercise__answer`).textContent()) ?? '');
      for (const explanation of explanationsOf(id)) expect(text, `${id}`).toContain(normalise(explanation));
    }
    // Rendered on the server: no island, so no React and no exercise code reach the browser.
    await expect(page.locator('astro-island')).toHaveCount(0);
    expect(scripts.filter((url) => /client\.|react|Island|Views/i.test(url))).toEqual([]);
  });
});

test.describe('printing', () => {
  test('a worksheet prints on A4 and Letter without the site’s chrome, and holds no answers', async ({ page }) => {
    await page.goto(WORKSHEET);
    const first = lesson.exercises[0]!;
    for (const explanation of explanationsOf(first)) await expect(page.locator('main')).not.toContainText(explanation);
    await expect(page.getByText('Name', { exact: true })).toBeVisible();

    for (const pdf of await printed(page, WORKSHEET)) {
      expect(pdf.pages, `${pdf.format} pages`).toBeGreaterThanOrEqual(1);
      expect(pdf.pages, `${pdf.format} pages`).toBeLessThanOrEqual(MAX_PAGES);
      for (const words of SCREEN_ONLY) expect(pdf.text, `${pdf.format}: "${words}"`).not.toContain(words);
      expect(pdf.text).toContain(lesson.data.title);
      expect(pdf.text).toContain('Name');
      expect(pdf.text).toContain('Tick');
    }
  });

  test('short exercises share a printed sheet: a module’s worksheets take fewer A4 pages than they have exercises', async ({ page }) => {
    const own = lessons.filter((l) => l.data.module === module2.id);
    let pages = 0;
    let exercises = 0;
    for (const l of own) {
      await page.goto(`/teachers/worksheets/${module2.id}/${l.slug}/`);
      exercises += await page.locator('.ws-exercise').count();
      pages += pageCount(await page.pdf({ format: 'A4' }));
    }
    expect(exercises).toBeGreaterThan(own.length);
    expect(pages, `${exercises} exercises`).toBeLessThan(exercises);
  });

  test('a worksheet’s answer key prints on A4 and Letter with the explanations from the exercise data', async ({ page }) => {
    for (const pdf of await printed(page, WORKSHEET_KEY)) {
      expect(pdf.pages, `${pdf.format} pages`).toBeGreaterThanOrEqual(1);
      expect(pdf.pages, `${pdf.format} pages`).toBeLessThanOrEqual(MAX_PAGES);
      for (const words of SCREEN_ONLY) expect(pdf.text, `${pdf.format}: "${words}"`).not.toContain(words);
      for (const id of lesson.exercises) {
        expect(pdf.text, `${pdf.format}: explanation of ${id}`).toContain(normalise(explanationsOf(id)[0]!));
      }
    }
  });

  test('an answer key prints the questions without the instructions for answering them on screen', async ({ page }) => {
    const path = `/teachers/answer-keys/${module2.id}/`;
    await page.goto(path);
    await expect(page.locator('.key-exercise[data-type="highlight"]').first()).toBeVisible();
    for (const pdf of await printed(page, path)) {
      for (const words of ['Select words by tapping', 'Tap a word to mark it', 'read it in place', 'You have not marked anything yet', 'Word marker', 'clause by clause']) {
        expect(pdf.text, `${pdf.format}: "${words}"`).not.toContain(words);
      }
    }
  });

  test('the print button prints, and is not printed', async ({ page }) => {
    await page.goto(WORKSHEET);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    const button = page.getByRole('button', { name: 'Print this worksheet' });
    await expect(button).toBeVisible();
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(button).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.teachers-crumbs')).toBeHidden();
  });

  test('the unit overview prints on one page, A4 and Letter, with every module and its minutes', async ({ page }) => {
    for (const pdf of await printed(page, '/teachers/overview/')) {
      expect(pdf.pages, `${pdf.format} pages`).toBe(1);
      for (const words of SCREEN_ONLY) expect(pdf.text, `${pdf.format}: "${words}"`).not.toContain(words);
      for (const m of modules) expect(pdf.text, `${pdf.format}: ${m.id}`).toContain(normalise(`${m.data.title} (${m.data.minutes} minutes)`));
    }
  });

  test("each module's class plans give every lesson a 45 to 50 minute class, minute by minute", async ({ page }) => {
    for (const m of modules) {
      await page.goto(`/teachers/plans/${m.id}/`);
      for (const l of lessons.filter((x) => x.data.module === m.id)) {
        const plan = page.locator(`section#${l.slug}`);
        const steps = l.data.classPlan;
        await expect(plan.locator('tbody tr')).toHaveCount(steps.length);
        const total = steps.reduce((sum, s) => sum + s.minutes, 0);
        expect(total, l.id).toBeGreaterThanOrEqual(45);
        expect(total, l.id).toBeLessThanOrEqual(50);
        await expect(plan.locator('tbody tr').last().locator('th')).toHaveText(`${total - steps.at(-1)!.minutes}–${total}`);
      }
    }
  });

  test('every rewrite in an answer key carries its marking rubric: a strong, a partial and a weak answer', async ({ page }) => {
    for (const m of modules) {
      await page.goto(`/teachers/answer-keys/${m.id}/`);
      for (const section of await page.locator('.key-exercise[data-type="rewrite"]').all()) {
        const rubric = section.locator('.rubric');
        await expect(rubric.locator('dt')).toHaveText(['Strong', 'Partial', 'Weak']);
        await expect(rubric.locator('.rubric__answer')).toHaveCount(3);
      }
    }
  });
});

test.describe('the print bar on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('does not move the page when its script runs, and without scripts gives way to the Print command', async ({ page, browser }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(WORKSHEET_KEY);
    await expect(page.getByRole('button', { name: /Print/ })).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const noScript = await context.newPage();
    await noScript.goto(WORKSHEET_KEY);
    await expect(noScript.getByRole('button', { name: /Print/ })).toBeHidden();
    await expect(noScript.getByText('You can also use your browser’s Print command')).toBeVisible();
    await context.close();
  });
});
