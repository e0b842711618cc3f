/**
 * Which glossary terms a text uses, in either language, so pages and search can show both.
 *
 * A form (zh, en or an alias) counts only where it stands as a word of its own:
 * - A Latin edge of a form must sit at a word boundary: "batch" does not match "batches",
 *   "mini-batch" or "batch-stream", and "ha" does not match "that".
 * - A form does not count where it starts or sits inside a longer form of another term that matches
 *   at that spot (增量 inside 增量 Checkpoint). Where the longer form ends with it, it still counts:
 *   a Chinese compound names a kind of its last word (实时数仓 is a 数仓, 增量 Checkpoint a
 *   Checkpoint, 预聚合 an 聚合). The exceptions, such as 反序列化 (not a kind of 序列化) and
 *   高可用性, are the term's `notAfter` prefixes.
 * - A form does not count right after one of its term's `notAfter` prefixes (对齐 after 非 or 不:
 *   非对齐 Checkpoint is the opposite idea; 并发 after 高), nor right before one of its
 *   `notBefore` suffixes (延迟 before 数据: 延迟数据 is late data, not latency).
 *
 * One pass over the text: at each position only the forms that start with that character are
 * tried, which keeps a 10,000-talk corpus fast.
 */
import type { GlossaryTerm } from '../model/schema.ts';

const WORD = /[a-z0-9]/;

/** Lower case, runs of white space as one space, every dash as "-". Keeps the length of each word. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[‐‑–]/g, '-');
}

/** For comparing forms: a hyphen reads as a space, so "back-pressure" matches "back pressure". */
function loose(text: string): string {
  return text.replace(/-/g, ' ');
}

/** True when the character at `i` continues a word that ends or starts at the edge next to it. */
function joinsWord(t: string, i: number, step: -1 | 1): boolean {
  const c = t[i] ?? '';
  if (WORD.test(c)) return true;
  // A hyphen joins two words into one ("mini-batch"), so "batch" there is not a word of its own.
  return c === '-' && WORD.test(t[i + step] ?? '');
}

interface Form {
  form: string;
  id: string;
  /** Characters that, right before the form, make it part of a different word. */
  notAfter: string[];
  /** Characters that, right after the form, make it part of a different word. */
  notBefore: string[];
  /** Longer forms of other terms that contain this form, with the offset of this form inside them. */
  within: { form: Form; offset: number }[];
}

/** Whether `f` stands at `i` of the normalized text `t` (and its loose twin `l`) as a word of its own. */
function standsAt(f: Form, t: string, l: string, i: number): boolean {
  if (i < 0 || !l.startsWith(f.form, i)) return false;
  if (WORD.test(f.form[0]) && joinsWord(t, i - 1, -1)) return false;
  if (WORD.test(f.form.at(-1)!) && joinsWord(t, i + f.form.length, 1)) return false;
  // Blocking words may be written with or without a space between them and the form.
  let before = i;
  while (t[before - 1] === ' ') before--;
  if (f.notAfter.some((p) => t.endsWith(p, before))) return false;
  let after = i + f.form.length;
  while (t[after] === ' ') after++;
  return !f.notBefore.some((p) => t.startsWith(p, after));
}

export interface GlossaryMatcher {
  /** Ids of the terms the text uses, in glossary order. */
  termsIn(text: string): string[];
  /** Where each term is used: the term id, the form found and its position in the normalized text. */
  matchesIn(text: string): { id: string; form: string; index: number }[];
}

type TermInput = { id: string; data: Pick<GlossaryTerm, 'zh' | 'en' | 'aliases'> & { notAfter?: string[]; notBefore?: string[] } };

export function glossaryMatcher(terms: TermInput[]): GlossaryMatcher {
  const order = new Map(terms.map((t, i) => [t.id, i]));
  const all: Form[] = [];
  for (const term of terms) {
    for (const raw of [term.data.zh, term.data.en, ...term.data.aliases]) {
      const form = loose(normalize(raw.trim()));
      if (!form || all.some((f) => f.form === form && f.id === term.id)) continue;
      const blocking = (list?: string[]) => (list ?? []).map((p) => normalize(p.trim())).filter(Boolean);
      all.push({ form, id: term.id, notAfter: blocking(term.data.notAfter), notBefore: blocking(term.data.notBefore), within: [] });
    }
  }
  for (const f of all) {
    for (const g of all) {
      if (g.id === f.id || g.form.length <= f.form.length) continue;
      for (let k = g.form.indexOf(f.form); k >= 0; k = g.form.indexOf(f.form, k + 1)) f.within.push({ form: g, offset: k });
    }
  }
  const byFirstChar = new Map<string, Form[]>();
  for (const f of all) byFirstChar.set(f.form[0], [...(byFirstChar.get(f.form[0]) ?? []), f]);
  // Most characters start no form: one array read per character rules them out before the map.
  const startsForm = new Uint8Array(0x10000);
  for (const c of byFirstChar.keys()) startsForm[c.charCodeAt(0)] = 1;

  function matchesIn(text: string) {
    const t = normalize(text);
    const l = loose(t);
    const found: { id: string; form: string; index: number }[] = [];
    for (let i = 0; i < l.length; i++) {
      if (!startsForm[l.charCodeAt(i)]) continue;
      const candidates = byFirstChar.get(l[i]);
      if (!candidates) continue;
      // Inside a Latin word no form starting with a letter or digit can stand (standsAt's first
      // test): skipping the position here saves trying each of them.
      if (WORD.test(l[i]) && joinsWord(t, i - 1, -1)) continue;
      for (const f of candidates) {
        if (!standsAt(f, t, l, i)) continue;
        // Part of a longer form of another term that stands here, other than its last word: the longer term is the word used.
        if (f.within.some((w) => w.offset + f.form.length < w.form.form.length && standsAt(w.form, t, l, i - w.offset))) continue;
        found.push({ id: f.id, form: f.form, index: i });
      }
    }
    return found;
  }

  return {
    matchesIn,
    termsIn(text) {
      const ids = new Set(matchesIn(text).map((m) => m.id));
      return [...ids].sort((a, b) => order.get(a)! - order.get(b)!);
    },
  };
}
