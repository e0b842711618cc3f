/**
 * The browser side of search: Pagefind is loaded only when a reader starts searching, and every
 * search UI renders results the same way.
 */
import { RANKING } from '../lib/search-ranking.ts';
import { urlsFor } from '../lib/urls.ts';
import { escapeHtml } from '../lib/security.ts';
import type { EntityLink } from '../lib/entities.ts';
import type { TagIndex, TalkSearch } from '../lib/search-query.ts';
import { clientText, pageLang } from '../i18n/client-text.ts';

/** The page's language: its URLs (the English entity list lives under /en/) and its strings. */
export const lang = pageLang();
export const urls = urlsFor(lang);
export const text = clientText[lang];

export interface SubResult {
  url: string;
  excerpt: string;
  locations: number[];
}
export interface ResultData {
  url: string;
  excerpt: string;
  sub_results?: SubResult[];
  meta: { title?: string; conference?: string; date?: string; speakers?: string; summary?: string; video?: string };
  filters: Record<string, string[]>;
}
export interface Result {
  id: string;
  data: () => Promise<ResultData>;
}
export interface SearchResponse {
  results: Result[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<SearchResponse | null>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<SearchResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads /pagefind/pagefind.js once; the index chunks follow only as queries need them. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ urls.pagefindScript())) as Pagefind;
    // Result URLs are index paths (`/talks/x/`, `/en/talks/x/`): baseUrl puts them under the site's base.
    // Pagefind picks the index of the page's <html lang> itself.
    await module.options({ basePath: urls.pagefind(), baseUrl: urlsFor('zh').home(), excerptLength: 24, ranking: RANKING });
    await module.init();
    return module;
  })();
  return pagefind;
}

let tags: Promise<TagIndex> | undefined;

/** What searchTalks runs on: Pagefind and the tag name index, fetched side by side once. */
export async function loadSearch(): Promise<TalkSearch<Result> & { pagefind: Pagefind }> {
  tags ??= fetch(urls.searchTagsJson()).then((r) => (r.ok ? r.json() : {}));
  const [pagefind, index] = await Promise.all([loadPagefind(), tags]);
  return { pagefind, tags: index };
}

let entities: Promise<EntityLink[]> | undefined;

/** The entity pages search can offer, fetched once when a reader starts searching. */
export function loadEntities(): Promise<EntityLink[]> {
  entities ??= fetch(urls.entitiesJson()).then((r) => (r.ok ? r.json() : []));
  return entities;
}

/** A link to an entity page, with its kind: offered above the talks. */
export function entityCard(entity: EntityLink): HTMLElement {
  const item = document.createElement('li');
  item.className = 'result entity';
  const link = document.createElement('a');
  link.href = entity.url;
  link.textContent = entity.label;
  const kind = document.createElement('span');
  kind.className = 'badge';
  kind.textContent = text.entityKind[entity.kind];
  item.append(link, ' ', kind);
  return item;
}

/**
 * The excerpt to show: from the section of the talk with the most hits, leaving the bilingual tags
 * (#tags) for when nothing else matched, since a line of notes says more than a line of tags.
 */
export function bestExcerpt(data: ResultData): string {
  const sections = (data.sub_results ?? []).filter((s) => s.locations.length && !s.url.endsWith('#tags'));
  // Found by its title tokens only (no word of the page matched): the summary says what it is about.
  if (!sections.length) return data.excerpt.includes('<mark>') ? data.excerpt : escapeHtml(data.meta.summary ?? '');
  return sections.reduce((best, s) => (s.locations.length > best.locations.length ? s : best)).excerpt;
}

/** A result card: title link, conference and speakers, and Pagefind's excerpt with <mark>ed hits. */
export function resultCard(data: ResultData, headingTag: 'h2' | 'h3' | 'span' = 'h3'): HTMLElement {
  const item = document.createElement('li');
  item.className = 'result';
  const heading = document.createElement(headingTag);
  heading.className = 'result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = [data.meta.conference, data.meta.speakers].filter(Boolean).join(' · ');
  if (data.meta.video) {
    const video = document.createElement('span');
    video.className = 'badge video';
    video.textContent = `▶ ${data.meta.video}`;
    meta.append(' ', video);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt small';
  // Pagefind escapes the page text and adds only <mark> around hits.
  excerpt.innerHTML = bestExcerpt(data);
  item.append(heading, meta, excerpt);
  return item;
}
