/**
 * Related talks, computed at build time from what two talks share. A shared feature says the
 * most, a shared company or speaker less, a shared topic least; every suggestion keeps its reasons
 * so the page can say why ("also about Unaligned Checkpoint").
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
const FIELD: Record<ReasonKind, keyof Tagged> = { feature: 'features', company: 'companies', speaker: 'speakers', topic: 'topics' };

/** The talks sharing the most with `talk`, best first; ties go to the nearer year, then the id. */
export function relatedTalks(talk: Tagged, all: readonly Tagged[], { limit = 5, minScore = 2 } = {}): Related[] {
  const related: (Related & { gap: number })[] = [];
  for (const other of all) {
    if (other.id === talk.id) continue;
    const reasons: Reason[] = [];
    for (const kind of Object.keys(WEIGHTS) as ReasonKind[]) {
      const mine = talk[FIELD[kind]] as readonly string[];
      for (const id of other[FIELD[kind]] as readonly string[]) if (mine.includes(id)) reasons.push({ kind, id });
    }
    const score = reasons.reduce((sum, r) => sum + WEIGHTS[r.kind], 0);
    if (score >= minScore) related.push({ id: other.id, score, reasons, gap: Math.abs(other.year - talk.year) });
  }
  return related
    .sort((a, b) => b.score - a.score || a.gap - b.gap || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ gap: _gap, ...rest }) => rest);
}
