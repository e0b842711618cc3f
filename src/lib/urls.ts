/**
 * Every internal URL the site prints, in one place, under the site's base path. Paths end with "/"
 * (Astro's directory format).
 *
 * The base comes from Astro (`import.meta.env.BASE_URL`, set from BASE in astro.config.mjs) in pages
 * and in the browser scripts Vite bundles, and from the BASE environment variable where Astro is
 * not running (the config file itself, scripts). Unset, it is "/" and every URL stays as it was.
 */

import { HREFLANG, PATH_PREFIX, otherLang, type Lang } from '../i18n/lang.ts';

/** A base path with one leading and one trailing slash: "/" or "/ffa-kb/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

// Vite replaces `import.meta.env.BASE_URL` with the configured base, in pages and browser bundles
// alike; plain Node (the config file, scripts, tests) has no `import.meta.env` and reads BASE.
const viteBase: string | undefined = typeof import.meta.env === 'object' ? import.meta.env.BASE_URL : undefined;
export const BASE = normalizeBase(viteBase ?? (typeof process === 'undefined' ? undefined : process.env.BASE));

/** A site path (`/talks/`) under a base (`/ffa-kb/talks/`). */
export function withBase(path: string, base = BASE): string {
  return base + path.replace(/^\//, '');
}

/**
 * The URLs of one language's pages: Chinese at the root, English under /en/. Data files that hold
 * both languages (talks.json, schemas) and static files live once, at the root.
 */
export function urlsFor(lang: Lang) {
  const at = (path: string) => withBase(PATH_PREFIX[lang] + path.replace(/^\//, ''));
  const root = (path: string) => withBase(path);
  return {
    home: () => at('/'),
    talks: () => at('/talks/'),
    talk: (id: string) => at(`/talks/${id}/`),
    conferences: () => at('/conferences/'),
    conference: (id: string) => at(`/conferences/${id}/`),
    topics: () => at('/topics/'),
    topic: (id: string) => at(`/topics/${id}/`),
    companies: () => at('/companies/'),
    company: (id: string) => at(`/companies/${id}/`),
    speakers: () => at('/speakers/'),
    speaker: (id: string) => at(`/speakers/${id}/`),
    features: () => at('/features/'),
    feature: (id: string) => at(`/features/${id}/`),
    glossary: () => at('/glossary/'),
    glossaryTerm: (id: string) => at(`/glossary/#${anchor('term', id)}`),
    source: (id: string) => at(`/about/#${anchor('source', id)}`),
    search: (query?: string) => at(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
    /** The search page showing exactly the talks tagged with a glossary term. */
    searchTerm: (id: string) => at(`/search/?term=${encodeURIComponent(id)}`),
    about: () => at('/about/'),
    rss: () => at('/rss.xml'),
    entitiesJson: () => at('/entities.json'),
    searchTagsJson: () => root('/search-tags.json'),
    searchGlossaryJson: () => root('/search-glossary.json'),
    sitemap: () => root('/sitemap-index.xml'),
    talksJson: () => root('/talks.json'),
    schema: (name: string) => root(`/schemas/${name}.schema.json`),
    favicon: () => root('/favicon.svg'),
    themeScript: () => root('/theme.js'),
    pagefind: () => root('/pagefind/'),
    pagefindScript: () => root('/pagefind/pagefind.js'),
  };
}
export type Urls = ReturnType<typeof urlsFor>;

/** The Chinese pages' URLs (the site's default language). */
export const urls = urlsFor('zh');

/**
 * The same page in another language: `/ffa-kb/talks/x/` ⇄ `/ffa-kb/en/talks/x/`. Every page has
 * its twin, so the language switch and the hreflang alternates are this one mapping.
 */
export function twinPath(pathname: string, to: Lang, base = BASE): string {
  return withBase(PATH_PREFIX[to] + insideBase(pathname, base).replace(EN_PREFIX, ''), base);
}
const EN_PREFIX = /^en(?:\/|$)/;
const insideBase = (pathname: string, base: string) => (pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));

/**
 * A sitemap entry's hreflang alternates: the page and its twin (twinPath), as the page's head lists
 * them, in the order @astrojs/sitemap sorts URLs. Its own `i18n` option finds them by comparing
 * every URL with every other: 1.5 s of the build at 5,000 talks (10,539 URLs), growing with the
 * square of the pages.
 */
export function sitemapAlternates(url: string, base = BASE): { url: string; lang: string }[] {
  const { pathname } = new URL(url);
  const lang: Lang = EN_PREFIX.test(insideBase(pathname, base)) ? 'en' : 'zh';
  const twin = { url: new URL(twinPath(pathname, otherLang(lang), base), url).href, lang: HREFLANG[otherLang(lang)] };
  return [{ url, lang: HREFLANG[lang] }, twin].sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
}

/** An element id for an entity shown inside a page, e.g. `term-backpressure`, `source-seed-000`. */
export function anchor(kind: string, id: string): string {
  return `${kind}-${id}`;
}
