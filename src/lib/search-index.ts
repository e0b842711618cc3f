/**
 * What Pagefind indexes for a talk beyond its text: filter values (ids, so URLs like
 * `/search/?topic=checkpoint` map straight onto them), a numeric date sort key every talk has,
 * and the speakers' names for result cards.
 */
// Build side only: browser scripts take what they need from search-query.ts (names.ts brings pinyin-pro's dictionary).
import type { Kb, TalkView } from './kb.ts';
import { nameFirst, names, speakerSearchNames } from './names.ts';
import { nameKey, TOPIC, type FilterName, type TagIndex } from './search-query.ts';
import { urlsFor } from './urls.ts';
import type { TermForms } from './suggest-terms.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Localized } from '../i18n/localize.ts';

/** A talk's tags in both languages, in rows by kind, as its tag block shows them. */
export type TagRow = ReturnType<typeof tagRows>[number];

export function tagRows(talk: TalkView, kb: Kb, lang: Lang = 'zh') {
  const item = tagItems(kb, lang);
  return [
    { kind: 'topic' as const, items: talk.data.topics.map((id) => item('topic', id)) },
    { kind: 'feature' as const, items: talk.data.features.map((id) => item('feature', id)) },
    { kind: 'company' as const, items: talk.companies.map((id) => item('company', id)) },
    { kind: 'term' as const, items: talk.terms.map((id) => item('term', id)) },
  ].filter((row) => row.items.length > 0);
}

type TagItem = { href: string; names: string[] };
const tagItemCache = new WeakMap<Kb, Map<string, TagItem>>();

/** A tag's link and names as the tag block shows them, made once per tag and language: talks share tags. */
function tagItems(kb: Kb, lang: Lang) {
  const urls = urlsFor(lang);
  const make = {
    topic: (id: string) => {
      const topic = kb.topic(id)!.data;
      return { href: urls.topic(id), names: nameFirst(names.topic(topic), lang === 'en' ? topic.titleEn : topic.title) };
    },
    feature: (id: string) => ({ href: urls.feature(id), names: names.feature(kb.feature(id)!.data) }),
    company: (id: string) => {
      const company = kb.company(id)!.data;
      return { href: urls.company(id), names: nameFirst(names.company(company), lang === 'en' ? (company.nameEn ?? company.name) : company.name) };
    },
    term: (id: string) => {
      const term = kb.term(id)!.data;
      return { href: urls.glossaryTerm(id), names: nameFirst(names.term(term), lang === 'en' ? term.en : term.zh) };
    },
  };
  let cache = tagItemCache.get(kb);
  if (!cache) tagItemCache.set(kb, (cache = new Map()));
  return (kind: keyof typeof make, id: string): TagItem => {
    const key = `${lang} ${kind} ${id}`;
    let item = cache.get(key);
    if (!item) cache.set(key, (item = make[kind](id)));
    return item;
  };
}

/**
 * The tags a query can name (src/lib/search-query.ts): a talk's features, companies, glossary terms
 * and speakers. Topic names are broad (a topic has dozens of talks) and left out.
 */
const NAMED_TAGS = {
  feature: { of: (talk: TalkView) => talk.data.features, names: (kb: Kb, id: string) => names.feature(kb.feature(id)!.data), all: (kb: Kb) => kb.features },
  company: { of: (talk: TalkView) => talk.companies, names: (kb: Kb, id: string) => names.company(kb.company(id)!.data), all: (kb: Kb) => kb.companies },
  term: { of: (talk: TalkView) => talk.terms, names: (kb: Kb, id: string) => names.term(kb.term(id)!.data), all: (kb: Kb) => kb.glossary },
  speaker: { of: (talk: TalkView) => talk.speakers, names: (kb: Kb, id: string) => speakerSearchNames(kb.speaker(id)!.data), all: (kb: Kb) => kb.speakers },
};
const NAMED_KINDS = Object.keys(NAMED_TAGS) as (keyof typeof NAMED_TAGS)[];

/** A talk's nameable tags as filter values, `kind/id` (feature/unaligned-checkpoint). */
export function tagValues(talk: TalkView): string[] {
  return NAMED_KINDS.flatMap((kind) => NAMED_TAGS[kind].of(talk).map((id) => `${kind}/${id}`));
}

/**
 * Every name of every nameable tag and topic, in both languages, as a query matches it (nameKey),
 * with the values it names: what turns the query "backpressure" into the talks tagged with that term.
 * Built into /search-tags.json; the same for both languages.
 */
export function tagNameIndex(kb: Kb): TagIndex {
  const index: TagIndex = {};
  for (const kind of NAMED_KINDS) {
    for (const { id } of NAMED_TAGS[kind].all(kb)) {
      for (const key of new Set(NAMED_TAGS[kind].names(kb, id).map(nameKey))) (index[key] ??= []).push(`${kind}/${id}`);
    }
  }
  // Topic names too: a query whose words stand in one adds the topic's talks (topicsNamed).
  for (const topic of kb.topics) for (const key of new Set(names.topic(topic.data).map(nameKey))) (index[key] ??= []).push(`${TOPIC}${topic.id}`);
  return index;
}

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

export function searchAttributes(talk: TalkView, kb: Kb, l: Localized) {
  return {
    article: { 'data-pagefind-sort': `date:${talk.sortKey}` },
    filters: talkFilters(talk),
    speakers: l.list(talk.speakers.map((id) => l.speakerNameWithReading(kb.speaker(id)!.data))),
  };
}

/** What the search page needs to print filters and suggest terms: labels by filter value id, in the page's language. */
export function searchLabels(kb: Kb, l: Localized) {
  const { t } = l;
  return {
    filters: {
      conference: Object.fromEntries(kb.conferences.map((c) => [c.id, l.conferenceShort(c)])),
      year: Object.fromEntries(kb.conferences.map((c) => [String(c.data.year), String(c.data.year)])),
      topic: Object.fromEntries(kb.topics.map((topic) => [topic.id, l.topicTitle(topic)])),
      company: Object.fromEntries(kb.companies.map((c) => [c.id, l.companyName(c.data)])),
      feature: Object.fromEntries(kb.features.map((f) => [f.id, f.data.name])),
      kind: t.kind,
      video: { yes: t.search.video },
    } satisfies Record<FilterName, Record<string, string>>,
    filterNames: t.search.filterNames,
  };
}

/**
 * Every glossary term as [zh, en, ...aliases] (TermForms), for the search page's term chips and
 * "did you mean" suggestions. Built into /search-glossary.json, the same for both languages, and
 * fetched when a search first needs it: inlined, it was about 6.5 KB gzip of a page held to 20 KB.
 */
export function glossaryForms(kb: Kb): TermForms[] {
  return kb.glossary.map((g) => [g.data.zh, g.data.en, ...g.data.aliases]);
}
export type SearchLabels = ReturnType<typeof searchLabels>;
