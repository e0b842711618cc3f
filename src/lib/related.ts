/**
 * Related talks, computed at build time from what two talks share. A shared feature says the
 * most, a shared company or speaker less, a shared topic least; every suggestion keeps its reasons
 * so the page can say why ("also about Unaligned Checkpoint").
 *
 * Scale: candidates come from an inverted index of the specific tags (feature, company, speaker →
 * talks) and are scored in a reused array, so a 10,000-talk corpus stays fast. A topic has
 * hundreds of talks at that size, so topic-only candidates are looked at only when the specific
 * tags give too few.
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
const FIELD = { feature: 'features', company: 'companies', speaker: 'speakers', topic: 'topics' } as const;
const KINDS = Object.keys(WEIGHTS) as ReasonKind[];
const SPECIFIC: ReasonKind[] = ['feature', 'company', 'speaker'];

export interface RelatedIndex {
  talks: readonly Tagged[];
  position: Map<string, number>;
  /** "feature:uc" → positions of the talks carrying it. */
  postings: Map<string, number[]>;
  /** Scratch space for one query: scores by position, and which positions were touched. */
  scores: Int32Array;
  /** Each talk's place in id order (localeCompare), so a tie costs an integer comparison. */
  idRank: Int32Array;
}

export function relatedIndex(talks: readonly Tagged[]): RelatedIndex {
  const postings = new Map<string, number[]>();
  talks.forEach((talk, position) => {
    for (const kind of KINDS) {
      for (const id of talk[FIELD[kind]]) {
        const key = `${kind}:${id}`;
        const list = postings.get(key);
        if (list) list.push(position);
        else postings.set(key, [position]);
      }
    }
  });
  const idRank = new Int32Array(talks.length);
  [...talks.keys()].sort((a, b) => talks[a].id.localeCompare(talks[b].id)).forEach((position, rank) => (idRank[position] = rank));
  return { talks, position: new Map(talks.map((t, i) => [t.id, i])), postings, scores: new Int32Array(talks.length), idRank };
}

/** What two talks share, in weight order of kind. */
function sharedReasons(talk: Tagged, other: Tagged): Reason[] {
  return KINDS.flatMap((kind) => talk[FIELD[kind]].filter((id) => other[FIELD[kind]].includes(id)).map((id) => ({ kind, id })));
}

/** The talks sharing the most with `talk`, best first; ties go to the nearer year, then the id. */
export function relatedTalks(talk: Tagged, index: RelatedIndex, { limit = 5, minScore = 2 } = {}): Related[] {
  const { talks, postings, scores, idRank } = index;
  const self = index.position.get(talk.id);
  const touched: number[] = [];
  const add = (kinds: ReasonKind[]) => {
    for (const kind of kinds) {
      for (const id of talk[FIELD[kind]]) {
        for (const p of postings.get(`${kind}:${id}`) ?? []) {
          if (p === self) continue;
          if (scores[p] === 0) touched.push(p);
          scores[p] += WEIGHTS[kind];
        }
      }
    }
  };
  add(SPECIFIC);
  if (touched.length < limit) add(['topic']);
  else {
    // Topics still weigh in for the candidates the specific tags found (scored above zero), read
    // from the topic's postings: a lookup per candidate and topic was most of this function's time.
    for (const id of talk.topics) for (const p of postings.get(`topic:${id}`) ?? []) if (scores[p] > 0) scores[p] += WEIGHTS.topic;
  }

  const better = (a: number, b: number) =>
    scores[a] - scores[b] ||
    Math.abs(talks[b].year - talk.year) - Math.abs(talks[a].year - talk.year) ||
    idRank[b] - idRank[a];
  const best: number[] = [];
  for (const p of touched) {
    if (scores[p] < minScore) continue;
    if (best.length < limit) best.push(p);
    else if (better(p, best[best.length - 1]) > 0) best[best.length - 1] = p;
    else continue;
    best.sort((a, b) => better(b, a));
  }
  const result = best.map((p) => ({ id: talks[p].id, score: scores[p], reasons: sharedReasons(talk, talks[p]) }));
  for (const p of touched) scores[p] = 0;
  return result;
}
