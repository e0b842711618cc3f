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

/**
 * A numeric sort key: the sort day as YYYYMMDD, then the half-day and agenda order, so talks of
 * one day keep their agenda order when search results are sorted by date.
 */
export function sortKey(talk: Talk, conference: Conference): number {
  const day = Number(sortDay(talk, conference).replaceAll('-', ''));
  const session = talk.session ? SESSION_RANK[talk.session] : 0;
  return day * 10_000 + session * 1_000 + Math.min(talk.order ?? 999, 999);
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
