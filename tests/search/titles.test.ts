/**
 * Search never comes back empty for words a reader can see in a title. Generated from every
 * talk's title and other titles: every run of 3–8 Chinese characters, and every word of two or
 * more characters that the browser's splitter (Intl.Segmenter, ICU) cuts from it, must find the
 * talk; and when fewer than 10 titles contain the phrase, the talk ranks in the top 10. Queries
 * go through searchTalks, the function the browser's search UIs call.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { searchTalks } from '../../src/lib/search-query.ts';
import { urls } from '../../src/lib/urls.ts';
import { kb } from '../helpers/corpus.ts';
import { loadPagefind, type NodePagefind } from '../helpers/pagefind.ts';

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();
const titlesOf = (talk: (typeof kb.talks)[number]) => [talk.data.title, ...talk.data.altTitles.map((a) => a.title)].map(normalize);

function chineseRuns(title: string): string[] {
  const phrases = new Set<string>();
  for (const [run] of title.matchAll(/\p{Script=Han}+/gu)) {
    const chars = [...run];
    for (let length = 3; length <= 8; length++) for (let i = 0; i + length <= chars.length; i++) phrases.add(chars.slice(i, i + length).join(''));
  }
  return [...phrases];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
function browserWords(title: string): string[] {
  return [...new Set([...segmenter.segment(title)].filter((s) => s.isWordLike && [...s.segment].length >= 2).map((s) => s.segment.toLowerCase()))];
}

/** Does a title contain the phrase: Chinese anywhere, a Latin word as a word ("on" is not in "Functions"). */
const contains = (title: string, phrase: string) =>
  /\p{Script=Han}/u.test(phrase) ? title.includes(phrase) : browserWords(title).includes(phrase);

/** Every generated phrase, with the talks whose titles contain it. */
function cases(generate: (title: string) => string[]) {
  const phrases = new Set(kb.talks.flatMap((talk) => titlesOf(talk).flatMap(generate)));
  return [...phrases].map((phrase) => ({ phrase, talks: kb.talks.filter((t) => titlesOf(t).some((title) => contains(title, phrase))).map((t) => t.id) }));
}

let pagefind: NodePagefind;
beforeAll(async () => {
  pagefind = await loadPagefind();
});

async function failures(list: { phrase: string; talks: string[] }[]) {
  const failed: string[] = [];
  for (const { phrase, talks } of list) {
    const response = await searchTalks(pagefind, phrase);
    const ranked = await Promise.all(response.results.map(async (r) => ((await r.data()) as { url: string }).url));
    const found = new Map(ranked.map((url, i) => [url, i]));
    for (const id of talks) {
      const at = found.get(urls.talk(id));
      if (at === undefined) failed.push(`"${phrase}" does not find ${id}`);
      else if (talks.length < 10 && (at === undefined || at >= 10)) failed.push(`"${phrase}" ranks ${id} ${at === undefined ? 'nowhere' : `at ${at + 1}`}; fewer than 10 titles contain it`);
    }
  }
  return failed;
}

describe('title phrases, generated from every title', () => {
  const runs = cases(chineseRuns);
  const words = cases(browserWords);

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
    const top = async (q: string) => Promise.all((await searchTalks(pagefind, q)).results.slice(0, 10).map(async (r) => ((await r.data()) as { url: string }).url));
    expect((await top('超大规模'))[0]).toBe(urls.talk('ffa-2020/bytedance-large-scale-scheduling'));
    expect(await top('大规模')).toContain(urls.talk('ffa-2020/bytedance-large-scale-scheduling'));
    expect(await top('批流一体')).toContain(urls.talk('ffa-2020/linkedin-spark-to-flink'));
  });
});
