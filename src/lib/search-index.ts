/**
 * What Pagefind indexes for a talk beyond its text: filter values (ids, so URLs like
 * `/search/?topic=checkpoint` map straight onto them), a numeric date sort key every talk has,
 * and the speakers' names for result cards.
 */
import type { Kb, TalkView } from './kb.ts';
import { KIND_LABEL } from './labels.ts';
import { names } from './names.ts';
import { urls } from './urls.ts';

/**
 * A talk's tags in both languages, in rows by kind. Topic names are broad (a topic has dozens of
 * talks): search matches only the specific tags by name.
 */
export type TagRow = ReturnType<typeof tagRows>[number];

export function tagRows(talk: TalkView, kb: Kb) {
  return [
    { label: '主题 Topics', broad: true, items: talk.data.topics.map((id) => ({ href: urls.topic(id), names: names.topic(kb.topic(id)!.data) })) },
    { label: '特性 Features', broad: false, items: talk.data.features.map((id) => ({ href: urls.feature(id), names: names.feature(kb.feature(id)!.data) })) },
    { label: '公司 Companies', broad: false, items: talk.companies.map((id) => ({ href: urls.company(id), names: names.company(kb.company(id)!.data) })) },
    { label: '术语 Terms', broad: false, items: talk.terms.map((id) => ({ href: urls.glossaryTerm(id), names: names.term(kb.term(id)!.data) })) },
  ].filter((row) => row.items.length > 0);
}

export const FILTERS = ['conference', 'year', 'topic', 'company', 'feature', 'kind', 'video'] as const;
export type FilterName = (typeof FILTERS)[number];

/** The talk's own video and slides, first on its page: the link, its kind and the host that serves it. */
export function watchLinks(talk: TalkView) {
  return talk.data.links
    .filter((l) => l.kind === 'video' || l.kind === 'slides')
    .map((l) => ({ ...l, host: new URL(l.url).hostname.replace(/^www\./, '') }));
}

export const hasVideo = (talk: TalkView) => talk.data.links.some((l) => l.kind === 'video');

export function talkFilters(talk: TalkView): [FilterName, string][] {
  return [
    ['conference', talk.data.conference],
    ['year', String(talk.year)],
    ['kind', talk.data.kind],
    ...talk.data.topics.map((id) => ['topic', id] as [FilterName, string]),
    ...talk.companies.map((id) => ['company', id] as [FilterName, string]),
    ...talk.data.features.map((id) => ['feature', id] as [FilterName, string]),
    ...(hasVideo(talk) ? [['video', 'yes'] as [FilterName, string]] : []),
  ];
}

export function searchAttributes(talk: TalkView, kb: Kb) {
  return {
    article: { 'data-pagefind-sort': `date:${talk.sortKey}` },
    filters: talkFilters(talk),
    speakers: talk.speakers.map((id) => names.speaker(kb.speaker(id)!.data)[0]).join('、'),
  };
}

export const FILTER_LABEL: Record<FilterName, string> = {
  conference: '大会',
  year: '年份',
  topic: '主题',
  company: '公司',
  feature: '特性',
  kind: '类型',
  video: '视频',
};

/** What the search page needs to print filters and suggest terms: labels by filter value id. */
export function searchLabels(kb: Kb) {
  return {
    filters: {
      conference: Object.fromEntries(kb.conferences.map((c) => [c.id, c.data.shortName])),
      year: Object.fromEntries(kb.conferences.map((c) => [String(c.data.year), String(c.data.year)])),
      topic: Object.fromEntries(kb.topics.map((t) => [t.id, t.data.title])),
      company: Object.fromEntries(kb.companies.map((c) => [c.id, c.data.name])),
      feature: Object.fromEntries(kb.features.map((f) => [f.id, f.data.name])),
      kind: KIND_LABEL,
      video: { yes: '有视频' },
    } satisfies Record<FilterName, Record<string, string>>,
    filterNames: FILTER_LABEL,
    glossary: kb.glossary.map((g) => ({ zh: g.data.zh, en: g.data.en, aliases: g.data.aliases })),
  };
}
export type SearchLabels = ReturnType<typeof searchLabels>;
