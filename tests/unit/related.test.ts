import { describe, expect, it } from 'vitest';
import { relatedIndex, relatedTalks as relatedIn, type Tagged } from '../../src/lib/related.ts';

const relatedTalks = (talk: Tagged, all: Tagged[], options?: { limit?: number }) => relatedIn(talk, relatedIndex(all), options);

const talk = (id: string, fields: Partial<Tagged> = {}): Tagged => ({
  id,
  features: [],
  companies: [],
  speakers: [],
  topics: [],
  year: 2020,
  ...fields,
});

describe('relatedTalks', () => {
  const me = talk('me', { features: ['uc'], companies: ['bytedance'], topics: ['checkpoint', 'sql'] });

  it('ranks a shared feature above a shared company above a shared topic, and explains why', () => {
    const all = [
      me,
      talk('same-topic-twice', { topics: ['checkpoint', 'sql'] }),
      talk('same-company', { companies: ['bytedance'] }),
      talk('same-feature', { features: ['uc'] }),
    ];
    const related = relatedTalks(me, all);
    expect(related.map((r) => r.id)).toEqual(['same-feature', 'same-company', 'same-topic-twice']);
    expect(related[0].reasons).toEqual([{ kind: 'feature', id: 'uc' }]);
  });

  it('never suggests the talk itself, nor a talk sharing only one broad topic', () => {
    const related = relatedTalks(me, [me, talk('only-topic', { topics: ['sql'] })]);
    expect(related).toEqual([]);
  });

  it('breaks ties by the nearer year, then by id', () => {
    const all = [me, talk('b-far', { features: ['uc'], year: 2022 }), talk('a-far', { features: ['uc'], year: 2022 }), talk('near', { features: ['uc'], year: 2020 })];
    expect(relatedTalks(me, all).map((r) => r.id)).toEqual(['near', 'a-far', 'b-far']);
  });

  it('keeps at most the limit', () => {
    const all = [me, ...Array.from({ length: 9 }, (_, i) => talk(`t${i}`, { features: ['uc'] }))];
    expect(relatedTalks(me, all, { limit: 3 })).toHaveLength(3);
  });

  it('lets shared topics rank the talks the specific tags found, when those are enough to fill the list', () => {
    // Six talks share the feature (more than the limit of 5), so topic-only talks are not looked at;
    // among the six, each shared topic adds its weight: two topics, then one, then none (by id).
    const all = [
      me,
      ...['a', 'b', 'c'].map((id) => talk(`${id}-no-topic`, { features: ['uc'] })),
      talk('z-one-topic', { features: ['uc'], topics: ['sql'] }),
      talk('y-two-topics', { features: ['uc'], topics: ['checkpoint', 'sql'] }),
      talk('x-other-topic', { features: ['uc'], topics: ['lakehouse'] }),
      talk('topic-only', { topics: ['checkpoint', 'sql'] }),
    ];
    const related = relatedTalks(me, all);
    expect(related.map((r) => [r.id, r.score])).toEqual([
      ['y-two-topics', 5],
      ['z-one-topic', 4],
      ['a-no-topic', 3],
      ['b-no-topic', 3],
      ['c-no-topic', 3],
    ]);
    expect(related[0].reasons).toEqual([{ kind: 'feature', id: 'uc' }, { kind: 'topic', id: 'checkpoint' }, { kind: 'topic', id: 'sql' }]);
  });
});
