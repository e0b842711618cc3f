import { describe, expect, it } from 'vitest';
import { searchTokenSpansHtml, tagItemsHtml } from '../../src/site/fragments.ts';
import { ui } from '../../src/i18n/ui.ts';
import type { TalkView } from '../../src/lib/kb.ts';

// The string-built blocks must escape what Astro's templates escaped: a name or title with & < > "
// stays text, never markup.
const zh = { t: ui.zh, list: (items: string[]) => items.join(ui.zh.list) };

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
