// Screenshots of built pages at phone and desktop width, light and dark, for a person to look at.
// Usage: node scripts/screenshots.mjs http://localhost:4321 /documents/ [/more/paths...]  (writes to ./screenshots/)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [origin, ...paths] = process.argv.slice(2);
if (!origin || paths.length === 0) {
  console.error('usage: node scripts/screenshots.mjs <origin> <path> [path...]');
  process.exit(2);
}
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const sizes = { narrow: { width: 320, height: 700 }, phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
for (const path of paths) {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(origin + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${sizeName}-${colorScheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
      await page.close();
      console.log(`screenshots/${name}`);
    }
  }
}
await browser.close();
