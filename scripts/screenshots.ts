/**
 * Screenshots of one page of every type at phone and desktop widths, light and dark, for a person
 * to look at (not a test). usage: node scripts/screenshots.ts [out-dir] [path …]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/browser.ts';
import { serve } from './lib/serve.ts';
import { PAGE_TYPES as PAGES } from '../tests/helpers/page-types.ts';

const [outDir = 'screenshots', ...only] = process.argv.slice(2);

mkdirSync(outDir, { recursive: true });
const site = await serve('dist');
const browser = await launchChromium();
const entries = Object.entries(PAGES).filter(([name, path]) => !only.length || only.includes(name) || only.includes(path));
for (const [name, path] of entries) {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      if (name === 'search') await page.waitForSelector('#search-results li', { timeout: 5000 }).catch(() => {});
      await page.screenshot({ path: join(outDir, `${name}-${width}-${scheme}.png`), fullPage: process.env.FULL_PAGE === '1' });
      await page.close();
    }
  }
}
await browser.close();
await site.close();
console.log(`screenshots of ${entries.length} page types written to ${outDir}/`);
