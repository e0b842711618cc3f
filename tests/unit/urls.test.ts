import { describe, expect, it } from 'vitest';
import { sitemapAlternates, twinPath } from '../../src/lib/urls.ts';

describe('a page and its twin', () => {
  it('are the same path with and without /en/, under a base too', () => {
    expect(twinPath('/talks/ffa-2021/x/', 'en', '/')).toBe('/en/talks/ffa-2021/x/');
    expect(twinPath('/en/talks/ffa-2021/x/', 'zh', '/')).toBe('/talks/ffa-2021/x/');
    expect(twinPath('/ffa-kb/en/', 'zh', '/ffa-kb/')).toBe('/ffa-kb/');
    expect(twinPath('/ffa-kb/', 'en', '/ffa-kb/')).toBe('/ffa-kb/en/');
  });

  it('are each sitemap entry\'s hreflang alternates, from either side, in the sitemap\'s URL order', () => {
    const zh = { url: 'https://x.org/ffa-kb/talks/ffa-2021/x/', lang: 'zh-CN' };
    const en = { url: 'https://x.org/ffa-kb/en/talks/ffa-2021/x/', lang: 'en' };
    expect(sitemapAlternates(zh.url, '/ffa-kb/')).toEqual([en, zh]);
    expect(sitemapAlternates(en.url, '/ffa-kb/')).toEqual([en, zh]);
    // The home page sorts before its English twin.
    expect(sitemapAlternates('https://x.org/', '/')).toEqual([{ url: 'https://x.org/', lang: 'zh-CN' }, { url: 'https://x.org/en/', lang: 'en' }]);
    // A path that merely starts with "en" is Chinese.
    expect(sitemapAlternates('https://x.org/entities/', '/')).toEqual([{ url: 'https://x.org/en/entities/', lang: 'en' }, { url: 'https://x.org/entities/', lang: 'zh-CN' }]);
  });
});
