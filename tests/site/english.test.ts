/**
 * The English edition as a reader and a crawler meet it: every page has its twin in the other
 * language (also under a base path), the language switch and hreflang alternates lead to it, the
 * sitemap lists both, and an English page prints none of the Chinese dictionary's strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { clientText } from '../../src/i18n/client-text.ts';
import { builtSite, DIST, DIST_BASE, root, TEST_BASE } from '../helpers/dist.ts';
import { kb } from '../helpers/corpus.ts';
import { romanization } from '../../src/lib/romanize.ts';

const NOT_FOUND = /\/404\.html$/;

/** Every string leaf of a dictionary (functions called with sample arguments). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...a: unknown[]) => unknown)(2, 'x'))];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
const english = new Set([...strings(ui.en), ...strings(clientText.en)]);
const chinese = [...new Set([...strings(ui.zh), ...strings(clientText.zh)])]
  .map((s) => s.replace(/<[^>]+>/g, '').trim())
  .filter((s) => /\p{Script=Han}/u.test(s) && !english.has(s));
/** Long phrases cannot occur in content by chance; short labels are checked where labels live. */
// Our English content may itself quote a Chinese label (a source's priority marks 重点、非常重要): that is content, not UI.
const englishContent = JSON.stringify([
  kb.talks.map((t) => [kb.en.talk(t.id)?.data, kb.en.talk(t.id)]),
  kb.sources.map((s) => s.data.descriptionEn),
  kb.features.map((f) => f.data.descriptionEn),
  kb.glossary.map((g) => g.data.noteEn),
]);
const phrases = chinese.filter((s) => [...s].length >= 4 && !englishContent.includes(s));
const labels = new Set(chinese);

describe.each([
  ['at the root', root],
  ['under BASE', builtSite(DIST_BASE, TEST_BASE)],
])('twins %s', (_, site) => {
  const all = site.sitePages().filter((p) => !NOT_FOUND.test(p.path));
  const paths = new Set(all.map((p) => p.path));
  const enPrefix = `${site.base}en/`;
  const twinOf = (path: string) => (path.startsWith(enPrefix) ? site.base + path.slice(enPrefix.length) : enPrefix + path.slice(site.base.length));

  it('gives every Chinese page its English twin under /en/, and every English page its Chinese twin', () => {
    const english = all.filter((p) => p.path.startsWith(enPrefix));
    expect(english.length).toBeGreaterThan(400);
    expect(english.length * 2).toBe(all.length);
    expect(all.filter((p) => !paths.has(twinOf(p.path))).map((p) => p.path)).toEqual([]);
  });

  it('links each page to its twin with the language switch and hreflang alternates', () => {
    const wrong: string[] = [];
    for (const p of all) {
      const twin = twinOf(p.path);
      if (p.$('a.lang-switch').attr('href') !== twin) wrong.push(`${p.path}: switch → ${p.$('a.lang-switch').attr('href')}`);
      const alternates = Object.fromEntries(p.$('link[rel="alternate"][hreflang]').map((_, el) => [[p.$(el).attr('hreflang'), new URL(p.$(el).attr('href')!).pathname]]).get());
      const zh = p.path.startsWith(enPrefix) ? twin : p.path;
      const en = p.path.startsWith(enPrefix) ? p.path : twin;
      if (alternates['zh-CN'] !== zh || alternates.en !== en || alternates['x-default'] !== zh) wrong.push(`${p.path}: alternates ${JSON.stringify(alternates)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the English pages', () => {
  const englishPages = root.sitePages().filter((p) => p.path.startsWith('/en/'));

  it('are found by the Chinese dictionary check (it can fail)', () => {
    expect(phrases.length).toBeGreaterThan(40);
    expect(phrases.some((s) => root.page('/').$('body').text().includes(s))).toBe(true);
  });

  it('print none of the Chinese dictionary\'s phrases, in text or in labels for assistive technology', () => {
    const found: string[] = [];
    for (const p of englishPages) {
      const text = [p.$('body').text(), p.$('title').text(), ...p.$('[aria-label], [title], [placeholder]').map((_, el) => [p.$(el).attr('aria-label'), p.$(el).attr('title'), p.$(el).attr('placeholder')].join(' ')).get()].join('\n');
      for (const s of phrases) if (text.includes(s)) found.push(`${p.path}: "${s}"`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('label nothing with a Chinese dictionary word: headings, navigation, table heads, terms, buttons and badges', () => {
    const found: string[] = [];
    for (const p of englishPages) {
      p.$('h1, h2, h3, nav a, th, dt, label, summary, button, .badge, legend, option').each((_, el) => {
        const text = p.$(el).clone().children().remove().end().text().trim();
        if (labels.has(text)) found.push(`${p.path}: <${(el as { tagName: string }).tagName}> "${text}"`);
      });
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('mark the Chinese they print (names, titles, tags, notes) as Chinese, for screen readers and Chinese glyphs', () => {
    const unmarked: string[] = [];
    let marked = 0;
    for (const p of englishPages) {
      // A <title> cannot hold markup: the page's language is all it can have.
      p.$('body *').contents().each((_, node) => {
        if (node.type !== 'text' || !/\p{Script=Han}/u.test(node.data)) return;
        const parent = node.parent as unknown as Parameters<typeof p.$>[0];
        if (p.$(parent).is('script, style')) return;
        const lang = p.$(parent).closest('[lang]').attr('lang');
        if (lang === 'zh-CN') marked++;
        else unmarked.push(`${p.path}: <${(node.parent as { tagName: string }).tagName}> "${node.data.trim().slice(0, 60)}"`);
      });
    }
    expect(marked).toBeGreaterThan(1000);
    expect(unmarked.slice(0, 20)).toEqual([]);
  });

  it('say in the sitemap that each page has both languages', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('hreflang="en" href="http://localhost:4321/en/talks/ffa-2020/meituan-flink-availability/"');
    expect(sitemap).toContain('<loc>http://localhost:4321/en/talks/ffa-2020/meituan-flink-availability/</loc>');
  });

  it('show a title we translated as ours, and the published title beside it', () => {
    const p = root.page('/en/talks/ffa-2020/meituan-flink-availability/');
    expect(p.$('h1 .badge').text()).toBe('our translation');
    expect(p.$('.original-title').text()).toContain('美团 Flink 可用性建设实践');
    const official = root.page('/en/talks/ffa-2019/new-source-api/');
    expect(official.$('h1 .badge').length).toBe(0);
  });

  it('label a romanized name as a romanization, never as the speaker\'s own name', () => {
    const p = root.page('/en/talks/ffa-2020/meituan-flink-availability/');
    const speaker = p.$('.facts ul li').first();
    expect(speaker.text()).toContain('孙梦瑶');
    expect(speaker.text()).toMatch(/Sun Mengyao\s+\(romanized\)/);
    // A Latin-letter name a source gives is the name, not a romanization.
    const withName = root.page('/en/speakers/mei-yuan/');
    expect(withName.$('h1').text()).toContain('Yuan Mei');
    expect(withName.$('h1').text()).not.toContain('romanized');
    // In talk lists too: the romanization follows the name, marked as ours; Chinese lists have none.
    const list = root.page('/en/talks/');
    const marked = list.$('.talk-list .romanized-name');
    expect(marked.length).toBeGreaterThan(50);
    marked.each((_, el) => {
      expect(list.$(el).attr('title')).toBe(ui.en.talk.romanizedTitle);
      expect(list.$(el).find('.visually-hidden').text().trim()).toBe(ui.en.talk.romanized);
    });
    expect(list.$('.talk-list .meta').text()).toMatch(/王峰 \(莫问\) Wang Feng/);
    expect(root.page('/talks/').$('.romanized-name').length).toBe(0);
    // And on search result cards, which print the page's speakers meta as it is.
    const speakersMeta = (path: string) => root.page(path).$('[data-pagefind-meta^="speakers:"]').attr('data-pagefind-meta');
    expect(speakersMeta('/en/talks/ffa-2020/meituan-flink-availability/')).toContain('孙梦瑶 Sun Mengyao (romanized)');
    expect(speakersMeta('/talks/ffa-2020/meituan-flink-availability/')).not.toContain('romanized');
  });

  it('name a conference in English where its official name is Chinese, with the official name beside ours', () => {
    const named = kb.conferences.filter((c) => kb.en.conference(c.id)?.data.name);
    expect(named.length).toBeGreaterThan(0);
    for (const c of named) {
      const twin = kb.en.conference(c.id)!.data;
      const page = root.page(`/en/conferences/${c.id}/`);
      expect(page.$('h1').text()).toContain(twin.name);
      expect(page.$('h1 .badge').text()).toBe('our translation');
      expect(page.$('.original-title [lang="zh-CN"]').text()).toBe(c.data.name);
    }
    // Nowhere else on an English page does the Chinese name stand in for ours.
    const chineseNames = named.flatMap((c) => [c.data.name, c.data.shortName]);
    const pages = root.sitePages().filter((p) => p.path.startsWith('/en/'));
    const offenders = pages.filter((p) => {
      // A copy: the parsed page is shared with the other tests.
      const body = p.$('body').clone();
      body.find('[lang="zh-CN"], script, style').remove();
      const text = body.text();
      return chineseNames.some((name) => text.includes(name));
    });
    expect(offenders.map((p) => p.path)).toEqual([]);
  });

  it('show our English label of a link where the Chinese label is our description, and the published label elsewhere', () => {
    const withLabel = kb.talks.flatMap((t) => t.data.links.filter((link) => link.labelEn).map((link) => ({ talk: t, link })));
    expect(withLabel.length).toBeGreaterThan(0);
    for (const { talk, link } of withLabel) {
      const en = root.page(`/en/talks/${talk.id}/`).$(`.facts a[href="${link.url}"]`);
      expect(en.first().text(), talk.id).toBe(link.labelEn);
      const zh = root.page(`/talks/${talk.id}/`).$(`.facts a[href="${link.url}"]`);
      expect(zh.first().text(), talk.id).toBe(link.label);
    }
  });

  it('order the speakers index alphabetically by what an English reader reads: the romanization where one is shown', () => {
    const p = root.page('/en/speakers/');
    const items = p.$('ul.chips > li > a').toArray().map((a) => {
      const sub = p.$(a).find('.muted').text().trim();
      const label = p.$(a).clone().children().remove().end().text().trim();
      const marker = sub.indexOf(ui.en.talk.romanized);
      return { key: marker >= 0 ? sub.slice(0, marker).trim() : label, count: Number(p.$(a).find('.count').text()) };
    });
    expect(items.length).toBe(kb.speakers.length);
    const outOfOrder = items.filter((item, i) => i > 0 && items[i - 1].count === item.count && items[i - 1].key.localeCompare(item.key, 'en') > 0);
    expect(outOfOrder.map((item) => item.key)).toEqual([]);
  });

  it('give a position printed in Chinese in our English, marked as ours, with the Chinese beside it', () => {
    const translated = kb.talks.flatMap((t) => t.data.appearances.filter((a) => a.positionEn).map((a) => ({ talk: t, a })));
    expect(translated.length).toBeGreaterThan(0);
    for (const { talk, a } of translated) {
      const page = root.page(`/en/talks/${talk.id}/`);
      const facts = page.$('.facts');
      expect(facts.find(`[title="${ui.en.talk.ourTitle}"]`).toArray().map((el) => page.$(el).text()), talk.id).toContain(a.positionEn);
      expect(facts.find('[lang="zh-CN"]').text(), talk.id).toContain(a.position);
      expect(root.page(`/talks/${talk.id}/`).$('.facts').text(), talk.id).not.toContain(a.positionEn);
    }
  });

  it('tell apart on the speakers index two people whose names read the same, by their latest company', () => {
    const p = root.page('/en/speakers/');
    const byReading = new Map<string, string[]>();
    for (const s of kb.speakers) {
      const roman = romanization(s.data);
      if (roman) byReading.set(roman, [...(byReading.get(roman) ?? []), s.id]);
    }
    const shared = [...byReading.values()].filter((ids) => ids.length > 1).flat();
    expect(shared.length).toBeGreaterThan(1);
    for (const id of shared) {
      const company = kb.appearancesOf(id).findLast(({ appearance }) => appearance.company)?.appearance.company;
      if (company) expect(p.$(`a[href="/en/speakers/${id}/"] .muted`).text(), id).toContain(kb.company(company)!.data.nameEn ?? kb.company(company)!.data.name);
    }
  });

  it('serve one bilingual 404 page', () => {
    const p = root.page('/404.html');
    expect(p.$('section[lang="zh-CN"] h1').text()).toBe(ui.zh.notFound.title);
    expect(p.$('section[lang="en"] h1').text()).toBe(ui.en.notFound.title);
    expect(p.$('section[lang="en"] form').attr('action')).toBe('/en/search/');
    // Each half leads home in its own language.
    expect(p.$('section[lang="en"] a[href="/en/"]').text()).toBe(ui.en.notFound.home);
    expect(p.$('section[lang="zh-CN"] a[href="/"]').text()).toBe(ui.zh.notFound.home);
  });

  it('name a speaker printed in Chinese only with the labelled romanization: the page title, company pages, related-talk reasons', () => {
    const chineseOnly = kb.speakers.filter((s) => !s.data.nameEn && romanization(s.data));
    expect(chineseOnly.length).toBeGreaterThan(20);
    for (const s of chineseOnly) {
      const p = root.page(`/en/speakers/${s.id}/`);
      expect(p.$('title').text(), s.id).toContain(`${romanization(s.data)} ${ui.en.talk.romanized}`);
    }
    // 伍翀 (云邪), an Alibaba speaker without a Latin-letter name in the sources.
    const wu = kb.speaker('wu-chong')!.data;
    expect(root.page('/en/companies/alibaba/').$('main p').text()).toContain(`${romanization(wu)} ${ui.en.talk.romanized}`);
    const sameSpeaker = root.sitePages().filter((p) => p.path.startsWith('/en/talks/')).flatMap((p) => p.$('.related .meta').toArray().map((el) => p.$(el).text())).filter((t) => t.includes(ui.en.talk.reason.speaker));
    expect(sameSpeaker.length).toBeGreaterThan(0);
    for (const line of sameSpeaker) if (/\p{Script=Han}/u.test(line.split(ui.en.talk.reason.speaker)[1])) expect(line).toContain(ui.en.talk.romanized);
  });

  it('call the takeaways by their heading when the notes point to them ("see the takeaways above", not "key points")', () => {
    const pages = root.sitePages().filter((p) => p.path.startsWith('/en/talks/') && /\b(takeaways|key points) above\b/i.test(p.$('main').text()));
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      expect(p.$('main').text(), p.path).not.toMatch(/key points\s+above/i);
      expect(p.$('#takeaways').text(), p.path).toBe(ui.en.talk.takeaways);
    }
  });

  it('explain the name in brackets after a Chinese name (the 花名) on the speakers index and on a speaker\'s page', () => {
    expect(root.page('/en/speakers/').$('main').text()).toContain('花名');
    expect(root.page('/en/speakers/wu-chong/').$('main').text()).toContain(ui.en.speakers.aliasNote);
    expect(root.page('/speakers/wu-chong/').$('main').text()).toContain(ui.zh.speakers.aliasNote);
    // Not where there is no such name.
    const plain = kb.speakers.find((s) => !s.data.alias)!;
    expect(root.page(`/en/speakers/${plain.id}/`).$('main').text()).not.toContain(ui.en.speakers.aliasNote);
  });
});
