/**
 * The built site as tests see it: every HTML page parsed once, with its links and element ids.
 * `npm test` builds right before the tests run, so this is never a stale dist/. It builds twice:
 * `dist/` at the root, and `dist-base/` with BASE=/ffa-kb/ and SITE set, as a GitHub Pages project
 * site is served.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { filesUnder } from '../../scripts/lib/published.ts';
import { MOVED } from '../../src/site/redirects.ts';
import { withBase } from '../../src/lib/urls.ts';
import { ROOT } from './astro.ts';

export const DIST = join(ROOT, 'dist');
/** The build under a base path: what `npm test` builds with these two variables. */
export const DIST_BASE = join(ROOT, 'dist-base');
export const TEST_BASE = '/ffa-kb/';
export const TEST_SITE = 'https://example.org';

export interface Page {
  /** The URL path the page is served at, base included, e.g. `/talks/ffa-2020/x/`. */
  path: string;
  html: string;
  $: cheerio.CheerioAPI;
  ids: Set<string>;
}

export interface BuiltSite {
  dist: string;
  base: string;
  pages: () => Map<string, Page>;
  page: (path: string) => Page;
  /** The site's own pages, without Astro's redirect stubs (which have no layout). */
  sitePages: () => Page[];
  /** Internal hrefs of a page's links, resolved against the page and percent-decoded. */
  internalLinks: (p: Page, selector?: string) => { href: string; path: string; hash: string }[];
  /** Does a URL path resolve to a file of the built site (under its base)? */
  resolves: (path: string) => boolean;
}

export function builtSite(dist: string, base = '/'): BuiltSite {
  let cache: Map<string, Page> | undefined;
  const pathOf = (file: string) => {
    const rel = withBase(relative(dist, file).split(sep).join('/'), base);
    return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  };
  const redirected = new Set(Object.keys(MOVED).map((from) => withBase(from, base)));
  const site: BuiltSite = {
    dist,
    base,
    pages() {
      if (cache) return cache;
      if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no site: run \`npm test\`, which builds it first`);
      cache = new Map();
      for (const file of filesUnder(dist).filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))) {
        const html = readFileSync(file, 'utf8');
        const $ = cheerio.load(html);
        const ids = new Set($('[id]').map((_, el) => $(el).attr('id')!).get());
        cache.set(pathOf(file), { path: pathOf(file), html, $, ids });
      }
      return cache;
    },
    page(path) {
      const found = site.pages().get(path);
      if (!found) throw new Error(`no page at ${path}`);
      return found;
    },
    sitePages: () => [...site.pages().values()].filter((p) => !redirected.has(p.path)),
    internalLinks: (p, selector = 'a[href]') =>
      p
        .$(selector)
        .map((_, el) => p.$(el).attr('href') ?? p.$(el).attr('src')!)
        .get()
        .flatMap((href) => {
          const url = new URL(href, `http://site.local${p.path}`);
          if (url.origin !== 'http://site.local') return [];
          return [{ href, path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) }];
        }),
    resolves(path) {
      if (site.pages().has(path)) return true;
      if (!path.startsWith(base)) return false;
      const file = join(dist, path.slice(base.length));
      return existsSync(file) && statSync(file).isFile();
    },
  };
  return site;
}

/** The site built at the root: `dist/`. */
export const root = builtSite(DIST);
export const { pages, page, sitePages, internalLinks, resolves } = root;
