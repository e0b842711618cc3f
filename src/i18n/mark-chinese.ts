/**
 * Chinese inside English text, marked as Chinese: an English page prints names, titles and tags as
 * published in Chinese (陈迪豪, 机器学习与 PyFlink, 北京 Beijing). Under the page's `lang="en"` a
 * screen reader reads them with an English voice (or skips them), and a browser may draw them with
 * Japanese glyph forms; `<span lang="zh-CN">` around each run fixes both (WCAG 3.1.2, language of
 * parts). The pages mark what they print (textHtml); the notes' Markdown is marked by
 * src/integrations/rehype-mark-chinese.ts.
 */
import { escapeHtml } from '../lib/security.ts';
import type { Lang } from './lang.ts';

/**
 * Chinese characters with the CJK punctuation (、。「」, and full-width ，（）：) and spaces among
 * them: at least one character, so a full-width bracket between Latin words stays outside.
 */
const CHINESE_RUN = /[\u3000-\u303f\uff01-\uff60]*\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff01-\uff60 ]*[\p{Script=Han}\u3000-\u303f\uff01-\uff60])?/gu;
const HAS_HAN = /\p{Script=Han}/u;

/**
 * A text cut into its runs of Chinese and the text between them, in order; none for a text
 * without Chinese. Latin words between Chinese ones (基于 Flink 的) stay outside the runs: they
 * read the same in either voice.
 */
export function chineseRuns(text: string): { text: string; chinese: boolean }[] {
  if (!HAS_HAN.test(text)) return [];
  const runs: { text: string; chinese: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), chinese: false });
    runs.push({ text: match[0], chinese: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), chinese: false });
  return runs;
}

/** `text` as HTML inside English: escaped, each run of Chinese in `<span lang="zh-CN">`. */
export function chineseMarkedHtml(text: string): string {
  const runs = chineseRuns(text);
  if (!runs.length) return escapeHtml(text);
  return runs.map((run) => (run.chinese ? `<span lang="zh-CN">${escapeHtml(run.text)}</span>` : escapeHtml(run.text))).join('');
}

/** Text as HTML on a page in `lang` (for set:html): on English pages with its Chinese marked, on Chinese pages escaped. */
export function textHtml(text: string, lang: Lang): string {
  return lang === 'en' ? chineseMarkedHtml(text) : escapeHtml(text);
}
