/** Which glossary terms a text uses, in either language, so pages and search can show both. */
import type { GlossaryTerm } from '../model/schema.ts';

const LATIN = /[A-Za-z0-9]/;

/** Latin forms match as whole words (so "HA" does not match "that"); CJK forms match anywhere. */
function formPattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]*');
  const start = LATIN.test(form[0]) ? '(?<![A-Za-z0-9])' : '';
  const end = LATIN.test(form.at(-1)!) ? '(?![A-Za-z0-9])' : '';
  return new RegExp(start + escaped + end, 'i');
}

export interface GlossaryMatcher {
  /** Ids of the terms the text uses, in glossary order. */
  termsIn(text: string): string[];
}

export function glossaryMatcher(terms: { id: string; data: GlossaryTerm }[]): GlossaryMatcher {
  const compiled = terms.map((term) => ({
    id: term.id,
    patterns: [term.data.zh, term.data.en, ...term.data.aliases].map(formPattern),
  }));
  return {
    termsIn: (text) => compiled.filter((term) => term.patterns.some((p) => p.test(text))).map((term) => term.id),
  };
}
