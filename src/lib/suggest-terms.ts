/** The empty-result hint of the search page: the glossary's other-language forms of a query. */

export interface TermForms {
  zh: string;
  en: string;
  aliases: string[];
}

/**
 * The other-language forms to suggest when a query finds nothing: for each glossary term the query
 * names (or contains), the term's forms the query does not already use.
 */
export function suggestTerms(query: string, glossary: TermForms[]): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const suggestions: string[] = [];
  for (const term of glossary) {
    const forms = [term.zh, term.en, ...term.aliases];
    if (forms.some((f) => f.toLowerCase() === q || q.includes(f.toLowerCase()) || f.toLowerCase().includes(q))) {
      for (const form of [term.zh, term.en]) if (!q.includes(form.toLowerCase()) && !suggestions.includes(form)) suggestions.push(form);
    }
  }
  return suggestions.slice(0, 6);
}
