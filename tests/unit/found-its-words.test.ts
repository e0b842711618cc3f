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

  it('accepts a part of a word that Pagefind indexes on its own, as it marks the whole word (SQL in MySQL)', () => {
    expect(foundItsWords('sql', marked('MySQL'))).toBe(true);
    expect(foundItsWords('stream', marked('data-stream'))).toBe(true);
    expect(foundItsWords('state', marked('RocksDBStateBackend'))).toBe(true);
    expect(foundItsWords('ysq', marked('MySQL'))).toBe(false);
  });

  it('keeps the results when any word of the query was found, and when it cannot tell', () => {
    expect(foundItsWords('flink asdfgh', marked('Flink', 'as'))).toBe(true);
    expect(foundItsWords('反压 asdfgh', marked('as'))).toBe(true);
    expect(foundItsWords('ab', marked('a'))).toBe(true);
    expect(foundItsWords('asdfgh', { excerpt: 'no mark in the excerpt' })).toBe(true);
  });
});
