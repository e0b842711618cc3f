import { expect, it } from 'vitest';
import { suggestTerms } from '../../src/lib/suggest-terms.ts';

const glossary = [
  { zh: '反压', en: 'backpressure', aliases: ['背压'] },
  { zh: '维表', en: 'dimension table', aliases: ['维度表'] },
];

it('suggests the other-language forms of the glossary term a query names', () => {
  expect(suggestTerms('背压', glossary)).toEqual(['反压', 'backpressure']);
  expect(suggestTerms('Backpressure', glossary)).toEqual(['反压']);
  expect(suggestTerms('dimension table join', glossary)).toEqual(['维表']);
  expect(suggestTerms('数据湖', glossary)).toEqual([]);
  expect(suggestTerms('  ', glossary)).toEqual([]);
});
