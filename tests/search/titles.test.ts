/**
 * Search never comes back empty for words a reader can see in a title. Generated from every
 * talk's title and other titles: every run of 3–8 Chinese characters, and every word of two or
 * more characters that the browser's splitter (Intl.Segmenter, ICU) cuts from it, must find the
 * talk; and when fewer than 10 titles contain the phrase, the talk ranks in the top 10. Queries
 * go through searchTalks, the function the browser's search UIs call.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { searchTalks, type TalkSearch } from '../../src/lib/search-query.ts';
import { urls } from '../../src/lib/urls.ts';
import { kb } from '../helpers/corpus.ts';
import { loadSearch, type SearchResult } from '../helpers/pagefind.ts';
import { browserWords, chineseRuns, titleCases, titleFailures } from '../helpers/search-suites.ts';

const titlesOf = (talk: (typeof kb.talks)[number]) => [talk.data.title, ...talk.data.altTitles.map((a) => a.title)];

let search: TalkSearch<SearchResult>;
beforeAll(async () => {
  search = await loadSearch();
});

const failures = (list: { phrase: string; talks: string[] }[]) => titleFailures(search, list, urls.talk);

describe('title phrases, generated from every title', () => {
  const runs = titleCases(titlesOf, chineseRuns);
  const words = titleCases(titlesOf, browserWords);

  it('covers the corpus', () => {
    expect(runs.length).toBeGreaterThan(500);
    expect(words.length).toBeGreaterThan(150);
  });

  it('finds the talk for every run of 3–8 Chinese characters of its title, in the top 10 when fewer than 10 titles contain it', async () => {
    expect(await failures(runs)).toEqual([]);
  }, 300_000);

  it('finds the talk for every word the browser cuts from its title, in the top 10 when fewer than 10 titles contain it', async () => {
    expect(await failures(words)).toEqual([]);
  }, 300_000);

  it('answers the two phrases readers reported', async () => {
    const top = async (q: string) => Promise.all((await searchTalks(search, q)).results.slice(0, 10).map(async (r) => ((await r.data()) as { url: string }).url));
    expect((await top('超大规模'))[0]).toBe(urls.talk('ffa-2020/bytedance-large-scale-scheduling'));
    expect(await top('大规模')).toContain(urls.talk('ffa-2020/bytedance-large-scale-scheduling'));
    expect(await top('批流一体')).toContain(urls.talk('ffa-2020/linkedin-spark-to-flink'));
  });
});
