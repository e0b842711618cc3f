/**
 * The site under a base path, as a GitHub Pages project site serves it: `npm test` builds
 * `dist-base/` with BASE=/ffa-kb/ and SITE=https://example.org (the same `npm run build` the Pages
 * workflow runs), and every link, anchor, redirect, feed and header must work under that base.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/security.ts';
import { MOVED } from '../../src/site/redirects.ts';
import { withBase } from '../../src/lib/urls.ts';
import { builtSite, DIST_BASE, TEST_BASE, TEST_SITE } from '../helpers/dist.ts';
import { kb } from '../helpers/corpus.ts';

const site = builtSite(DIST_BASE, TEST_BASE);

describe(`the site built under BASE=${TEST_BASE}`, () => {
  it('has every page under the base', () => {
    const expected = [...kb.talks.map((t) => `${TEST_BASE}talks/${t.id}/`), `${TEST_BASE}`, `${TEST_BASE}search/`, `${TEST_BASE}404.html`];
    expect(expected.filter((path) => !site.pages().has(path))).toEqual([]);
  });

  it('resolves every internal link, asset and #anchor under the base', () => {
    const broken: string[] = [];
    for (const p of site.pages().values()) {
      for (const link of site.internalLinks(p, 'a[href], link[href], script[src], form[action]')) {
        if (!site.resolves(link.path)) broken.push(`${p.path} → ${link.href} (no such page under ${TEST_BASE})`);
        else if (link.hash && !site.pages().get(link.path)?.ids.has(link.hash)) broken.push(`${p.path} → ${link.href} (no #${link.hash} there)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page a canonical link (and og:url) to itself on SITE', () => {
    const wrong = site
      .sitePages()
      .filter((p) => p.path !== `${TEST_BASE}404.html` && (p.$('link[rel="canonical"]').attr('href') !== `${TEST_SITE}${p.path}` || p.$('meta[property="og:url"]').attr('content') !== `${TEST_SITE}${p.path}`));
    expect(wrong.map((p) => `${p.path}: ${p.$('link[rel="canonical"]').attr('href')}`)).toEqual([]);
  });

  it('sends redirects to their destination under the base', () => {
    for (const [from, to] of Object.entries(MOVED)) {
      const stub = site.page(withBase(from, TEST_BASE)).html;
      expect(stub, from).toContain(`${TEST_SITE}${withBase(to, TEST_BASE)}`);
      expect(stub, from).not.toMatch(new RegExp(`"${to}"`));
    }
  });

  it('writes feed, sitemap and talks.json URLs on SITE under the base', () => {
    const xml = new XMLParser();
    const rss = xml.parse(readFileSync(join(DIST_BASE, 'rss.xml'), 'utf8')).rss.channel;
    expect(rss.link).toBe(`${TEST_SITE}${TEST_BASE}`);
    for (const item of [rss.item].flat()) expect(item.link).toMatch(new RegExp(`^${TEST_SITE}${TEST_BASE}talks/`));
    const sitemap = xml.parse(readFileSync(join(DIST_BASE, 'sitemap-0.xml'), 'utf8')).urlset.url;
    for (const url of sitemap) expect(url.loc.startsWith(`${TEST_SITE}${TEST_BASE}`), url.loc).toBe(true);
    const talks: { url: string }[] = JSON.parse(readFileSync(join(DIST_BASE, 'talks.json'), 'utf8'));
    for (const talk of talks) expect(talk.url.startsWith(`${TEST_BASE}talks/`), talk.url).toBe(true);
  });

  it('writes _headers path patterns under the base', () => {
    expect(readFileSync(join(DIST_BASE, '_headers'), 'utf8')).toBe(headersFile(TEST_BASE));
    expect(headersFile(TEST_BASE)).toMatch(/^\/ffa-kb\/\*$/m);
  });
});
