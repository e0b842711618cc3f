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
 * ranking; within each group, Pagefind's ranking decides. Sorted by date, Pagefind's sorted results
 * come first and only the talks it missed follow. Facet counts cover every talk found
 * (countFilters).
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

/** A tag name as a query matches it (nameKey) → the tag values it names (`term/backpressure`). */
export type TagIndex = Record<string, string[]>;

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
 * the query word is an English ending (checkpoints → Checkpoint, processing → processed). Chinese
 * is taken as found (the title and tag matches cover it), and so are words under three letters,
 * too short to tell.
 */
export function foundItsWords(query: string, best: MatchedText): boolean {
  const words = query.normalize('NFKC').toLowerCase().match(LATIN_WORD) ?? [];
  // The excerpt marks what matched (its word positions count Chinese as Pagefind segments it).
  // Pagefind also indexes a word's parts (MySQL → My, SQL; data-stream → data, stream) and marks
  // the whole word when a part matched: each part counts as matched too.
  const matched = [...best.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].flatMap(([, m]) => {
    const text = m.normalize('NFKC');
    const parts = text.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [];
    return [text, ...parts].map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''));
  });
  if (!words.length || /\p{Script=Han}/u.test(query) || !matched.length) return true;
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
  const cutShort = text && found.results.length > 0 && !foundItsWords(text, (await found.results[0].data()) as MatchedText);
  const main = cutShort ? { ...found, results: [], filters: {} } : found;
  const tokens = text ? searchTokens(text) : [];
  if (!tokens.length) return main;
  const having = (filter: string, values: object) => pagefind.search(null, { ...options, filters: { ...options.filters, [filter]: values } });
  const named = Object.hasOwn(tags, nameKey(text!)) ? tags[nameKey(text!)] : [];
  const [inTitles, inTags] = await Promise.all([having(TOKEN_FILTERS.title, { all: tokens }), named.length ? having(TOKEN_FILTERS.tag, { any: named }) : null]);
  const rank = new Map(main.results.map((r, i) => [r.id, i]));
  const byRank = (a: R, b: R) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity);
  const seen = new Set<string>();
  const results: R[] = [];
  const groups = options.sort ? [main.results, inTitles?.results ?? [], inTags?.results ?? []] : [inTitles?.results ?? [], inTags?.results ?? [], main.results];
  for (const group of groups) {
    for (const r of options.sort ? group : [...group].sort(byRank)) if (!seen.has(r.id)) (seen.add(r.id), results.push(r));
  }
  const counted = main.results.length ? main : inTitles?.results.length ? inTitles : inTags;
  return { ...main, results, filters: counted ? await countFilters(counted, results) : main.filters };
}

/** What a result's data holds that countFilters reads: the page's filter values, by filter. */
interface FilterValues {
  filters: Record<string, string[]>;
}

/**
 * Facet counts for the merged results, so that a facet's counts add up to the talks found and a
 * value's count is what selecting it shows: Pagefind counted `counted`'s results, and each result
 * it did not count (found by its title or a tag only) adds its own values.
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
