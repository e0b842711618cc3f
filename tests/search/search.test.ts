/**
 * Search over the built Pagefind index, run in Node with Pagefind's own code. The cross-language
 * cases are generated from the registries, so they follow the content; the hand-written reader
 * queries are in queries.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/urls.ts';
import { nameKey, pagefindFilters, searchTalks, TOKEN_FILTERS, type TalkSearch } from '../../src/lib/search-query.ts';
import { page } from '../helpers/dist.ts';
import { kb } from '../helpers/corpus.ts';
import { names } from '../../src/lib/names.ts';
import { loadPagefind, loadSearch, type NodePagefind, type SearchResult } from '../helpers/pagefind.ts';
import { QUERIES } from './queries.ts';
import { facetCountFailures, recallAt10, tagCases, tagFailures } from '../helpers/search-suites.ts';

let pagefind: NodePagefind;
let index: TalkSearch<SearchResult>;
beforeAll(async () => {
  pagefind = await loadPagefind();
  index = await loadSearch();
});

async function search(q: string | null, options: object = {}) {
  const response = await searchTalks(index, q, options);
  return { count: response.results.length, response, urls: async (n = 10) => (await Promise.all(response.results.slice(0, n).map((r) => r.data()))).map((d) => d.url as string) };
}

describe('cross-language search, generated from the registries', () => {
  const cases = tagCases();

  it('covers every feature, company and glossary term in use', () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it('finds every talk tagged with a feature, company or glossary term by its Chinese and its English name', async () => {
    expect(await tagFailures(index, cases, urls.talk)).toEqual([]);
  });
});

describe('order within a tag', () => {
  it("lists a tag's talks in Pagefind's ranking for the query, not in the order Pagefind numbered the pages", async () => {
    // 反压: Pagefind's best page matches only 压, so its word results are set aside as cut short and
    // the talks come from the tag term/backpressure; Pagefind still ranks most of them by their text.
    const found = await search('反压');
    const ranked = (await pagefind.search('反压'))!.results;
    const rankOf = new Map(ranked.map((r, i) => [r.id, i]));
    const ranks = found.response.results.map((r) => rankOf.get(r.id)).filter((r) => r !== undefined);
    expect(ranks.length).toBeGreaterThan(3);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('words the talks do not hold', () => {
  it('find nothing, rather than what Pagefind finds for a cut-short prefix (asdfgh → "as")', async () => {
    for (const q of ['asdfgh', 'backpresure', 'xyzzy', 'sdafadsfasdf']) expect((await search(q)).count, q).toBe(0);
    // What a reader is still typing, and a stemmed form, still find.
    expect((await search('checkpo')).count).toBeGreaterThan(5);
    expect((await search('checkpoints')).count).toBeGreaterThan(5);
  });
});

describe('Chinese words the talks do not hold', () => {
  it('find nothing, rather than pages that hold one character or a shorter word of them (火星殖民 → 火, 连接器 → 连接)', async () => {
    for (const q of ['火星殖民', '量子纠缠']) expect((await search(q)).count, q).toBe(0);
    const { urls: top } = await search('连接器');
    for (const url of await top(100)) expect(kb.talksOf('topic', 'connectors').map((t) => urls.talk(t.id)), url).toContain(url);
  });
});

describe('a glossary term in one language', () => {
  it('ranks the talks that carry it in their title in the other language in the top 10 (检查点 → the Checkpoint talks)', async () => {
    const missing: string[] = [];
    for (const term of kb.glossary) {
      const names = [term.data.zh, term.data.en].map((n) => n.toLowerCase());
      const titled = kb.talksOf('term', term.id).filter((t) => names.some((n) => t.data.title.toLowerCase().includes(n)));
      if (!titled.length || titled.length > 5) continue;
      for (const q of [term.data.zh, term.data.en]) {
        const top = await (await search(q)).urls(10);
        for (const t of titled) if (!top.includes(urls.talk(t.id))) missing.push(`${q}: ${t.id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('a topic\'s name', () => {
  it('finds every talk of the topic, in either language and from a word of its name (金融 → 金融行业)', async () => {
    const missing: string[] = [];
    for (const topic of kb.topics) {
      const expected = kb.talksOf('topic', topic.id).map((t) => urls.talk(t.id));
      for (const q of [topic.data.title, topic.data.titleEn]) {
        const found = await (await search(q)).urls(1000);
        for (const url of expected) if (!found.includes(url)) missing.push(`${q}: ${url}`);
      }
    }
    const finance = await (await search('金融')).urls(1000);
    for (const t of kb.talksOf('topic', 'finance')) if (!finance.includes(urls.talk(t.id))) missing.push(`金融: ${t.id}`);
    expect(missing).toEqual([]);
  });
});

describe('the glossary\'s links to the search page', () => {
  it('each show exactly the talks the glossary counts for the term', async () => {
    const links = page('/glossary/').$('.glossary-table tbody a[href*="?term="]').map((_, a) => page('/glossary/').$(a)).get();
    expect(links.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const link of links) {
      const id = new URL(link.attr('href')!, 'http://site.local').searchParams.get('term')!;
      const counted = Number(/\d+/.exec(link.text())![0]);
      const response = await searchTalks(index, null, { filters: pagefindFilters({ term: [id] }) });
      const found = (await Promise.all(response.results.map((r) => r.data()))).map((d) => d.url as string).sort();
      const tagged = kb.talksOf('term', id).map((t) => urls.talk(t.id)).sort();
      if (found.length !== counted || JSON.stringify(found) !== JSON.stringify(tagged)) wrong.push(`${id}: says ${counted}, the search shows ${found.length}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('reader queries (queries.ts)', () => {
  it('reaches recall@10 of at least 95%', async () => {
    const { recall, misses } = await recallAt10(index, QUERIES, urls.talk);
    expect(QUERIES.length).toBeGreaterThanOrEqual(50);
    expect(recall, `missed: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('puts talks that really contain a two-character Chinese word (or its glossary pair) first', async () => {
    const wrong: string[] = [];
    for (const { q } of QUERIES.filter((x) => /^\p{Script=Han}{2}$/u.test(x.q))) {
      const forms = [q, ...kb.glossary.filter((g) => [g.data.zh, ...g.data.aliases].includes(q)).flatMap((g) => [g.data.zh, g.data.en, ...g.data.aliases])].map((f) => f.toLowerCase());
      const contains = (text: string) => forms.some((f) => text.toLowerCase().includes(f));
      // The top 3, or as many as there are talks that contain the word at all.
      const truly = kb.talks.filter((t) => contains(`${t.data.title}\n${t.body ?? ''}\n${t.data.summary ?? ''}\n${t.data.takeaways.join('\n')}`) || t.terms.some((id) => kb.term(id)!.data.zh === q)).length;
      const response = await searchTalks(index, q);
      for (const result of response.results.slice(0, Math.min(3, truly))) {
        const data = await result.data();
        if (!contains(`${data.meta.title} ${data.content}`)) wrong.push(`${q}: ${data.url}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('filters and sorting', () => {
  it('returns only a topic’s talks under a topic filter, as many as the content has', async () => {
    for (const topic of kb.topics) {
      const { count, urls: top } = await search(null, { filters: { topic: topic.id } });
      const expected = kb.talksOf('topic', topic.id).map((t) => urls.talk(t.id));
      expect(count, topic.id).toBe(expected.length);
      expect((await top(1000)).filter((u) => !expected.includes(u)), topic.id).toEqual([]);
    }
  });

  it('counts facets the way the content does', async () => {
    const facets = await pagefind.filters();
    expect(facets.conference).toEqual(Object.fromEntries(kb.conferences.map((c) => [c.id, kb.talksOf('conference', c.id).length])));
    expect(facets.year['2021']).toBe(kb.talksOf('conference', 'ffa-2021').length);
    expect(Object.values(facets.kind).reduce((a, b) => a + b, 0)).toBe(kb.talks.length);
  });

  it('counts, for a query, every talk it finds, also those found by a title or tag only (阿里巴巴 found 24 and counted 9)', async () => {
    await pagefind.filters(); // as the search page loads them before its first query
    expect(await facetCountFailures(index, ['Alibaba', '阿里巴巴', '字节跳动', 'ByteDance', '实时', '反压', '超大规模', '批流一体', 'checkpoint'])).toEqual([]);
  });

  it('combines a query with a company filter', async () => {
    const { urls: top } = await search('Flink SQL', { filters: { company: 'bytedance' } });
    const all = await top(100);
    expect(all.length).toBeGreaterThan(0);
    const bytedance = kb.talksOf('company', 'bytedance').map((t) => urls.talk(t.id));
    expect(all.filter((u) => !bytedance.includes(u))).toEqual([]);
  });

  it('keeps every result when sorting by date, in both directions', async () => {
    for (const q of ['Flink', 'checkpoint', '平台']) {
      const plain = await search(q);
      const asc = await search(q, { sort: { date: 'asc' } });
      const desc = await search(q, { sort: { date: 'desc' } });
      expect(asc.count, q).toBe(plain.count);
      expect(desc.count, q).toBe(plain.count);
      // Sorted means sorted: Pagefind's date-sorted matches come first, their dates only going down;
      // talks found only by their title or tag names follow them.
      const sortedPart = (await pagefind.search(q, { sort: { date: 'desc' } })).results.length;
      const dates = await Promise.all(desc.response.results.slice(0, Math.min(20, sortedPart)).map(async (r) => (await r.data()).meta.date as string));
      expect([...dates].sort().reverse(), q).toEqual(dates);
    }
    const all = await search(null, { sort: { date: 'asc' } });
    expect(all.count).toBe(kb.talks.length);
    const first = (await all.urls(1))[0];
    expect(first.startsWith('/talks/ffa-2019/')).toBe(true);
  });
});

describe('what the index holds', () => {
  it('indexes talk pages only', async () => {
    const { count, urls: all } = await search(null);
    expect(count).toBe(kb.talks.length);
    expect((await all(1000)).every((u) => u.startsWith('/talks/'))).toBe(true);
  });

  it('holds each tag as a filter value, and the tag name index turns each of its names into it', async () => {
    const missing: string[] = [];
    for (const talk of kb.talks.filter((t) => t.data.features.length > 1).slice(0, 20)) {
      const response = await pagefind.search(null, { filters: { feature: talk.data.features[0] } });
      for (const result of response.results) {
        const data = await result.data();
        if (data.url !== urls.talk(talk.id)) continue;
        for (const id of talk.data.features) {
          if (!data.filters[TOKEN_FILTERS.tag]?.includes(`feature/${id}`)) missing.push(`${talk.id}: no filter value feature/${id}`);
          for (const name of names.feature(kb.feature(id)!.data)) {
            if (!index.tags[nameKey(name)]?.includes(`feature/${id}`)) missing.push(`${talk.id}: "${name}" does not name feature/${id}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('indexes no tag block, fact box or badge text, so no excerpt can show it', async () => {
    const shown: string[] = [];
    for (const { q } of QUERIES) {
      const response = await searchTalks(index, q);
      for (const result of response.results.slice(0, 10)) {
        const data = await result.data();
        for (const label of ['标签（中英对照）', '主题 Topics', '特性 Features', '公司 Companies', '术语 Terms', '分论坛', '看视频']) {
          if (data.content.includes(label) || data.excerpt.includes(label)) shown.push(`${q}: ${data.url} holds "${label}"`);
        }
      }
    }
    expect(shown).toEqual([]);
  });
});
