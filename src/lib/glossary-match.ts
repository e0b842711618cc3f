/**
 * Which glossary terms a text uses, in either language, so pages and search can show both.
 * One pass over the text: at each position only the forms that start with that character are
 * tried, which keeps a 10,000-talk corpus fast.
 */
import type { GlossaryTerm } from '../model/schema.ts';

const WORD = /[a-z0-9]/;

/** Lower case, and hyphens or runs of spaces as one space: "Back-Pressure" reads as "back pressure". */
function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s\-‐–]+/g, ' ');
}

export interface GlossaryMatcher {
  /** Ids of the terms the text uses, in glossary order. */
  termsIn(text: string): string[];
}

export function glossaryMatcher(terms: { id: string; data: GlossaryTerm }[]): GlossaryMatcher {
  const order = new Map(terms.map((t, i) => [t.id, i]));
  const byFirstChar = new Map<string, { form: string; id: string; latin: boolean }[]>();
  for (const term of terms) {
    for (const raw of [term.data.zh, term.data.en, ...term.data.aliases]) {
      const form = normalize(raw.trim());
      if (!form) continue;
      const list = byFirstChar.get(form[0]) ?? [];
      // Latin forms match whole words only, so "ha" does not match "that"; CJK forms match anywhere.
      list.push({ form, id: term.id, latin: WORD.test(form[0]) || WORD.test(form.at(-1)!) });
      byFirstChar.set(form[0], list);
    }
  }
  return {
    termsIn(text) {
      const t = normalize(text);
      const found = new Set<string>();
      for (let i = 0; i < t.length; i++) {
        const candidates = byFirstChar.get(t[i]);
        if (!candidates) continue;
        for (const { form, id, latin } of candidates) {
          if (found.has(id) || !t.startsWith(form, i)) continue;
          if (latin && (WORD.test(t[i - 1] ?? '') || WORD.test(t[i + form.length] ?? ''))) continue;
          found.add(id);
        }
      }
      return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
    },
  };
}
