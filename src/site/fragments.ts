/**
 * The two blocks where a talk page repeats one small element dozens of times, its tag links and its
 * search tokens, built as one HTML string each instead of one Astro expression per element. At
 * 1,000 talks the two blocks took about a sixth of rendering; as strings they take less (README,
 * Performance).
 */
import type { TalkView } from '../lib/kb.ts';
import { tagValues, type TagRow } from '../lib/search-index.ts';
import { searchTokens, TOKEN_FILTERS } from '../lib/search-query.ts';
import { escapeHtml } from '../lib/security.ts';
import type { Localized } from '../i18n/localize.ts';

/** One row of the tag block: each tag's first two names linked, its other names after it. */
export function tagItemsHtml(items: TagRow['items'], l: Pick<Localized, 't' | 'list'>): string {
  return items
    .map((item) => {
      const link = `<a href="${escapeHtml(item.href)}">${escapeHtml(item.names.slice(0, 2).join(' / '))}</a>`;
      const more = item.names.length > 2 ? ` <span class="muted small">${escapeHtml(l.t.paren(l.list(item.names.slice(2))))}</span>` : '';
      return link + more;
    })
    .join(' · ');
}

/**
 * The talk's titles as search tokens (Chinese character pairs and words) and its nameable tags as
 * `kind/id`, as Pagefind filter values (src/lib/search-query.ts), so a reader's query matches them
 * however Pagefind and the browser segment Chinese, and a tag's name in either language finds the
 * talk through the site's tag name index. Indexed, never shown. `titles`: titles beyond the
 * published ones (the English title on an English page); the published ones count on both
 * languages' pages, since a reader may paste the Chinese title into English search.
 */
export function searchTokenSpansHtml(talk: TalkView, titles: string[] = []): string {
  const tokens = new Set([...titles, talk.data.title, ...talk.data.altTitles.map((a) => a.title)].flatMap((text) => searchTokens(text)));
  const span = (filter: string, value: string) => `<span data-pagefind-filter="${filter}:${escapeHtml(value)}"></span>`;
  return [...[...tokens].map((token) => span(TOKEN_FILTERS.title, token)), ...tagValues(talk).map((value) => span(TOKEN_FILTERS.tag, value))].join('');
}
