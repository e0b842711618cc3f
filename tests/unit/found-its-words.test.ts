import { describe, expect, it } from 'vitest';
import { foundItsWords } from '../../src/lib/search-query.ts';

const marked = (...words: string[]) => ({ excerpt: `… ${words.map((w) => `<mark>${w}</mark>`).join(' … ')} …` });

describe('a query word Pagefind found, or only a cut-short prefix of it', () => {
  it('refuses a match on a prefix cut from the query word', () => {
    expect(foundItsWords('asdfgh', marked('as'))).toBe(false);
    expect(foundItsWords('backpresure', marked('back', 'back'))).toBe(false);
    expect(foundItsWords('jark', marked('Jars,'))).toBe(false);
    expect(foundItsWords('paimon', marked('(PA)'))).toBe(false);
  });

  it('accepts the word, a word it begins (as a reader types), and a stemmed form', () => {
    expect(foundItsWords('backpressure', marked('backpressure;'))).toBe(true);
    expect(foundItsWords('checkpo', marked('Checkpoint'))).toBe(true);
    expect(foundItsWords('checkpoints', marked('Checkpoint.'))).toBe(true);
    expect(foundItsWords('processing', marked('processed'))).toBe(true);
    expect(foundItsWords('policies', marked('policy'))).toBe(true);
  });

  it('refuses Chinese where the marks hold only part of the query\'s words (火星殖民 → 火, 连接器 → 连接)', () => {
    expect(foundItsWords('火星殖民', marked('火'))).toBe(false);
    expect(foundItsWords('连接器', marked('连接'))).toBe(false);
    expect(foundItsWords('反压 asdfgh', marked('as'))).toBe(false);
  });

  it('accepts a Chinese phrase the page holds, however Pagefind split it into marks (超大|规模; 实|时|数|仓)', () => {
    expect(foundItsWords('超大规模', { excerpt: '… <mark>超大</mark><mark>规模</mark>集群 …' })).toBe(true);
    expect(foundItsWords('超大规模', marked('大规模', '超'))).toBe(false);
    expect(foundItsWords('实时数仓', { excerpt: '… <mark>实</mark><mark>时</mark><mark>数</mark><mark>仓</mark>的建设 …' })).toBe(true);
    expect(foundItsWords('流', marked('流'))).toBe(true);
  });

  it('accepts a part of a word that Pagefind indexes on its own, as it marks the whole word (SQL in MySQL)', () => {
    expect(foundItsWords('sql', marked('MySQL'))).toBe(true);
    expect(foundItsWords('stream', marked('data-stream'))).toBe(true);
    expect(foundItsWords('state', marked('RocksDBStateBackend'))).toBe(true);
    expect(foundItsWords('ysq', marked('MySQL'))).toBe(false);
  });

  it('keeps the results when any word of the query was found, and when it cannot tell', () => {
    expect(foundItsWords('flink asdfgh', marked('Flink', 'as'))).toBe(true);
    expect(foundItsWords('反压 asdfgh', marked('反压'))).toBe(true);
    expect(foundItsWords('ab', marked('a'))).toBe(true);
    expect(foundItsWords('asdfgh', { excerpt: 'no mark in the excerpt' })).toBe(true);
  });
});
