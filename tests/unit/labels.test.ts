import { expect, it } from 'vitest';
import { formatDay, formatRange } from '../../src/lib/labels.ts';

it('prints days and ranges the Chinese way', () => {
  expect(formatDay('2020-12-13')).toBe('2020年12月13日');
  expect(formatRange('2020-12-13', '2020-12-15')).toBe('2020年12月13日–15日');
  expect(formatRange('2019-11-28', '2019-12-01')).toBe('2019年11月28日–12月1日');
  expect(formatRange('2021-12-31', '2022-01-02')).toBe('2021年12月31日–2022年1月2日');
  expect(formatRange('2020-04-25', '2020-04-25')).toBe('2020年4月25日');
});
