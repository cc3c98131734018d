import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
const mod = 'claims-without-evidence';
const pre = ['m1-pre-sort', 'm1-pre-highlight', 'm1-pre-headline'];
const post = ['m1-post-sort', 'm1-post-highlight', 'm1-post-headline'];
const delayed = JSON.parse(process.env.DELAYED);
const t0 = '2026-09-01T09:00:00.000Z';
const e = (score, d) => ({ answer: null, score, attempts: 1, updatedAt: t0, ...(d ? { discernment: d } : {}) });
const record = { version: 3, lessons: {}, reviews: {}, exercises: {
  ...Object.fromEntries(pre.map((id, i) => [id, e(0.4, [1, 2, 1, 2])])),
  ...Object.fromEntries(post.map((id) => [id, e(0.8, [3, 0, 2, 1])])),
  ...Object.fromEntries(delayed.map((id) => [id, e(0.7, [2, 1, 3, 0])])),
} };
mkdirSync('/tmp/s14', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const sizes = { w320: { width: 320, height: 800 }, w390: { width: 390, height: 844 }, desk: { width: 1280, height: 900 } };
const pages = (process.env.PAGES ?? '/,/review/,/review/claims-without-evidence/,/modules/claims-without-evidence/,/progress/').split(',');
for (const path of pages) for (const [sn, viewport] of Object.entries(sizes)) for (const cs of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport, colorScheme: cs });
  const page = await ctx.newPage();
  await page.clock.setFixedTime(new Date(process.env.NOW ?? '2026-09-24T10:00:00Z'));
  await page.addInitScript((raw) => { if (!localStorage.getItem('read-the-source:progress')) localStorage.setItem('read-the-source:progress', raw); }, JSON.stringify(record));
  await page.goto('http://localhost:4321' + path);
  await page.waitForTimeout(600);
  const sel = process.env.SEL;
  if (sel && await page.locator(sel).count()) await page.locator(sel).first().scrollIntoViewIfNeeded();
  const name = `/tmp/s14/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${sn}-${cs}.png`;
  await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
  await ctx.close();
}
await browser.close();
