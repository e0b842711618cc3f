/** The empty-result hint of the search page: the glossary's other-language forms of a query. */

/** A glossary term's forms: its Chinese and English names, then its aliases. */
export type TermForms = [zh: string, en: string, ...aliases: string[]];

/**
 * The other-language forms to suggest when a query finds nothing: for each glossary term the query
 * names (or contains, or misspells), the term's forms the query does not already use.
 */
export function suggestTerms(query: string, glossary: TermForms[]): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const suggestions: string[] = [];
  for (const forms of glossary) {
    if (forms.some((f) => f.toLowerCase() === q || q.includes(f.toLowerCase()) || f.toLowerCase().includes(q) || misspelt(q, f.toLowerCase()))) {
      for (const form of forms.slice(0, 2)) if (!q.includes(form.toLowerCase()) && !suggestions.includes(form)) suggestions.push(form);
    }
  }
  return suggestions.slice(0, 6);
}

/**
 * Whether a Latin-letter query reads as a misspelling of a form: one letter added, dropped, changed
 * or two swapped (two for forms of eight letters or more), as in backpresure for backpressure.
 */
function misspelt(query: string, form: string): boolean {
  if (form.length < 5 || !/^[a-z][a-z -]*$/.test(form) || Math.abs(form.length - query.length) > 2) return false;
  return editDistance(query, form) <= (form.length >= 8 ? 2 : 1);
}

/** Edits between two strings: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
