import { describe, expect, it } from 'vitest';
import { searchTokenSpansHtml, tagItemsHtml, talkListItemsHtml } from '../../src/site/fragments.ts';
import { ui } from '../../src/i18n/ui.ts';
import { localize } from '../../src/i18n/localize.ts';
import type { TalkView } from '../../src/lib/kb.ts';
import { escapeHtml } from '../../src/lib/security.ts';
import { chineseMarkedHtml } from '../../src/i18n/mark-chinese.ts';
import { kb } from '../helpers/corpus.ts';

// The string-built blocks must escape what Astro's templates escaped: a name or title with & < > "
// stays text, never markup.
const zh = { t: ui.zh, list: (items: string[]) => items.join(ui.zh.list), html: escapeHtml };
const en = { t: ui.en, list: (items: string[]) => items.join(ui.en.list), html: chineseMarkedHtml };

describe('tagItemsHtml', () => {
  it('links each tag with its first two names, lists the others after it, and escapes them', () => {
    const html = tagItemsHtml(
      [
        { href: '/features/a/', names: ['A & B', '<C>', 'alias "1"', 'alias 2'] },
        { href: '/features/b/', names: ['Flink SQL'] },
      ],
      zh,
    );
    expect(html).toBe(
      '<a href="/features/a/">A &#38; B / &#60;C&#62;</a> <span class="muted small">（alias &#34;1&#34;、alias 2）</span>' +
        ' · <a href="/features/b/">Flink SQL</a>',
    );
  });
  it('marks the Chinese names on an English page as Chinese', () => {
    expect(tagItemsHtml([{ href: '/en/topics/ml-ai/', names: ['ML/AI and PyFlink', '机器学习与 PyFlink', '人工智能'] }], en)).toBe(
      '<a href="/en/topics/ml-ai/">ML/AI and PyFlink / <span lang="zh-CN">机器学习与</span> PyFlink</a> <span class="muted small"> (<span lang="zh-CN">人工智能</span>)</span>',
    );
  });
});

describe('searchTokenSpansHtml', () => {
  const talk = {
    data: { title: '超大规模 Flink 调度', altTitles: [{ title: "Flink's \"live\" & more" }], features: ['uc'] },
    companies: ['bytedance'],
    terms: [],
    speakers: ['li-si'],
  } as unknown as TalkView;

  it('carries each title token once and each nameable tag as kind/id, as empty filter spans only', () => {
    const html = searchTokenSpansHtml(talk, ['Large-scale Flink scheduling']);
    const values = [...html.matchAll(/<span data-pagefind-filter="([^"<>]*)"><\/span>/g)].map((m) => m[1]);
    // Nothing but the spans: a quote or bracket from a title would break this.
    expect(html).toBe(values.map((v) => `<span data-pagefind-filter="${v}"></span>`).join(''));
    expect(values).toEqual(expect.arrayContaining(['title-token:超大', 'title-token:规模', 'title-token:large scale', "title-token:flink's", 'title-token:live']));
    expect(values).toEqual(expect.arrayContaining(['tag:feature/uc', 'tag:company/bytedance', 'tag:speaker/li-si']));
    expect(new Set(values).size).toBe(values.length);
  });
});

describe('talkListItemsHtml', () => {
  const zhL = localize(kb, 'zh');
  const enL = localize(kb, 'en');
  // A talk with a video whose speaker is printed in Chinese only.
  const talk = kb.talk('ffa-2022/zhihu-realtime-platform-evolution')!;

  it('shows title, notes status, video, conference and speakers, with the romanization only on English lists', () => {
    const zh = talkListItemsHtml([talk], kb, zhL);
    expect(zh).toBe(
      `<li><a class="title" href="/talks/ffa-2022/zhihu-realtime-platform-evolution/">${talk.data.title}</a>` +
        ` <span class="badge notes-${talk.data.notes}">${ui.zh.notes[talk.data.notes]}</span>` +
        ` <span class="badge video" title="${ui.zh.videoBadgeTitle}">${ui.zh.videoBadge}</span>` +
        ` <span class="meta">FFA 2022 · 贾承昆</span></li>`,
    );
    const en = talkListItemsHtml([talk], kb, enL);
    expect(en).toContain(`href="/en/talks/ffa-2022/zhihu-realtime-platform-evolution/">${kb.en.talk(talk.id)!.data.title}</a>`);
    expect(en).toContain(`<span lang="zh-CN">贾承昆</span> <span class="romanized-name" title="${ui.en.talk.romanizedTitle}">Jia Chengkun<span class="visually-hidden"> ${ui.en.talk.romanized}</span></span>`);
    // Built once per language and layout: a second list reuses the item, the other language does not.
    expect(talkListItemsHtml([talk], kb, zhL)).toBe(zh);
  });

  it('leaves the conference out on request and adds an escaped note line', () => {
    const html = talkListItemsHtml([talk], kb, zhL, { showConference: false, note: () => 'why <this> & "that"' });
    expect(html).toContain('<span class="meta">贾承昆</span> <span class="why">why &#60;this&#62; &#38; &#34;that&#34;</span></li>');
    expect(html).not.toContain('FFA 2022');
  });

  it('escapes titles and names, so they stay text', () => {
    const odd = { ...talk, id: 'ffa-2022/odd', data: { ...talk.data, title: 'A <b> & "c"', appearances: [] } } as TalkView;
    expect(talkListItemsHtml([odd], kb, zhL)).toContain('>A &#60;b&#62; &#38; &#34;c&#34;</a>');
  });
});
