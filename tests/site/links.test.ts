/** Every page of the built site: present, linked both ways, every internal link and anchor resolving. */
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/urls.ts';
import { kb } from '../helpers/corpus.ts';
import { ui } from '../../src/i18n/ui.ts';
import { formatDay } from '../../src/i18n/localize.ts';
import { internalLinks, page, pages, resolves, sitePages } from '../helpers/dist.ts';

describe('the built site', () => {
  it('has a page for every talk, conference, topic, company, speaker and feature', () => {
    const expected = [
      ...kb.talks.map((t) => urls.talk(t.id)),
      ...kb.conferences.map((c) => urls.conference(c.id)),
      ...kb.topics.map((t) => urls.topic(t.id)),
      ...kb.companies.map((c) => urls.company(c.id)),
      ...kb.speakers.map((s) => urls.speaker(s.id)),
      ...kb.features.map((f) => urls.feature(f.id)),
      ...['/', '/talks/', '/conferences/', '/topics/', '/companies/', '/speakers/', '/features/', '/glossary/', '/about/', '/search/', '/404.html'],
    ];
    expect(expected.filter((path) => !pages().has(path))).toEqual([]);
  });

  it('resolves every internal link and #anchor on every page', () => {
    const broken: string[] = [];
    for (const p of pages().values()) {
      for (const link of internalLinks(p, 'a[href], link[href], script[src]')) {
        if (!resolves(link.path)) broken.push(`${p.path} → ${link.href} (no such page)`);
        else if (link.hash && !pages().get(link.path)?.ids.has(link.hash)) broken.push(`${p.path} → ${link.href} (no #${link.hash} there)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links each talk to its conference, topics, features, companies and speakers, and each of those back', () => {
    const missing: string[] = [];
    for (const talk of kb.talks) {
      const here = urls.talk(talk.id);
      const targets = [
        urls.conference(talk.data.conference),
        ...talk.data.topics.map(urls.topic),
        ...talk.data.features.map(urls.feature),
        ...talk.companies.map(urls.company),
        ...talk.speakers.map(urls.speaker),
      ];
      const out = new Set(internalLinks(page(here)).map((l) => l.path));
      for (const target of targets) {
        if (!out.has(target)) missing.push(`${here} does not link to ${target}`);
        if (!internalLinks(page(target)).some((l) => l.path === here)) missing.push(`${target} does not link back to ${here}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('reaches every talk from the home page in at most three clicks', () => {
    const depth = new Map<string, number>([['/', 0]]);
    const queue = ['/'];
    while (queue.length) {
      const path = queue.shift()!;
      if (depth.get(path)! >= 3) continue;
      for (const link of internalLinks(page(path))) {
        if (pages().has(link.path) && !depth.has(link.path)) {
          depth.set(link.path, depth.get(path)! + 1);
          queue.push(link.path);
        }
      }
    }
    expect(kb.talks.map((t) => urls.talk(t.id)).filter((path) => !depth.has(path))).toEqual([]);
  });

  it('marks every page with its language (zh-CN, or en under /en/) and a title, and opens external links safely', () => {
    const wrong: string[] = [];
    for (const p of sitePages()) {
      if (p.$('html').attr('lang') !== (/^\/en\//.test(p.path) ? 'en' : 'zh-CN')) wrong.push(`${p.path}: lang`);
      if (!p.$('title').text().trim()) wrong.push(`${p.path}: title`);
      p.$('a[href^="http"]').each((_, el) => {
        const rel = (p.$(el).attr('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) wrong.push(`${p.path}: ${p.$(el).attr('href')} lacks rel="noopener noreferrer"`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('requests nothing from another origin and runs no inline script', () => {
    const wrong: string[] = [];
    for (const p of pages().values()) {
      p.$('script[src], link[rel="stylesheet"], img[src], iframe, link[rel="preload"]').each((_, el) => {
        const src = p.$(el).attr('src') ?? p.$(el).attr('href') ?? '';
        if (/^(https?:)?\/\//.test(src)) wrong.push(`${p.path}: loads ${src}`);
      });
      p.$('script:not([src])').each((_, el) => {
        if (p.$(el).attr('type') !== 'application/json') wrong.push(`${p.path}: inline script`);
      });
      if (p.$('[style]').length) wrong.push(`${p.path}: inline style attribute`);
      if (p.$('style').length) wrong.push(`${p.path}: inline <style>`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('sharing', () => {
  it('gives every page Open Graph and Twitter card tags', () => {
    const missing: string[] = [];
    for (const p of sitePages()) {
      for (const selector of ['meta[property="og:title"]', 'meta[property="og:description"]', 'meta[property="og:site_name"]', 'meta[property="og:locale"]', 'meta[name="twitter:card"]']) {
        if (!p.$(selector).attr('content')?.trim()) missing.push(`${p.path}: ${selector}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('company pages', () => {
  it('list the talks a company gave apart from the talks its staff only explained', () => {
    const explained = kb.talks.filter((t) => t.explainedBy.length > 0);
    expect(explained.length).toBeGreaterThan(0);
    for (const talk of explained) {
      for (const company of talk.explainedBy) {
        const p = page(urls.company(company));
        const all = p.$(`main a[href="${urls.talk(talk.id)}"]`).length;
        const asExplained = p.$(`section[aria-labelledby="explained"] a[href="${urls.talk(talk.id)}"]`).length;
        expect(all - asExplained, `${company} lists ${talk.id} as its own talk`).toBe(0);
        expect(p.$(`section[aria-labelledby="explained"] a[href="${urls.talk(talk.id)}"]`).length, `${company} lists ${talk.id} as explained`).toBe(1);
      }
    }
    // The explainer's company is not among the talk's companies (facet, counts, tags).
    expect(explained.filter((t) => t.explainedBy.some((c) => t.companies.includes(c))).map((t) => t.id)).toEqual([]);
  });

  it('name as speakers only those who gave a talk for the company, and its guest explainers apart', () => {
    const wrong: string[] = [];
    let explainers = 0;
    for (const company of kb.companies) {
      const p = page(urls.company(company.id));
      const line = (label: string) => p.$('main > p').filter((_, el) => p.$(el).text().startsWith(label)).find('a').map((_, a) => p.$(a).attr('href')).get().sort();
      const of = (role: string) => [...new Set(kb.talks.flatMap((t) => t.data.appearances.filter((a) => a.company === company.id && a.role === role).map((a) => urls.speaker(a.speaker))))].sort();
      if (JSON.stringify(line(ui.zh.companies.speakers)) !== JSON.stringify(of('speaker'))) wrong.push(`${company.id}: speakers`);
      if (JSON.stringify(line(ui.zh.companies.explainers)) !== JSON.stringify(of('explainer'))) wrong.push(`${company.id}: explainers`);
      explainers += of('explainer').length;
    }
    expect(explainers).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });
});

describe('sources read in part', () => {
  it('say so on every page that cites them', () => {
    const partial = kb.sources.filter((s) => s.data.partial);
    expect(partial.length).toBeGreaterThan(0);
    const unsaid: string[] = [];
    for (const source of partial) {
      for (const talk of kb.talksOf('source', source.id)) {
        const item = page(urls.talk(talk.id)).$(`section[aria-labelledby="sources"] li:has(a[href="${urls.source(source.id)}"])`);
        if (!item.text().includes('只读了开头')) unsaid.push(`${talk.id} cites ${source.id}`);
      }
    }
    expect(unsaid).toEqual([]);
  });
});

describe('topic pages', () => {
  it('compare, company by company, exactly the companies that gave talks on the topic', () => {
    // Every company row, and within it the company's newest talks on the topic (at most 5).
    const wrong: string[] = [];
    for (const topic of kb.topics) {
      const expected = new Set(kb.talksOf('topic', topic.id).flatMap((t) => t.companies).map(urls.company));
      const shown = new Set(page(urls.topic(topic.id)).$('table.compare tbody th a').map((_, el) => page(urls.topic(topic.id)).$(el).attr('href')).get());
      if ([...expected].sort().join() !== [...shown].sort().join()) wrong.push(topic.id);
    }
    expect(wrong).toEqual([]);
  });
});

describe('unverified facts', () => {
  it('are listed under what they are about in words, each next to an inline mark that links to it', () => {
    const marked = sitePages().filter((p) => p.$('section[aria-labelledby="unverified"]').length);
    // Both languages, talks and conferences.
    expect(marked.filter((p) => p.path.startsWith('/en/talks/')).length).toBeGreaterThan(10);
    expect(marked.filter((p) => p.path.startsWith('/conferences/')).length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const p of marked) {
      p.$('section[aria-labelledby="unverified"] li').each((_, li) => {
        const label = p.$(li).find('strong').text();
        // A dotted field path (topics.0, appearances.0.company, end) is the file's word, not the reader's.
        if (!label || /\b[a-z]+[A-Za-z]*\.\d+\b/.test(p.$(li).text()) || p.$(li).find('code').length) wrong.push(`${p.path}: "${p.$(li).text().slice(0, 60)}"`);
        if (!p.$(`a.badge.unverified[href="#${p.$(li).attr('id')}"]`).length) wrong.push(`${p.path}: nothing on the page marks #${p.$(li).attr('id')}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('show on a speaker’s page too, beside the appearance they doubt, linking to the reason on the talk’s page', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const talk of kb.talks) {
      talk.data.unverified.forEach((mark, k) => {
        const at = /^appearances\.(\d+)/.exec(mark.field);
        if (!at) return;
        checked++;
        const speaker = talk.data.appearances[Number(at[1])].speaker;
        const href = `${urls.talk(talk.id)}#unverified-${k + 1}`;
        if (!page(urls.speaker(speaker)).$(`a.badge.unverified[href="${href}"]`).length) missing.push(`${speaker}: ${href}`);
      });
    }
    expect(checked).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});

describe('source titles', () => {
  it('are our Chinese wording on Chinese pages where the title is our English description, and the title itself on English pages', () => {
    const described = kb.sources.filter((s) => s.data.titleZh);
    expect(described.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    let checked = 0;
    for (const source of described) {
      for (const talk of kb.talksOf('source', source.id)) {
        const zh = page(urls.talk(talk.id)).$(`a[href="${urls.source(source.id)}"]`).first().text();
        const en = page(`/en${urls.talk(talk.id)}`).$(`a[href="/en${urls.source(source.id)}"]`).first().text();
        checked++;
        if (!zh.startsWith(source.data.titleZh!)) wrong.push(`${talk.id} (zh): "${zh}"`);
        if (!en.startsWith(source.data.title)) wrong.push(`${talk.id} (en): "${en}"`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('published in Chinese stay as published on English pages, marked as Chinese, with our translation after them', () => {
    const han = (text: string) => /\p{Script=Han}/u.test(text);
    const published = kb.sources.filter((s) => !s.data.titleZh && han(s.data.title));
    // Our English description of a source that quotes Chinese: FFA 2022 notes (平台建设 and 核心技术 tracks).
    const quoting = kb.sources.filter((s) => s.data.titleZh && han(s.data.title));
    expect(published.length).toBeGreaterThan(20);
    expect(quoting.length).toBeGreaterThan(5);
    // Every such title has our translation, and only such titles.
    expect([...published, ...quoting].filter((s) => !s.data.titleEn).map((s) => s.id)).toEqual([]);
    expect(kb.sources.filter((s) => s.data.titleEn && !published.includes(s) && !quoting.includes(s)).map((s) => s.id)).toEqual([]);
    const wrong: string[] = [];
    /** A printed title: its text is the title, and its Chinese is marked (all of it where published in Chinese). */
    const checkTitle = (where: string, title: ReturnType<ReturnType<typeof page>['$']>, source: (typeof published)[number]) => {
      const marked = title.find('span[lang="zh-CN"]');
      if (title.text() !== source.data.title) wrong.push(`${where} ${source.id}: "${title.text()}"`);
      if (published.includes(source) ? marked.text() !== source.data.title : !marked.length || han(title.clone().find('span[lang="zh-CN"]').remove().end().text()))
        wrong.push(`${where} ${source.id}: Chinese unmarked in "${title.html()}"`);
    };
    for (const source of [...published, ...quoting]) {
      const gloss = ui.en.sourceGloss(source.data.titleEn!);
      const about = page('/en/about/').$(`#source-${source.id}`);
      checkTitle('/en/about/', about.find('strong'), source);
      if (about.find('.gloss').text() !== gloss) wrong.push(`/en/about/ ${source.id}: "${about.find('.gloss').text()}"`);
      if (page('/about/').$(`#source-${source.id} .gloss`).length) wrong.push(`/about/ ${source.id}: a gloss on a Chinese page`);
      for (const talk of kb.talksOf('source', source.id)) {
        const p = page(`/en${urls.talk(talk.id)}`);
        const link = p.$(`section[aria-labelledby="sources"] a[href="/en${urls.source(source.id)}"]`);
        checkTitle(p.path, link, source);
        if (link.next('.gloss').text() !== gloss) wrong.push(`${p.path} ${source.id}: gloss "${link.next('.gloss').text()}"`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('names and labels as a reader reads them', () => {
  it('never print a name twice in a heading or title ("Qihoo 360 360", "Flink SQL Flink SQL")', () => {
    const repeated: string[] = [];
    for (const p of sitePages()) {
      for (const text of [p.$('title').text(), p.$('h1').text(), ...p.$('main h2, main h3').map((_, el) => p.$(el).text()).get()]) {
        // A romanized name may repeat a syllable (朱翥 Zhu Zhu): the repetition that matters is of names.
        const twice = /(?:^|\s)(\S+(?: \S+)*) \1(?:\s|$)/u.exec(text.replace(/\s+/g, ' ').replace(/(?:\S+ )+\(romanized\)/g, '').trim());
        if (twice && /[\p{L}\p{N}]{2}/u.test(twice[1])) repeated.push(`${p.path}: ${text.trim()}`);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('show a track\'s other-language name only where it adds something ("Keynote Keynotes")', () => {
    for (const conference of kb.conferences) {
      for (const track of conference.data.tracks) {
        const talk = kb.talks.find((t) => t.data.conference === conference.id && t.data.track === track.id);
        if (!talk || !track.nameEn) continue;
        const zh = page(`/talks/${talk.id}/`).$('.facts dd').eq(1).text().replace(/\s+/g, ' ').trim();
        const en = page(`/en/talks/${talk.id}/`).$('.facts dd').eq(1).text().replace(/\s+/g, ' ').trim();
        const alike = track.name.toLowerCase().includes(track.nameEn.toLowerCase()) || track.nameEn.toLowerCase().includes(track.name.toLowerCase());
        expect(zh, talk.id).toContain(track.name);
        expect(en, talk.id).toContain(track.nameEn);
        if (alike) expect([zh, en], talk.id).toEqual([track.name, track.nameEn]);
        else expect(zh, talk.id).toContain(track.nameEn);
      }
    }
  });

  it('never label a link with its own kind again ("Official site: Official site", "官网：官网")', () => {
    const repeated: string[] = [];
    for (const p of sitePages()) {
      p.$('main li').each((_, el) => {
        const text = p.$(el).text().replace(/\s+/g, ' ').trim();
        const m = /^([^:：]{2,20})[:：] ?(.+)$/.exec(text);
        if (m && m[1].toLowerCase() === m[2].toLowerCase()) repeated.push(`${p.path}: ${text}`);
      });
    }
    expect(repeated).toEqual([]);
  });

  it('say a speaker\'s Flink title once ("Flink Contributor · Apache Flink Contributor，…" said it twice)', () => {
    const twice: string[] = [];
    let checked = 0;
    for (const talk of kb.talks) {
      for (const a of talk.data.appearances.filter((a) => a.flinkTitle)) {
        const word = a.flinkTitle!.split(' ')[0].toLowerCase();
        const p = page(urls.talk(talk.id));
        const item = p.$('dl.facts li').filter((_, li) => p.$(li).find(`a[href="${urls.speaker(a.speaker)}"]`).length > 0);
        const said = item.text().toLowerCase().split(word).length - 1;
        checked++;
        if (said !== 1) twice.push(`${p.path}: ${a.speaker} says ${a.flinkTitle} ${said} times`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(twice).toEqual([]);
  });

  it('mark a printed position with its own language: English where the source printed it in English', () => {
    const wrong: string[] = [];
    for (const p of sitePages().filter((p) => p.path.includes('/talks/') || p.path.includes('/speakers/'))) {
      p.$('span[lang]').each((_, el) => {
        const text = p.$(el).text();
        if (!text.includes('·') && !/^\s*[（(]/.test(text)) return; // only the position spans (" · …" or "（…）")
        const han = /\p{Script=Han}/u.test(text);
        if ((p.$(el).attr('lang') === 'zh-CN') !== han) wrong.push(`${p.path}: lang=${p.$(el).attr('lang')} on "${text.trim()}"`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('give each reason a related talk is listed once, with all its names ("same topic: A, B", not "same topic: A; same topic: B")', () => {
    const repeated: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const prefix = lang === 'en' ? '/en/talks/' : '/talks/';
      for (const p of sitePages().filter((p) => p.path.startsWith(prefix))) {
        p.$('.related .meta').each((_, el) => {
          const line = p.$(el).text();
          for (const label of Object.values(ui[lang].talk.reason)) if (line.split(label).length > 2) repeated.push(`${p.path}: ${line}`);
        });
      }
    }
    expect(repeated).toEqual([]);
  });
});

describe('Chinese text', () => {
  it('gives a figure from a Chinese source in Chinese on Chinese pages (not "267 teams, 27 finalists")', () => {
    const english: string[] = [];
    for (const conference of kb.conferences) {
      for (const figure of conference.data.figures) {
        const source = kb.source(figure.source)!.data;
        if (!/\p{Script=Han}/u.test(source.title) || source.language === 'en') continue;
        if (/[A-Za-z]{3,}/.test(figure.value)) english.push(`${conference.id}: ${figure.value}`);
        else expect(page(`/conferences/${conference.id}/`).$('main').text()).toContain(figure.value);
      }
    }
    expect(english).toEqual([]);
  });

  it('sets no space after Chinese punctuation before Chinese (a YAML line break folded into "入手。 聚合方式")', () => {
    const spaced: string[] = [];
    for (const p of sitePages().filter((p) => !p.path.startsWith('/en/'))) {
      // Within one run of text: between two elements a space is the page's layout.
      const texts = p.$('main').find('*').contents().filter((_, node) => node.type === 'text').map((_, node) => (node as unknown as { data: string }).data).get();
      for (const text of texts) for (const [m] of text.matchAll(/.{0,8}[。，；：！？、）」』][ \t]+[\p{Script=Han}（「『].{0,8}/gu)) spaced.push(`${p.path}: ${m}`);
    }
    expect(spaced).toEqual([]);
  });
});

describe('the about page', () => {
  it('lists the sources in number order (s2 before s10), each once', () => {
    const ids = page('/about/').$('#sources ~ dl dt code').map((_, el) => page('/about/').$(el).text()).get();
    expect(ids.length).toBe(kb.sources.length);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(ids.indexOf('s2')).toBeLessThan(ids.indexOf('s10'));
  });
});

describe('dates', () => {
  it('read in one style on a page: a source’s date as the page’s other dates (2020年12月20日, December 20, 2020), never 2020-12-20', () => {
    const dated = kb.sources.filter((s) => s.data.date);
    expect(dated.length).toBeGreaterThan(0);
    // Where a page credits a source: its source list (talk, conference pages …) and the about page's entry.
    const raw: string[] = [];
    for (const p of sitePages()) {
      p.$('section[aria-labelledby="sources"] li > span.muted:not(.gloss), dl dd > p.small:first-child').each((_, el) => {
        const iso = p.$(el).text().match(/\b\d{4}-\d{2}-\d{2}\b/);
        if (iso) raw.push(`${p.path}: ${iso[0]}`);
      });
    }
    expect(raw).toEqual([]);
    for (const [about, lang] of [['/about/', 'zh'], ['/en/about/', 'en']] as const) {
      for (const s of dated) expect(page(about).$(`#source-${s.id} + dd`).text()).toContain(formatDay(s.data.date!, lang));
    }
  });
});

describe('links to videos and slides', () => {
  it('name an unlabelled address as a reader reads it (bilibili.com/video/BV1…), never with https://, and go to the whole address', () => {
    const raw: string[] = [];
    for (const p of sitePages().filter((p) => /^\/(?:en\/)?(?:talks|conferences)\/[^/]+\//.test(p.path))) {
      p.$('dl.facts a[target="_blank"], .conference-links a[target="_blank"], li a[target="_blank"]').each((_, el) => {
        if (/^https?:\/\//.test(p.$(el).text().trim())) raw.push(`${p.path}: ${p.$(el).text().trim()}`);
      });
    }
    expect(raw).toEqual([]);
    for (const path of ['/talks/ffa-2022/adaptive-batch-execution/', '/en/talks/ffa-2022/adaptive-batch-execution/']) {
      const link = page(path).$('a[href="https://www.bilibili.com/video/BV1oP411T7ay/"]').filter((_, el) => page(path).$(el).closest('dl.facts').length > 0);
      expect(link.text(), path).toBe('bilibili.com/video/BV1oP411T7ay');
    }
  });
});
