import { expect, test } from 'vitest';
import { formatDay, formatRange } from '../../src/i18n/localize.ts';
import { romanize } from '../../src/lib/romanize.ts';
import { flinkTitleBeside } from '../../src/lib/names.ts';

test('Chinese dates are written as Chinese readers write them, shared parts once', () => {
  expect(formatDay('2020-12-13')).toBe('2020年12月13日');
  expect(formatRange('2020-12-13', '2020-12-15')).toBe('2020年12月13日–15日');
  expect(formatRange('2019-11-28', '2019-12-01')).toBe('2019年11月28日–12月1日');
  expect(formatRange('2021-12-31', '2022-01-02')).toBe('2021年12月31日–2022年1月2日');
  expect(formatRange('2020-04-25', '2020-04-25')).toBe('2020年4月25日');
});

test('English dates come from Intl, in English order', () => {
  expect(formatDay('2020-12-13', 'en')).toBe('December 13, 2020');
  expect(formatRange('2020-12-13', '2020-12-15', 'en')).toMatch(/^December 13\s?–\s?15, 2020$/);
  expect(formatRange('2019-11-28', '2019-12-01', 'en')).toMatch(/^November 28\s?–\s?December 1, 2019$/);
});

test('a Chinese name is romanized surname first, with the surname read as a surname', () => {
  expect(romanize('俞航翔')).toBe('Yu Hangxiang');
  expect(romanize('单卫杰')).toBe('Shan Weijie');
  expect(romanize('伍翀')).toBe('Wu Chong');
});

test('a speaker\'s Flink title is printed beside the position only where the position does not already say it', () => {
  // Said already: in the part of the position that names Flink, in any case.
  expect(flinkTitleBeside({ flinkTitle: 'Contributor', position: 'Apache Flink Contributor,阿里巴巴高级开发工程师' })).toBeUndefined();
  expect(flinkTitleBeside({ flinkTitle: 'PMC member', position: 'Apache Flink & Apache HBase PMC Member,阿里巴巴实时计算存储引擎团队负责人' })).toBeUndefined();
  expect(flinkTitleBeside({ flinkTitle: 'Committer', position: '阿里巴巴技术专家，Apache Flink committer' })).toBeUndefined();
  // Not said: no position, a position without it, or the word said of another project.
  expect(flinkTitleBeside({ flinkTitle: 'Contributor', position: '网易互娱资深工程师' })).toBe('Contributor');
  expect(flinkTitleBeside({ flinkTitle: 'Committer', position: undefined })).toBe('Committer');
  expect(flinkTitleBeside({ flinkTitle: 'PMC member', position: 'Apache HBase PMC,Apache Flink Contributor' })).toBe('PMC member');
  expect(flinkTitleBeside({ flinkTitle: undefined, position: 'Apache Flink Committer' })).toBeUndefined();
});
