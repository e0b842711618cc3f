/**
 * What each page type makes a reader download in script before anything is clicked: the module
 * scripts it names and everything they import statically (dynamic imports, such as Pagefind's
 * and the search dropdown's, load later). A library pulled in by accident shows up here: the
 * search page once carried pinyin-pro's dictionary (about 130 KB gzip) through one constant.
 * `npm run bench` measures the whole eager weight (HTML, CSS and script) in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, root } from '../helpers/dist.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';

/** Half the 20 KB eager budget of a page (README, Performance): the rest is its HTML and CSS. */
const SCRIPT_BUDGET = 10 * 1024;

/** A built script and the scripts it imports statically, each once. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    staticClosure(join(file, '..', spec!), seen);
  }
  return seen;
}

describe('eager script weight', () => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    it(`${name}: at most ${SCRIPT_BUDGET / 1024} KB gzip of script before any interaction`, () => {
      const page = root.page(path.replace(/\?.*$/, '').replace(/^\/no-such-page\/$/, '/404.html'));
      const entries = page.$('script[type="module"][src]').map((_, el) => page.$(el).attr('src')!).get();
      expect(entries.length).toBeGreaterThan(0);
      const files = new Set(entries.flatMap((src) => [...staticClosure(src.replace(/^\//, ''))]));
      const bytes = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
      expect(bytes, [...files].join(', ')).toBeLessThanOrEqual(SCRIPT_BUDGET);
    });
  }
});
