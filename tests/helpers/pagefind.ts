/**
 * Pagefind's own search code (dist/pagefind/pagefind.js) run in Node against the built index:
 * `fetch` reads the index files from dist/, and the document stub reports lang zh-CN so queries
 * are split the way a browser on this site splits Chinese.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RANKING } from '../../src/lib/search-ranking.ts';
import { searchTalks, type TagIndex, type TalkSearch } from '../../src/lib/search-query.ts';
import { DIST } from './dist.ts';

export interface NodeResult {
  url: string;
  title: string;
  filters: Record<string, string[]>;
  excerpt: string;
  content: string;
}

export interface NodePagefind {
  search: (query: string | null, options?: object) => Promise<{ results: { id: string; data: () => Promise<any> }[]; filters: Record<string, Record<string, number>> }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loaded: Promise<NodePagefind> | undefined;

/**
 * Loads the index of `dist` for one language (one per process: Pagefind's fetch is global, so a
 * test file searches one language). Pagefind picks the index by the page's <html lang>.
 */
export function loadPagefind(dist = DIST, lang: 'zh-cn' | 'en' = 'zh-cn'): Promise<NodePagefind> {
  loaded ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
    g.location = { href: 'http://site.local/', origin: 'http://site.local' };
    g.window = globalThis;
    g.fetch = async (input: string | URL) => {
      const url = new URL(String(input), 'http://site.local/');
      const body = await readFile(join(dist, decodeURIComponent(url.pathname)));
      return new Response(body);
    };
    const pagefind = await import(pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href);
    await pagefind.options({ basePath: '/pagefind/', baseUrl: '/', noWorker: true, ranking: RANKING });
    await pagefind.init();
    return pagefind as NodePagefind;
  })();
  return loaded;
}

/** What searchTalks runs on, as the browser loads it: the index of `dist` and its tag name index (/search-tags.json). */
export type SearchResult = NodePagefind['search'] extends (...args: never[]) => Promise<{ results: (infer R)[] }> ? R : never;
export async function loadSearch(dist = DIST, lang: 'zh-cn' | 'en' = 'zh-cn'): Promise<TalkSearch<SearchResult>> {
  const tags = JSON.parse(await readFile(join(dist, 'search-tags.json'), 'utf8')) as TagIndex;
  return { pagefind: await loadPagefind(dist, lang), tags };
}

/** The URLs of the top results for a query, best first. */
export async function topUrls(query: string, limit = 10, options: object = {}): Promise<string[]> {
  const response = await searchTalks(await loadSearch(), query, options);
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => d.url);
}
