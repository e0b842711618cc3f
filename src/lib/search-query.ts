/**
 * The one search function every search UI calls (header dropdown, search page) and the search
 * tests call too, so what the tests prove is what readers get.
 *
 * Why more than one Pagefind query: Pagefind segments Chinese when it indexes (超大规模 → 超大 | 规模),
 * while the browser splits the query with ICU (超 | 大规模), so a reader who types words straight
 * from a title could find nothing. Each talk page therefore also carries its titles as Chinese
 * character pairs and words (`searchTokens`), and its tags and speakers as `kind/id` values,
 * as Pagefind filter values (searchTokenSpansHtml in src/site/fragments.ts); a query that is the
 * whole name of a tag, in either language (`nameKey`), is turned into those values by the site's
 * tag name index (/search-tags.json, src/lib/search-index.ts). Filters match exactly: a word
 * search would, finding no exact word, quietly retry with ever shorter prefixes of it (Pagefind's
 * backtracking). The talks whose title has every pair and word of the query come first, then those
 * with a tag of that very name (反压, backpressure, ByteDance), then the rest of Pagefind's
 * ranking, then the talks of a topic the query names (topicsNamed); within each group, Pagefind's
 * ranking decides. Sorted by date, Pagefind's sorted results come first and only the talks it
 * missed follow. Facet counts cover every talk found (countFilters).
 */
const HAN_RUN = /\p{Script=Han}{2,}/gu;
// A word as the browser's splitter sees it: letters and digits, with an inner apostrophe (Flink's).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** The Pagefind filters that hold a talk's title tokens and its nameable tags (`kind/id`). */
export const TOKEN_FILTERS = { title: 'title-token', tag: 'tag' } as const;
/** The filters a reader sets on the search page, in its order; each talk page carries its values (search-index.ts). */
export const FILTERS = ['conference', 'year', 'topic', 'company', 'feature', 'kind', 'video'] as const;
export type FilterName = (typeof FILTERS)[number];
/**
 * Filters a link may set that the search page does not offer as facets: `?term=backpressure` (the
 * glossary's links) is exactly the talks tagged with that glossary term, as many as the glossary counts.
 */
export const LINK_FILTERS = ['term'] as const;

/** Pagefind's filters for those a reader or a link set (name → values): OR within a filter, AND across. */
export function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) {
    if (name === 'term') out[TOKEN_FILTERS.tag] = { any: [...(out[TOKEN_FILTERS.tag]?.any ?? []), ...values.map((id) => `term/${id}`)] };
    else out[name] = { any: values };
  }
  return out;
}

/** A tag name as a query matches it (nameKey) → the tag values it names (`term/backpressure`, `topic/finance`). */
export type TagIndex = Record<string, string[]>;

/** A topic's value in the tag name index: `topic/finance` (its talks carry the `topic` filter, not a tag). */
export const TOPIC = 'topic/';

/** The names of the tags a query names, in the other script: 检查点 → checkpoint, checkpoints, checkpointing. */
export function otherScriptNames(tags: TagIndex, named: string[], query: string): string[] {
  const han = (text: string) => /\p{Script=Han}/u.test(text);
  return named.length ? Object.keys(tags).filter((name) => han(name) !== han(query) && tags[name].some((v) => named.includes(v))) : [];
}

/**
 * The topics a query names: those with a name holding every token of the query (金融 → 金融行业,
 * 连接器 → 连接器与流存储, finance → Finance). A topic's talks follow the talks the query finds
 * otherwise: a reader asking for a field wants its talks, also those that never use the word.
 */
export function topicsNamed(tags: TagIndex, tokens: string[]): string[] {
  const ids = new Set<string>();
  for (const [name, values] of Object.entries(tags)) {
    const topicValues = values.filter((v) => v.startsWith(TOPIC));
    if (!topicValues.length) continue;
    const own = new Set(searchTokens(name));
    if (tokens.every((t) => own.has(t))) for (const v of topicValues) ids.add(v.slice(TOPIC.length));
  }
  return [...ids];
}

/** A tag name as a query matches it: the whole name, case and spacing aside ("Unaligned  checkpoint"). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\-‐‑–]+/g, ' ').trim();
}

/**
 * The tokens of a text, lower-cased: every adjacent pair of Chinese characters (超大规模 → 超大,
 * 大规, 规模), every other word of two or more characters, and every two words that stand next to
 * each other ("data warehouse"), so a query's words must be adjacent in the title as well.
 */
export function searchTokens(text: string): string[] {
  const tokens = new Set<string>();
  const normalized = text.normalize('NFKC').toLowerCase().replace(/’/g, "'");
  for (const [run] of normalized.matchAll(HAN_RUN)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
  }
  // Runs of words joined only by spaces or hyphens: "real-time data warehouse".
  for (const [phrase] of normalized.replace(/\p{Script=Han}+/gu, ',').matchAll(/[\p{L}\p{N}'](?:[\p{L}\p{N}'\s-]*[\p{L}\p{N}'])?/gu)) {
    const words = [...phrase.matchAll(WORD)].map(([w]) => w);
    words.forEach((word, i) => {
      if ([...word].length >= 2) tokens.add(word);
      if (i > 0) tokens.add(`${words[i - 1]} ${word}`);
    });
  }
  return [...tokens];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<unknown>;
}
export interface PagefindResponse<R extends PagefindResult = PagefindResult> {
  results: R[];
  filters: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
  unfilteredResultCount?: number;
}
export interface PagefindSearch<R extends PagefindResult = PagefindResult> {
  search: (query: string | null, options?: object) => Promise<PagefindResponse<R> | null>;
}
type Filters = Record<string, unknown>;

/** What a search runs on: the Pagefind index and the site's tag name index. */
export interface TalkSearch<R extends PagefindResult = PagefindResult> {
  pagefind: PagefindSearch<R>;
  tags: TagIndex;
}

/** What a Pagefind result's data holds that foundItsWords reads: its excerpt, with the words the query matched in <mark>. */
interface MatchedText {
  excerpt: string;
}

/** A Latin-letter word of the query as foundItsWords compares it: three letters or more, lower case. */
const LATIN_WORD = /[a-z][a-z0-9]{2,}/g;
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/** What English stemming may take off a word that the matched word lacks: checkpoint|s, process|ing, polic|ies. */
const SUFFIX = /^(?:s|es|ed|ing|ings|ly|er|ers|est|ion|ions|ation|ations|ment|ments|ness|al|ity|ies|ied|y|e|able|ize|izes|ized|izing)$/;

/**
 * Whether Pagefind found a word of the query itself, judged on the words its best result's excerpt
 * marks. Finding no page with a word, Pagefind retries with ever shorter prefixes of it and returns
 * the pages that hold those (asdfgh → "as", backpresure → "back", jark → "Jars", paimon → "PA"),
 * which no option of Pagefind 1.6 turns off. A query word counts as found where a word the result
 * matched extends it (checkpo → checkpoint, as a reader types), or shares its start and the rest of
 * the query word is an English ending (checkpoints → Checkpoint, processing → processed). A run of
 * two or more Chinese characters counts as found where a run of marks holds it whole (Pagefind marks
 * Chinese as it segmented the page, and the browser splits the query its own way): 火星殖民 marks
 * only 火, 连接器 only 连接. Words under three letters, and single Chinese characters, are too short
 * to tell and taken as found.
 */
export function foundItsWords(query: string, best: MatchedText): boolean {
  const hanWords = query.normalize('NFKC').match(HAN_RUN) ?? [];
  // Pagefind marks Chinese as it segmented the page (实|时|数|仓): marks with nothing between them are one run.
  const hanRuns = [...best.excerpt.replace(/<\/mark>\s*<mark>/g, '').matchAll(/<mark>(.*?)<\/mark>/g)].map(([, m]) => m.normalize('NFKC'));
  if (hanWords.length && hanRuns.length && hanWords.some((w) => hanRuns.some((run) => run.includes(w)))) return true;
  const words = query.normalize('NFKC').toLowerCase().match(LATIN_WORD) ?? [];
  // The excerpt marks what matched (its word positions count Chinese as Pagefind segments it).
  // Pagefind also indexes a word's parts (MySQL → My, SQL; data-stream → data, stream) and marks
  // the whole word when a part matched: each part counts as matched too.
  const matched = [...best.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap(([, m]) => {
    const text = m.normalize('NFKC');
    const parts = text.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [];
    return [text, ...parts].map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''));
  });
  if ((!words.length && !hanWords.length) || !matched.length) return true;
  const same = (word: string, m: string) => {
    const shared = commonPrefix(m, word);
    return shared === word.length || (shared >= 3 && SUFFIX.test(word.slice(shared)));
  };
  return words.some((word) => matched.some((m) => same(word, m)));
}

/** Talks for a query: those whose title contains it, then those with a tag of that name, then Pagefind's ranking. */
export async function searchTalks<R extends PagefindResult>({ pagefind, tags }: TalkSearch<R>, query: string | null, options: { filters?: Filters; sort?: object } = {}): Promise<PagefindResponse<R>> {
  const text = query?.trim() || null;
  const found = (await pagefind.search(text, options)) ?? { results: [], filters: {} };
  // Pages Pagefind found only for a cut-short word of the query are no answer to it (foundItsWords).
  // Judged on the query as typed: under a filter the best result may be a weaker match, and a
  // filter must not change the verdict (or a facet's count would not be what selecting it shows).
  const plain = text && (options.filters || options.sort) ? await pagefind.search(text) : found;
  const best = plain?.results[0];
  const cutShort = text && best && !foundItsWords(text, (await best.data()) as MatchedText);
  const main = cutShort ? { ...found, results: [], filters: {} } : found;
  const tokens = text ? searchTokens(text) : [];
  if (!tokens.length) return main;
  // The talks with these filter values, within the reader's filters; where the reader filtered on the
  // same filter (a topic, a ?term= link), those that meet both.
  const having = async (filter: string, values: object) => {
    const matches = await pagefind.search(null, { ...options, filters: { ...options.filters, [filter]: values } });
    if (!matches || !options.filters?.[filter]) return matches;
    const theirs = new Set((await pagefind.search(null, options))?.results.map((r) => r.id));
    return { ...matches, results: matches.results.filter((r) => theirs.has(r.id)) };
  };
  const named = Object.hasOwn(tags, nameKey(text!)) ? tags[nameKey(text!)].filter((v) => !v.startsWith(TOPIC)) : [];
  const topics = topicsNamed(tags, tokens);
  // The tag's names in the other script (检查点 → checkpoint): within the tag's talks, those whose
  // title has one come first, though the query's own words are not in their text. (Title filters,
  // as for the query: a word search for each would fetch its index chunks.)
  const [inTitles, inTags, inTopics, ...titledOther] = await Promise.all([
    having(TOKEN_FILTERS.title, { all: tokens }),
    named.length ? having(TOKEN_FILTERS.tag, { any: named }) : null,
    topics.length ? having('topic', { any: topics }) : null,
    ...otherScriptNames(tags, named, text!).map((name) => having(TOKEN_FILTERS.title, { all: searchTokens(name) })),
  ]);
  // Each group in Pagefind's ranking for the query, also where its results are no answer to it
  // (cut short): a tag's talks whose text matches the query better come first, not those Pagefind
  // happens to number first (the order it returns a filter's talks in). Unranked talks tie.
  const rank = new Map(found.results.map((r, i) => [r.id, i]));
  const first = new Set(titledOther.flatMap((response) => response?.results.map((r) => r.id) ?? []));
  const byRank = (a: R, b: R) => (rank.get(a.id) ?? rank.size) - (rank.get(b.id) ?? rank.size);
  const titledFirst = (a: R, b: R) => Number(first.has(b.id)) - Number(first.has(a.id)) || byRank(a, b);
  const seen = new Set<string>();
  const results: R[] = [];
  const groups: [R[], (a: R, b: R) => number][] = options.sort
    ? [main.results, inTitles?.results ?? [], inTags?.results ?? [], inTopics?.results ?? []].map((g) => [g, () => 0])
    : [
        [inTitles?.results ?? [], byRank],
        [inTags?.results ?? [], titledFirst],
        [main.results, byRank],
        [inTopics?.results ?? [], byRank],
      ];
  for (const [group, order] of groups) {
    for (const r of [...group].sort(order)) if (!seen.has(r.id)) (seen.add(r.id), results.push(r));
  }
  const counted = [main, inTitles, inTags, inTopics].find((r) => r?.results.length);
  return { ...main, results, filters: counted ? await countFilters(counted, results) : main.filters };
}

/** What a result's data holds that countFilters reads: the page's filter values, by filter. */
interface FilterValues {
  filters: Record<string, string[]>;
}

/**
 * Facet counts for the merged results, so that a facet's counts add up to the talks found and a
 * value's count is what selecting it shows: Pagefind counted `counted`'s results, and each result
 * it did not count (found by its title, a tag or a topic only) adds its own values.
 */
async function countFilters<R extends PagefindResult>(counted: PagefindResponse<R>, results: R[]): Promise<PagefindResponse['filters']> {
  const ids = new Set(counted.results.map((r) => r.id));
  const others = results.filter((r) => !ids.has(r.id));
  if (!others.length) return counted.filters;
  const counts = Object.fromEntries(Object.entries(counted.filters).map(([name, values]) => [name, { ...values }]));
  for (const data of (await Promise.all(others.map((r) => r.data()))) as FilterValues[]) {
    for (const [name, values] of Object.entries(data.filters)) {
      const count = (counts[name] ??= {});
      for (const value of values) count[value] = (count[value] ?? 0) + 1;
    }
  }
  return counts;
}
