/**
 * The site's two languages. Chinese lives at the root (no URL changed when English came), English
 * under /en/. Everything language-specific keys on `Lang`.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** `<html lang>`: Pagefind keeps one index per value, and screen readers pick their voice by it. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
/** hreflang values of the alternates and the sitemap. */
export const HREFLANG = HTML_LANG;
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };
/** The path segment a language's pages live under: none for Chinese, `en/` for English. */
export const PATH_PREFIX: Record<Lang, string> = { zh: '', en: 'en/' };
/** Intl locale for dates, numbers and sorting. */
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
