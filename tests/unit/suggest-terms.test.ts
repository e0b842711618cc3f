import { expect, it } from 'vitest';
import { suggestTerms, type TermForms } from '../../src/lib/suggest-terms.ts';

const glossary: TermForms[] = [
  ['反压', 'backpressure', '背压'],
  ['维表', 'dimension table', '维度表'],
];

it('suggests the other-language forms of the glossary term a query names', () => {
  expect(suggestTerms('背压', glossary)).toEqual(['反压', 'backpressure']);
  expect(suggestTerms('Backpressure', glossary)).toEqual(['反压']);
  expect(suggestTerms('dimension table join', glossary)).toEqual(['维表']);
  expect(suggestTerms('数据湖', glossary)).toEqual([]);
  expect(suggestTerms('  ', glossary)).toEqual([]);
});

it('suggests the term a query misspells, both its forms, and nothing for words far from any term', () => {
  expect(suggestTerms('backpresure', glossary)).toEqual(['反压', 'backpressure']);
  expect(suggestTerms('bakcpressure', glossary)).toEqual(['反压', 'backpressure']);
  expect(suggestTerms('dimension tabel', glossary)).toEqual(['维表', 'dimension table']);
  expect(suggestTerms('asdfgh', glossary)).toEqual([]);
  expect(suggestTerms('backtrack', glossary)).toEqual([]);
});
