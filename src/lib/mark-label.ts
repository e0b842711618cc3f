/**
 * What an "unverified" mark is about, in a reader's words. A mark names its field by dotted path
 * (`appearances.0.company`); the page says "Speaker's company (宋宇航)" instead.
 */

/**
 * The fields a mark may name, by their path without positions (`appearances.company` for
 * `appearances.0.company`): those the talk and conference pages show with an inline mark.
 */
export const MARK_FIELDS = [
  // a talk
  'title', 'altTitles', 'conference', 'track', 'day', 'session', 'kind', 'appearances', 'appearances.speaker', 'appearances.role',
  'appearances.company', 'appearances.position', 'appearances.flinkTitle', 'companies', 'topics', 'features', 'links', 'summary',
  'takeaways', 'claims', 'qa.q', 'qa.a', 'qa.answeredBy',
  // a conference
  'start', 'end', 'tracks', 'figures',
] as const;
export type MarkField = (typeof MARK_FIELDS)[number];

/** A mark's field without its positions: `appearances.company` for `appearances.0.company`. */
export const markField = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

export const isMarkField = (path: string): boolean => (MARK_FIELDS as readonly string[]).includes(markField(path));

/**
 * The label of a mark's field, with the name of the list item it points at where there is one:
 * `topics.0` → "Topic (ML/AI and PyFlink)". `itemName(list, index)` names that item, or not.
 */
export function markLabel(
  path: string,
  labels: Record<MarkField, string>,
  paren: (text: string) => string,
  itemName: (list: string, index: number) => string | undefined,
): string {
  const label = isMarkField(path) ? labels[markField(path) as MarkField] : path;
  const item = /^([A-Za-z]+)\.(\d+)/.exec(path);
  const name = item ? itemName(item[1], Number(item[2])) : undefined;
  return name ? `${label}${paren(name)}` : label;
}
