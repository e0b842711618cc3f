/**
 * What the checks read in a notes body, shared by the Chinese rules (validate.ts) and the English
 * pairing (english.ts) and shown by the remark plugin: the inline unverified marks and the
 * readable text; and the rules every notes body meets in either language (checkNotesBody).
 */
import { checkBody } from './body-check.ts';


/** The fixed form of an inference inside a notes body: `（待核实：why）`, the reason required. */
export const INLINE_MARK = /（待核实：[^）]*\S[^）]*）/gu;
/** The English form of the same mark: `(unverified: why)`, the reason required. */
export const INLINE_MARK_EN = /\(unverified: [^)]*\S[^)]*\)/gu;

/** A body's readable text: no comments, HTML tags, link targets or Markdown punctuation. */
export function visibleText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How much a talk's notes say: the readable characters of its body, takeaways and Q&A (claims are numbers, counted apart). */
export function notesLength(body: string, talk: { takeaways: string[]; qa: { q: string; a: string }[] }): number {
  return [body, ...talk.takeaways, ...talk.qa.flatMap((qa) => [qa.q, qa.a])].reduce((n, text) => n + visibleText(text).length, 0);
}

// Each Chinese character counts as a word here, each run of Latin letters or digits as one: cheap
// enough for every note of a 10,000-talk corpus (Intl.Segmenter was a tenth of the check's time).
const WORDS = /\p{Script=Han}|[[\p{L}\p{N}]--\p{Script=Han}]+/gv;
/** A word repeated at least this often that also makes up this share of a note's words is stuffing. */
export const STUFFING = { repeats: 20, share: 0.2 };
/** English words that plain prose repeats (a fifth of a short note can be "the"); nobody stuffs them for search. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'it', 'its', 'this', 'that']);

/** The word a note repeats to game search (`反压 反压 反压 …`), if any, with its count and share. */
export function stuffedWord(body: string): { word: string; count: number; share: number } | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const [segment] of body.replace(/<!--[\s\S]*?-->/g, '').matchAll(WORDS)) {
    total++;
    const word = segment.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let [word, count] = ['', 0];
  for (const [w, c] of counts) if (c > count && !FUNCTION_WORDS.has(w)) [word, count] = [w, c];
  return count >= STUFFING.repeats && count / total >= STUFFING.share ? { word, count, share: count / total } : undefined;
}

/** Each language's inline mark: the fixed form, the word that starts one, and where the word sits in the form. */
const MARKS = {
  zh: { form: INLINE_MARK, word: /待核实/gu, wordAt: 1, reasonAt: 5, shown: '（待核实：why the statement is not confirmed）', name: '待核实' },
  en: { form: INLINE_MARK_EN, word: /\(unverified\b/giu, wordAt: 0, reasonAt: 13, shown: '(unverified: why the statement is not confirmed)', name: '"(unverified"' },
} as const;

/** Line numbers (1-based, counted in the body) of inline marks that lack the fixed form or a reason. */
export function badInlineMarks(body: string, lang: keyof typeof MARKS = 'zh'): number[] {
  const mark = MARKS[lang];
  const wellFormed = new Set<number>();
  for (const m of body.matchAll(mark.form)) if (m[0].slice(mark.reasonAt, -1).trim().length >= 2) wellFormed.add(m.index + mark.wordAt);
  const lines: number[] = [];
  for (const m of body.matchAll(mark.word)) {
    if (!wellFormed.has(m.index)) lines.push(body.slice(0, m.index).split('\n').length);
  }
  return lines;
}

/** What a malformed inline mark is told, in the language of the body. */
const badMarkMessage = (lang: keyof typeof MARKS) => `has a ${MARKS[lang].name} mark without its reason; expected the form ${MARKS[lang].shown}`;

/** What a stuffed note is told. */
const stuffingMessage = (stuffed: { word: string; count: number; share: number }) =>
  `repeats "${stuffed.word}" ${stuffed.count} times (${Math.round(stuffed.share * 100)}% of its words); expected notes written for readers, not words repeated for search ranking`;

/**
 * The rules a notes body meets in either language: no word stuffed for search, inline marks in
 * their fixed form with a reason, and what body-check.ts allows (links, no images, MDX that runs no
 * code). `stuffingField` is the field a stuffed note is reported under.
 */
export function checkNotesBody(
  entry: { file: string; body?: string; bodyLine?: number },
  lang: keyof typeof MARKS,
  stuffingField: string,
  report: (entry: { file: string }, field: string, message: string) => void,
): void {
  const body = entry.body ?? '';
  const stuffed = stuffedWord(body);
  if (stuffed) report(entry, stuffingField, stuffingMessage(stuffed));
  const lineOf = (bodyLine: number) => bodyLine + (entry.bodyLine ?? 1) - 1;
  for (const line of badInlineMarks(body, lang)) report(entry, `line ${lineOf(line)}`, badMarkMessage(lang));
  for (const problem of checkBody(body, entry.file.endsWith('.mdx'))) report(entry, `line ${lineOf(problem.line)}`, problem.message);
}
