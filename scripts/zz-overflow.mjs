import { chromium } from 'playwright-core';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
const pages = []; const walk = (d) => { for (const n of readdirSync(d)) { const f = join(d, n); if (statSync(f).isDirectory()) walk(f); else if (n === 'index.html') pages.push('/' + relative('dist', d) + (relative('dist', d) ? '/' : '')); } }; walk('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
for (const p of pages.sort()) {
  await page.goto('http://localhost:4321' + p.replace('//', '/'));
  await page.waitForTimeout(150);
  const r = await page.evaluate(() => { const w = document.documentElement.scrollWidth; let culprit = ''; if (w > 320) { for (const el of document.querySelectorAll('body *')) { const b = el.getBoundingClientRect(); if (b.right > 321 && b.width > 0) { culprit = el.tagName + '.' + el.className + ' ' + Math.round(b.right); break; } } } return { w, culprit }; });
  if (r.w > 320) console.log(p, r.w, r.culprit);
}
await browser.close();
