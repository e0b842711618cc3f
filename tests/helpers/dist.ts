/**
 * The built site as tests see it: every HTML page parsed once, with its links and element ids.
 * `npm test` builds right before the tests run, so this is never a stale dist/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { filesUnder } from '../../scripts/lib/published.ts';
import { redirects } from '../../src/site/redirects.ts';
import { ROOT } from './astro.ts';

export const DIST = join(ROOT, 'dist');

export interface Page {
  /** The URL path the page is served at, e.g. `/talks/ffa-2020/x/`. */
  path: string;
  html: string;
  $: cheerio.CheerioAPI;
  ids: Set<string>;
}

function pathOf(file: string): string {
  const rel = `/${relative(DIST, file).split(sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

let cache: Map<string, Page> | undefined;

export function pages(): Map<string, Page> {
  if (cache) return cache;
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no site: run `npm run build` (npm test does it first)');
  cache = new Map();
  for (const file of filesUnder(DIST).filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))) {
    const html = readFileSync(file, 'utf8');
    const $ = cheerio.load(html);
    const ids = new Set($('[id]').map((_, el) => $(el).attr('id')!).get());
    cache.set(pathOf(file), { path: pathOf(file), html, $, ids });
  }
  return cache;
}

export function page(path: string): Page {
  const found = pages().get(path);
  if (!found) throw new Error(`no page at ${path}`);
  return found;
}

/** The site's own pages, without Astro's redirect stubs (which have no layout). */
export function sitePages(): Page[] {
  return [...pages().values()].filter((p) => !(p.path in redirects));
}

/** Internal hrefs of a page's links, resolved against the page and percent-decoded. */
export function internalLinks(p: Page, selector = 'a[href]'): { href: string; path: string; hash: string }[] {
  return p
    .$(selector)
    .map((_, el) => p.$(el).attr('href') ?? p.$(el).attr('src')!)
    .get()
    .flatMap((href) => {
      const url = new URL(href, `http://site.local${p.path}`);
      if (url.origin !== 'http://site.local') return [];
      return [{ href, path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) }];
    });
}

/** Does a URL path resolve to a file of the built site? */
export function resolves(path: string): boolean {
  if (pages().has(path)) return true;
  const file = join(DIST, path);
  return existsSync(file) && statSync(file).isFile();
}
