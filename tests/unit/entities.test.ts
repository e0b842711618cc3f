/** The entity links search offers above the talks (/entities.json), on the real corpus. */
import { describe, expect, it } from 'vitest';
import { entityLinks, matchEntities } from '../../src/lib/entities.ts';
import { ui } from '../../src/i18n/ui.ts';
import { kb } from '../helpers/corpus.ts';

describe('entity links', () => {
  it('find a speaker named only in Chinese by our romanization, labelled as ours on English pages only', () => {
    const [first] = matchEntities('Wu Chong', entityLinks(kb, 'en'));
    expect(first).toMatchObject({ kind: 'speaker', url: '/en/speakers/wu-chong/' });
    expect(first.label).toBe(`伍翀 / 云邪 · Wu Chong ${ui.en.talk.romanized}`);
    const zh = entityLinks(kb, 'zh').find((e) => e.url === '/speakers/wu-chong/')!;
    expect(zh.label).toBe('伍翀 / 云邪');
    expect(matchEntities('Wu Chong', entityLinks(kb, 'zh'))[0]?.url).toBe('/speakers/wu-chong/');
  });

  it('offer the pages whose whole name a longer query holds, after the names that match it, and not a name inside a word', () => {
    const en = entityLinks(kb, 'en');
    expect(matchEntities('checkpoint timeout', en).map((e) => e.url)).toContain('/en/topics/checkpoint/');
    expect(matchEntities('how ByteDance tunes checkpoints', en).map((e) => e.url)).toContain('/en/companies/bytedance/');
    // A name the query matches outright still comes first.
    expect(matchEntities('checkpoint', en)[0].url).toBe('/en/topics/checkpoint/');
    // "checkpoints" is not the word "checkpoint" for this rule; Chinese names match inside a phrase.
    expect(matchEntities('checkpoints timing out', en).map((e) => e.url)).not.toContain('/en/topics/checkpoint/');
    expect(matchEntities('快手的实时数仓', entityLinks(kb, 'zh')).map((e) => e.url)).toContain('/companies/kuaishou/');
  });

  it('give a speaker with a Latin-letter name no romanization', () => {
    const withName = kb.speakers.find((s) => s.data.nameEn)!;
    const link = entityLinks(kb, 'en').find((e) => e.url === `/en/speakers/${withName.id}/`)!;
    expect(link.label).not.toContain(ui.en.talk.romanized);
    expect(link.names[0]).toBe(withName.data.nameEn);
  });
});
