/**
 * The places where the site repeats one small element many times, built as one HTML string each
 * instead of one Astro expression per element: a talk page's tag links and search tokens, and the
 * items of talk lists (a talk is on about ten lists: its conference, topics, companies, features,
 * years). At 1,000 talks the talk page's two blocks took about a sixth of rendering, and at 5,000
 * the lists about a third of the other pages'; as strings they take less (README, Performance).
 * The notes badge lives here too, so talk lists and the talk page print it from one definition.
 */
import type { Kb, TalkView } from '../lib/kb.ts';
import { hasVideo, tagValues, type TagRow } from '../lib/search-index.ts';
import { searchTokens, TOKEN_FILTERS } from '../lib/search-query.ts';
import { escapeHtml } from '../lib/security.ts';
import type { Localized } from '../i18n/localize.ts';

// A tag's HTML, made once: tagRows makes each tag's item once per language, and talks share tags.
const tagItemHtml = new WeakMap<TagRow['items'][number], string>();

/** One row of the tag block: each tag's first two names linked, its other names after it. `items`: tagRows in `l`'s language. */
export function tagItemsHtml(items: TagRow['items'], l: Pick<Localized, 't' | 'list' | 'html'>): string {
  return items
    .map((item) => {
      let html = tagItemHtml.get(item);
      if (html === undefined) {
        const link = `<a href="${escapeHtml(item.href)}">${l.html(item.names.slice(0, 2).join(' / '))}</a>`;
        const more = item.names.length > 2 ? ` <span class="muted small">${l.html(l.t.paren(l.list(item.names.slice(2))))}</span>` : '';
        tagItemHtml.set(item, (html = link + more));
      }
      return html;
    })
    .join(' · ');
}

// The published titles' tokens, made once for the talk's two pages.
const publishedTitleTokens = new WeakMap<TalkView, string[]>();

/**
 * The talk's titles as search tokens (Chinese character pairs and words) and its nameable tags as
 * `kind/id`, as Pagefind filter values (src/lib/search-query.ts), so a reader's query matches them
 * however Pagefind and the browser segment Chinese, and a tag's name in either language finds the
 * talk through the site's tag name index. Indexed, never shown. `titles`: titles beyond the
 * published ones (the English title on an English page); the published ones count on both
 * languages' pages, since a reader may paste the Chinese title into English search.
 */
export function searchTokenSpansHtml(talk: TalkView, titles: string[] = []): string {
  let published = publishedTitleTokens.get(talk);
  if (!published) publishedTitleTokens.set(talk, (published = [talk.data.title, ...talk.data.altTitles.map((a) => a.title)].flatMap((text) => searchTokens(text))));
  const tokens = new Set([...titles.flatMap((text) => searchTokens(text)), ...published]);
  const span = (filter: string, value: string) => `<span data-pagefind-filter="${filter}:${escapeHtml(value)}"></span>`;
  return [...[...tokens].map((token) => span(TOKEN_FILTERS.title, token)), ...tagValues(talk).map((value) => span(TOKEN_FILTERS.tag, value))].join('');
}

/** The notes status a reader sees: detailed notes, brief notes, or facts only (talk pages and talk lists). */
export function notesBadgeHtml(status: TalkView['data']['notes'], l: Pick<Localized, 't'>): string {
  return `<span class="badge notes-${status}">${escapeHtml(l.t.notes[status])}</span>`;
}

/** A talk list's item as a reader scans it: title, notes status, video, conference and speakers. */
function talkItemHtml(talk: TalkView, kb: Kb, l: Localized, showConference: boolean): string {
  // On English pages a name only in Chinese carries our romanization, marked as ours (title, and for screen readers in words).
  const people = talk.data.appearances.map((a) => {
    const s = kb.speaker(a.speaker);
    const other = s && l.speakerOther(s.data);
    const name = l.html(s ? l.speakerName(s.data) : a.speaker);
    return other?.romanized
      ? `${name} <span class="romanized-name" title="${escapeHtml(l.t.talk.romanizedTitle)}">${escapeHtml(other.text)}<span class="visually-hidden"> ${escapeHtml(l.t.talk.romanized)}</span></span>`
      : name;
  });
  const video = hasVideo(talk) ? ` <span class="badge video" title="${escapeHtml(l.t.videoBadgeTitle)}">${escapeHtml(l.t.videoBadge)}</span>` : '';
  const meta = [showConference ? escapeHtml(l.conferenceShort(talk.conference)) : '', people.join(escapeHtml(l.t.list))].filter(Boolean).join(' · ');
  return `<a class="title" href="${escapeHtml(l.urls.talk(talk.id))}">${l.html(l.title(talk))}</a> ${notesBadgeHtml(talk.data.notes, l)}${video} <span class="meta">${meta}</span>`;
}

// Items by knowledge base, then language, list layout and talk: each is built once per build.
const talkItems = new WeakMap<Kb, Map<string, string>>();

/** The items of a talk list; `note` adds a line of its own to an item (why it is on a reading list). */
export function talkListItemsHtml(talks: TalkView[], kb: Kb, l: Localized, { showConference = true, note }: { showConference?: boolean; note?: (talk: TalkView) => string | undefined } = {}): string {
  let built = talkItems.get(kb);
  if (!built) talkItems.set(kb, (built = new Map()));
  return talks
    .map((talk) => {
      const key = `${l.lang}|${showConference}|${talk.id}`;
      let item = built.get(key);
      if (item === undefined) built.set(key, (item = talkItemHtml(talk, kb, l, showConference)));
      const extra = note?.(talk);
      return `<li>${item}${extra ? ` <span class="why">${l.html(extra)}</span>` : ''}</li>`;
    })
    .join('');
}
