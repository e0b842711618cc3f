/**
 * Related talks, computed at build time from what two talks share. A shared feature says the
 * most, a shared company or speaker less, a shared topic least; every suggestion keeps its reasons
 * so the page can say why ("also about Unaligned Checkpoint"). Candidates come from an inverted
 * index (tag → talks), so the work grows with the talks that share tags, not with all pairs.
 */

export interface Tagged {
  id: string;
  features: readonly string[];
  companies: readonly string[];
  speakers: readonly string[];
  topics: readonly string[];
  year: number;
}

export type ReasonKind = 'feature' | 'company' | 'speaker' | 'topic';
export interface Reason {
  kind: ReasonKind;
  id: string;
}
export interface Related {
  id: string;
  score: number;
  reasons: Reason[];
}

export const WEIGHTS: Record<ReasonKind, number> = { feature: 3, company: 2, speaker: 2, topic: 1 };
const FIELD: Record<ReasonKind, 'features' | 'companies' | 'speakers' | 'topics'> = { feature: 'features', company: 'companies', speaker: 'speakers', topic: 'topics' };
const KINDS = Object.keys(WEIGHTS) as ReasonKind[];

export type RelatedIndex = Map<string, Tagged[]>;

/** tag ("feature:uc") → the talks carrying it. Build once, query for every talk. */
export function relatedIndex(all: readonly Tagged[]): RelatedIndex {
  const index: RelatedIndex = new Map();
  for (const talk of all) {
    for (const kind of KINDS) {
      for (const id of talk[FIELD[kind]]) {
        const key = `${kind}:${id}`;
        const list = index.get(key);
        if (list) list.push(talk);
        else index.set(key, [talk]);
      }
    }
  }
  return index;
}

/** The talks sharing the most with `talk`, best first; ties go to the nearer year, then the id. */
export function relatedTalks(talk: Tagged, index: RelatedIndex, { limit = 5, minScore = 2 } = {}): Related[] {
  const found = new Map<string, { other: Tagged; score: number; reasons: Reason[] }>();
  for (const kind of KINDS) {
    for (const id of talk[FIELD[kind]]) {
      for (const other of index.get(`${kind}:${id}`) ?? []) {
        if (other.id === talk.id) continue;
        const entry = found.get(other.id) ?? { other, score: 0, reasons: [] };
        entry.score += WEIGHTS[kind];
        entry.reasons.push({ kind, id });
        found.set(other.id, entry);
      }
    }
  }
  return [...found.values()]
    .filter((r) => r.score >= minScore)
    .sort((a, b) => b.score - a.score || Math.abs(a.other.year - talk.year) - Math.abs(b.other.year - talk.year) || a.other.id.localeCompare(b.other.id))
    .slice(0, limit)
    .map(({ other, score, reasons }) => ({ id: other.id, score, reasons }));
}
