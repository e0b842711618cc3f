import { describe, expect, it } from 'vitest';
import type { Conference, Talk } from '../../src/model/schema.ts';
import { compareTalks, sortDay, sortKey } from '../../src/lib/talk-order.ts';

const conference = { start: '2020-12-13', end: '2020-12-15', tracks: [{ id: 'keynote' }, { id: 'core' }] } as Conference;
const talk = (fields: Partial<Talk>) => ({ title: 't', ...fields }) as Talk;

describe('talk order', () => {
  it('gives every talk a sort day: its own, else the conference start', () => {
    expect(sortDay(talk({ day: '2020-12-14' }), conference)).toBe('2020-12-14');
    expect(sortDay(talk({}), conference)).toBe('2020-12-13');
  });

  it('makes a numeric sort key that keeps day, half-day and agenda order', () => {
    const keys = [
      sortKey(talk({ day: '2020-12-13', session: 'morning', order: 2 }), conference),
      sortKey(talk({ day: '2020-12-13', session: 'afternoon', order: 1 }), conference),
      sortKey(talk({ day: '2020-12-14', order: 1 }), conference),
    ];
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    // Pagefind compares sort values as 32-bit floats: the keys must be exact there, so below 2^24.
    for (const key of keys) expect(Math.fround(key), String(key)).toBe(key);
    expect(sortKey(talk({ day: '2030-12-31', session: 'afternoon', order: 999 }), conference)).toBeLessThan(2 ** 24);
  });

  it('sorts known days before unknown ones, then by track as the conference lists them', () => {
    const place = (id: string, fields: Partial<Talk>) => ({ id, talk: talk(fields), conference });
    const sorted = [
      place('unknown-day', { order: 1 }),
      place('core', { day: '2020-12-13', track: 'core', order: 1 }),
      place('keynote', { day: '2020-12-13', track: 'keynote', order: 5 }),
    ].sort(compareTalks);
    expect(sorted.map((p) => p.id)).toEqual(['keynote', 'core', 'unknown-day']);
  });
});
