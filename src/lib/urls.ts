/**
 * Every internal URL the site prints, in one place, under the site's base path. Paths end with "/"
 * (Astro's directory format).
 *
 * The base comes from Astro (`import.meta.env.BASE_URL`, set from BASE in astro.config.mjs) in pages
 * and in the browser scripts Vite bundles, and from the BASE environment variable where Astro is
 * not running (the config file itself, scripts). Unset, it is "/" and every URL stays as it was.
 */

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

const at = (path: string) => withBase(path);

export const urls = {
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
  about: () => at('/about/'),
  rss: () => at('/rss.xml'),
  sitemap: () => at('/sitemap-index.xml'),
  talksJson: () => at('/talks.json'),
  entitiesJson: () => at('/entities.json'),
  schema: (name: string) => at(`/schemas/${name}.schema.json`),
  favicon: () => at('/favicon.svg'),
  themeScript: () => at('/theme.js'),
  pagefind: () => at('/pagefind/'),
  pagefindScript: () => at('/pagefind/pagefind.js'),
};

/** An element id for an entity shown inside a page, e.g. `term-backpressure`, `source-seed-000`. */
export function anchor(kind: string, id: string): string {
  return `${kind}-${id}`;
}
