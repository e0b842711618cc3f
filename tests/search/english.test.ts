/**
 * The English search, over the English pages' own Pagefind index (Pagefind keeps one per
 * <html lang>): the generated title and tag suites, the hand-written English reader queries, a
 * pasted Chinese term, filters, and what the index holds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { urlsFor } from '../../src/lib/urls.ts';
import { romanization } from '../../src/lib/romanize.ts';
import { searchTalks, type TalkSearch } from '../../src/lib/search-query.ts';
import { kb } from '../helpers/corpus.ts';
import { loadPagefind, loadSearch, type NodePagefind, type SearchResult } from '../helpers/pagefind.ts';
import { browserWords, chineseRuns, facetCountFailures, recallAt10, tagCases, tagFailures, titleCases, titleFailures } from '../helpers/search-suites.ts';
import { ENGLISH_QUERIES } from './english-queries.ts';

const en = urlsFor('en');
let pagefind: NodePagefind;
let search: TalkSearch<SearchResult>;
beforeAll(async () => {
  pagefind = await loadPagefind(undefined, 'en');
  search = await loadSearch(undefined, 'en');
});

const urlsOf = async (q: string | null, options: object = {}) =>
  Promise.all((await searchTalks(search, q, options)).results.map(async (r) => ((await r.data()) as { url: string }).url));

describe('the English index', () => {
  it('holds every English talk page, and only those', async () => {
    const all = await urlsOf(null);
    expect(all.length).toBe(kb.talks.length);
    expect(all.every((u) => u.startsWith('/en/talks/'))).toBe(true);
  });

  it('has the same filters as the Chinese search, counted the way the content is', async () => {
    const filters = await pagefind.filters();
    for (const name of ['conference', 'year', 'topic', 'company', 'feature', 'kind', 'video']) expect(Object.keys(filters[name] ?? {}).length, name).toBeGreaterThan(0);
    expect(filters.topic.checkpoint).toBe(kb.talksOf('topic', 'checkpoint').length);
    const filtered = await urlsOf('checkpoint', { filters: { company: 'bytedance' } });
    expect(filtered.length).toBeGreaterThan(0);
    for (const url of filtered) expect(kb.talk(url.replace(/^\/en\/talks\/|\/$/g, ''))!.companies).toContain('bytedance');
  });
});

describe('English facet counts', () => {
  it('count every talk a query finds, also those found by a title or tag only (Alibaba found 28 and counted 16)', async () => {
    await pagefind.filters(); // as the search page loads them before its first query
    expect(await facetCountFailures(search, ['Alibaba', 'ByteDance', 'real-time', 'SQL', 'backpressure', 'checkpoint', '反压'])).toEqual([]);
  });
});

describe('English words the talks do not hold', () => {
  it('find nothing, rather than what Pagefind finds for a cut-short prefix (backpresure → "back")', async () => {
    for (const q of ['asdfgh', 'backpresure', 'xyzzy']) expect(await urlsOf(q), q).toEqual([]);
    expect((await urlsOf('backpressure')).length).toBeGreaterThan(5);
  });
});

describe('English titles, generated from every talk', () => {
  const words = titleCases((talk) => [kb.en.talk(talk.id)!.data.title], browserWords);

  it('covers the corpus', () => {
    expect(words.length).toBeGreaterThan(300);
  });

  it('finds the talk for every word of two or more letters in its English title, in the top 10 when fewer than 10 titles contain it', async () => {
    expect(await titleFailures(search, words, en.talk)).toEqual([]);
  }, 300_000);

  it('finds the talk for a run of its Chinese title pasted into English search', async () => {
    const titlesOf = (talk: (typeof kb.talks)[number]) => [talk.data.title, ...talk.data.altTitles.map((a) => a.title)];
    expect(await titleFailures(search, titleCases(titlesOf, chineseRuns), en.talk)).toEqual([]);
  }, 300_000);
});

describe('tags in both languages', () => {
  it('finds every talk tagged with a feature, company or glossary term by its English and its Chinese name', async () => {
    expect(await tagFailures(search, tagCases(), en.talk)).toEqual([]);
  }, 300_000);

  it('finds every talk of a speaker named only in Chinese by the romanization the pages show beside the name', async () => {
    const romanized = kb.speakers.flatMap((s) => {
      const roman = romanization(s.data);
      return roman ? [{ roman, talks: kb.talksOf('speaker', s.id).map((t) => en.talk(t.id)) }] : [];
    });
    expect(romanized.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const { roman, talks } of romanized) {
      const found = new Set(await urlsOf(roman));
      for (const url of talks) if (!found.has(url)) failures.push(`${roman}: ${url}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('English reader queries (english-queries.ts)', () => {
  it('reaches recall@10 of at least 95%', async () => {
    const { recall, misses } = await recallAt10(search, ENGLISH_QUERIES, en.talk);
    expect(ENGLISH_QUERIES.length).toBeGreaterThanOrEqual(30);
    expect(recall, `missed: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the talks on backpressure, state backends, lakehouses, ByteDance and unaligned checkpoints, and on 反压 pasted in Chinese', async () => {
    const top = async (q: string) => (await urlsOf(q)).slice(0, 10);
    expect(await top('backpressure')).toContain(en.talk('ffa-2020/flink-unified-engine'));
    expect(await top('state backend')).toContain(en.talk('ffa-2020/state-backend-evolution'));
    expect(await top('lakehouse')).toContain(en.talk('ffa-2020/kylin-hudi-lakehouse'));
    expect(await top('ByteDance')).toContain(en.talk('ffa-2020/bytedance-large-scale-scheduling'));
    expect(await top('unaligned checkpoint')).toContain(en.talk('ffa-2022/shopee-unaligned-checkpoint'));
    expect(await top('反压')).toContain(en.talk('ffa-2020/flink-unified-engine'));
  });

  it('indexes no tag block, fact box or badge text in English either', async () => {
    const shown: string[] = [];
    for (const { q } of ENGLISH_QUERIES.slice(0, 10)) {
      const response = await searchTalks(search, q);
      for (const result of response.results.slice(0, 10)) {
        const data = await result.data();
        for (const label of ['Tags (English and Chinese)', 'Topics 主题', 'Watch the video', 'our translation']) {
          if (data.content.includes(label) || data.excerpt.includes(label)) shown.push(`${q}: ${data.url} holds "${label}"`);
        }
      }
    }
    expect(shown).toEqual([]);
  });
});
