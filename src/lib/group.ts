/** Small collection helpers shared by the indexes. */

/** Groups items under every key `keysOf` gives them; keys keep first-seen order. */
export function groupBy<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Counts occurrences, most frequent first (ties keep first-seen order). */
export function countBy<K>(keys: Iterable<K>): [K, number][] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
