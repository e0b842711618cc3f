/**
 * The generated search suites, for either language's index: title phrases (#10), tag names in both
 * languages, and recall@10 over hand-written reader queries. Queries go through searchTalks, the
 * function the browser's search UIs call.
 */
import { searchTalks, type TalkSearch } from '../../src/lib/search-query.ts';
import type { TalkView } from '../../src/lib/kb.ts';
import type { Query } from '../search/queries.ts';
import { kb } from './corpus.ts';

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

/** Every run of 3–8 Chinese characters of a title. */
export function chineseRuns(title: string): string[] {
  const phrases = new Set<string>();
  for (const [run] of title.matchAll(/\p{Script=Han}+/gu)) {
    const chars = [...run];
    for (let length = 3; length <= 8; length++) for (let i = 0; i + length <= chars.length; i++) phrases.add(chars.slice(i, i + length).join(''));
  }
  return [...phrases];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Every word of two or more characters the browser's splitter (ICU, as Intl.Segmenter) cuts from a title. */
export function browserWords(title: string): string[] {
  return [...new Set([...segmenter.segment(title)].filter((s) => s.isWordLike && [...s.segment].length >= 2).map((s) => s.segment.toLowerCase()))];
}

/** Does a title contain the phrase: Chinese anywhere, a Latin word as a word ("on" is not in "Functions"). */
const contains = (title: string, phrase: string) =>
  /\p{Script=Han}/u.test(phrase) ? title.includes(phrase) : browserWords(title).includes(phrase);

/** Every generated phrase of the given titles, with the talks whose titles contain it. */
export function titleCases(titlesOf: (talk: TalkView) => string[], generate: (title: string) => string[]) {
  const titles = new Map(kb.talks.map((talk) => [talk.id, titlesOf(talk).map(normalize)]));
  const phrases = new Set([...titles.values()].flat().flatMap(generate));
  return [...phrases].map((phrase) => ({ phrase, talks: kb.talks.filter((t) => titles.get(t.id)!.some((title) => contains(title, phrase))).map((t) => t.id) }));
}

async function ranked(search: TalkSearch, query: string): Promise<string[]> {
  const response = await searchTalks(search, query);
  return Promise.all(response.results.map(async (r) => ((await r.data()) as { url: string }).url));
}

/** Phrases that miss a talk whose title holds them, or rank it below 10 when fewer than 10 titles do. */
export async function titleFailures(search: TalkSearch, cases: { phrase: string; talks: string[] }[], urlOf: (id: string) => string) {
  const failed: string[] = [];
  for (const { phrase, talks } of cases) {
    const found = new Map((await ranked(search, phrase)).map((url, i) => [url, i]));
    for (const id of talks) {
      const at = found.get(urlOf(id));
      if (at === undefined) failed.push(`"${phrase}" does not find ${id}`);
      else if (talks.length < 10 && at >= 10) failed.push(`"${phrase}" ranks ${id} at ${at + 1}; fewer than 10 titles contain it`);
    }
  }
  return failed;
}

/** Every feature, company and glossary term in use, by its Chinese and its English name, with its talks. */
export function tagCases() {
  return [
    ...kb.features.flatMap((f) =>
      [f.data.name, f.data.nameZh].filter((n): n is string => !!n).map((name) => ({ kind: `feature ${f.id}`, name, talks: kb.talksOf('feature', f.id).map((t) => t.id) })),
    ),
    ...kb.companies.flatMap((c) =>
      [c.data.name, c.data.nameEn].filter((n): n is string => !!n).map((name) => ({ kind: `company ${c.id}`, name, talks: kb.talksOf('company', c.id).map((t) => t.id) })),
    ),
    ...kb.glossary.flatMap((g) => [g.data.zh, g.data.en].map((name) => ({ kind: `term ${g.id}`, name, talks: kb.talksOf('term', g.id).map((t) => t.id) }))),
  ].filter((c) => c.talks.length > 0);
}

/** A tag's talks are found when they all rank in the top 10, or fill it when there are more. */
export async function tagFailures(search: TalkSearch, cases: ReturnType<typeof tagCases>, urlOf: (id: string) => string) {
  const failures: string[] = [];
  for (const c of cases) {
    const expected = c.talks.map(urlOf);
    const top = (await ranked(search, c.name)).slice(0, 10);
    const missed = expected.length > 10 ? top.filter((u) => !expected.includes(u)).map((u) => `${u} ranks in the top 10 without the tag`) : expected.filter((u) => !top.includes(u));
    if (missed.length) failures.push(`${c.kind} "${c.name}": ${missed.join(', ')}`);
  }
  return failures;
}

/** recall@10 over reader queries, with the misses named. */
export async function recallAt10(search: TalkSearch, queries: Query[], urlOf: (id: string) => string) {
  let found = 0;
  let total = 0;
  const misses: string[] = [];
  for (const { q, expect: expected } of queries) {
    const top = (await ranked(search, q)).slice(0, 10);
    for (const id of expected) {
      total++;
      if (top.includes(urlOf(id))) found++;
      else misses.push(`${q} → ${id}`);
    }
  }
  return { recall: found / total, misses };
}

/** The search page's facets where each talk has exactly one value: their counts add up to the talks found. */
const SINGLE_VALUED = ['conference', 'year', 'kind'] as const;

/**
 * Where the search page's facet counts disagree with what it shows: a single-valued facet's counts
 * not adding up to the talks found, or a company's count not being what selecting it finds.
 */
export async function facetCountFailures(search: TalkSearch, queries: string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const q of queries) {
    const { results, filters } = await searchTalks(search, q);
    for (const name of SINGLE_VALUED) {
      const sum = Object.values(filters[name] ?? {}).reduce((a, b) => a + b, 0);
      if (sum !== results.length) failures.push(`${q}: ${results.length} talks found, the ${name} counts add up to ${sum}`);
    }
    for (const [company, count] of Object.entries(filters.company ?? {})) {
      if (!count) continue;
      const selected = (await searchTalks(search, q, { filters: { company: { any: [company] } } })).results.length;
      if (selected !== count) failures.push(`${q}: company ${company} counted ${count}, selecting it finds ${selected}`);
    }
  }
  return failures;
}
