/** The indexes pages are built from, on the fixture content (and the real corpus where the fixture is too small). */
import { describe, expect, it } from 'vitest';
import { buildKb } from '../../src/lib/kb.ts';
import { readContent } from '../../src/model/read-content.ts';
import { validateContent } from '../../src/model/validate.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';
import { kb as realKb } from '../helpers/corpus.ts';

const { content } = validateContent(readContent(VALID_FIXTURE));
const kb = buildKb(content);

describe('buildKb', () => {
  it('indexes talks by conference, topic, company, speaker, feature and glossary term', () => {
    expect(kb.talksOf('conference', 'conf-a').map((t) => t.id)).toEqual(['conf-a/unaligned', 'conf-a/platform']);
    expect(kb.talksOf('topic', 'checkpoint')).toHaveLength(2);
    expect(kb.talksOf('company', 'acme').map((t) => t.id)).toEqual(['conf-a/unaligned', 'conf-a/platform']);
    expect(kb.talksOf('speaker', 'zhang-san').map((t) => t.id)).toEqual(['conf-a/unaligned']);
    expect(kb.talksOf('feature', 'unaligned-checkpoint').map((t) => t.id)).toEqual(['conf-a/unaligned']);
    expect(kb.talksOf('term', 'backpressure').map((t) => t.id)).toEqual(['conf-a/unaligned']);
  });

  it('takes a talk’s companies from its speakers and from its own list', () => {
    expect(kb.talk('conf-a/unaligned')!.companies).toEqual(['acme']);
    expect(kb.talk('conf-a/platform')!.companies).toEqual(['acme']);
  });

  it('reports which companies discuss a feature', () => {
    expect(kb.featureUsers('unaligned-checkpoint')).toEqual([['acme', 1]]);
  });

  it('builds the agenda by day, unknown days last', () => {
    expect(kb.agenda('conf-a').map((d) => d.day)).toEqual(['2020-12-13', undefined]);
  });

  it('puts the reading list first and the other talks on a year timeline', () => {
    expect(kb.readingList('checkpoint').map((s) => s.talk.id)).toEqual(['conf-a/unaligned']);
    expect(kb.timeline('checkpoint')).toEqual([{ year: 2020, talks: [kb.talk('conf-a/platform')] }]);
    expect(kb.readingListsOf('conf-a/unaligned')).toMatchObject([{ topic: { id: 'checkpoint' }, index: 0, total: 1 }]);
  });

  it('counts coverage per conference', () => {
    expect(kb.coverage()).toMatchObject([{ talks: 2, withNotes: 1, withVideo: 0, withSlides: 0 }]);
  });

  it('lists recently added notes by their added date, not the build time', () => {
    expect(kb.recentlyAdded(5).map((t) => t.id)).toEqual(['conf-a/unaligned']);
  });

  it('lists notes added on the same day newest talk first (the real corpus, where many share a day)', () => {
    const recent = realKb.recentlyAdded(8);
    const sameDay = realKb.talks.filter((t) => t.data.notes !== 'none' && t.data.added === recent[0].data.added);
    expect(sameDay.length).toBeGreaterThan(8);
    expect(recent[0].year).toBe(Math.max(...sameDay.map((t) => t.year)));
    expect(recent.map((t) => t.year)).toEqual(recent.map((t) => t.year).sort((a, b) => b - a));
  });

  it('relates the two talks through their company', () => {
    expect(kb.related('conf-a/unaligned')).toMatchObject([{ talk: { id: 'conf-a/platform' }, reasons: [{ kind: 'company', id: 'acme' }, { kind: 'topic', id: 'checkpoint' }] }]);
  });
});
