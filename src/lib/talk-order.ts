/** Where a talk sits in time: the order of lists, agendas, feeds and the search sort key. */
import type { Conference, Talk } from '../model/schema.ts';

const SESSION_RANK = { morning: 0, afternoon: 1 } as const;

export interface Placed {
  talk: Talk;
  conference: Conference;
  id: string;
}

/**
 * The day used to sort a talk: its own day, else its conference's first day. Pagefind leaves
 * pages without a sort key out of sorted results, so every talk needs one.
 */
export function sortDay(talk: Talk, conference: Conference): string {
  return talk.day ?? conference.start;
}

/** Days are counted from here: every conference of the site falls after it. */
const EPOCH = Date.UTC(2015, 0, 1);

/**
 * A numeric sort key: days since 2015 of the sort day, then the half-day and agenda order, so talks
 * of one day keep their agenda order when search results are sorted by date. It stays below 2^24:
 * Pagefind compares sort values as 32-bit floats, which lost whole days with YYYYMMDD-based keys.
 */
export function sortKey(talk: Talk, conference: Conference): number {
  const days = Math.round((Date.parse(`${sortDay(talk, conference)}T00:00:00Z`) - EPOCH) / 86_400_000);
  const session = talk.session ? SESSION_RANK[talk.session] : 0;
  return days * 2_000 + session * 1_000 + Math.min(talk.order ?? 999, 999);
}

/** Conference first, then day (unknown days last), half-day, track as listed, agenda order, title. */
export function compareTalks(a: Placed, b: Placed): number {
  const trackIndex = (p: Placed) => {
    const index = p.conference.tracks.findIndex((t) => t.id === p.talk.track);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return (
    a.conference.start.localeCompare(b.conference.start) ||
    (a.talk.day ?? '9999').localeCompare(b.talk.day ?? '9999') ||
    (a.talk.session ? SESSION_RANK[a.talk.session] : 2) - (b.talk.session ? SESSION_RANK[b.talk.session] : 2) ||
    trackIndex(a) - trackIndex(b) ||
    (a.talk.order ?? Number.MAX_SAFE_INTEGER) - (b.talk.order ?? Number.MAX_SAFE_INTEGER) ||
    a.talk.title.localeCompare(b.talk.title, 'zh-CN') ||
    a.id.localeCompare(b.id)
  );
}
