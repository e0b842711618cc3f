import { describe, expect, it } from 'vitest';
import { glossaryMatcher } from '../../src/lib/glossary-match.ts';

const term = (id: string, zh: string, en: string, aliases: string[] = []) => ({ id, data: { id, zh, en, aliases } });
const matcher = glossaryMatcher([
  term('backpressure', '反压', 'backpressure', ['背压', 'back pressure']),
  term('ha', '高可用', 'high availability', ['HA']),
  term('lakehouse', '湖仓一体', 'lakehouse'),
]);

describe('glossaryMatcher', () => {
  it('finds a term by its Chinese form, its English form or an alias', () => {
    expect(matcher.termsIn('作业出现反压')).toEqual(['backpressure']);
    expect(matcher.termsIn('Checkpoint under Backpressure')).toEqual(['backpressure']);
    expect(matcher.termsIn('背压严重')).toEqual(['backpressure']);
    expect(matcher.termsIn('back-pressure on the sink')).toEqual(['backpressure']);
  });

  it('matches Latin forms as whole words only', () => {
    expect(matcher.termsIn('that is all')).toEqual([]);
    expect(matcher.termsIn('JobManager HA 依赖 ZooKeeper')).toEqual(['ha']);
  });

  it('matches Chinese forms inside running text', () => {
    expect(matcher.termsIn('基于湖仓一体的架构，避免反压')).toEqual(['backpressure', 'lakehouse']);
  });
});
