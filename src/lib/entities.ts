/**
 * The site's entity pages (topics, companies, features, speakers) as search offers them: the
 * dropdown lists those whose name matches the query above the talks, and an empty result offers
 * them too. Built into /entities.json; matched in the browser and in the tests by one function.
 */
import type { Kb } from './kb.ts';
import { nameFirst, names, speakerSearchNames } from './names.ts';
import { romanization } from './romanize.ts';
import { nameKey } from './search-query.ts';
import { urlsFor } from './urls.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';

export const ENTITY_KINDS = ['topic', 'company', 'feature', 'speaker'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface EntityLink {
  kind: EntityKind;
  url: string;
  /** What the link says: the name and, where it differs, the other-language name. */
  label: string;
  names: string[];
}

export function entityLinks(kb: Kb, lang: Lang = 'zh'): EntityLink[] {
  const urls = urlsFor(lang);
  const label = (all: string[]) => all.slice(0, 2).join(' / ');
  const en = lang === 'en';
  const named = (kind: EntityKind, url: string, all: string[]) => ({ kind, url, names: all, label: label(all) });
  return [
    ...kb.topics.map((t) => named('topic', urls.topic(t.id), nameFirst(names.topic(t.data), en ? t.data.titleEn : undefined))),
    ...kb.companies.filter((c) => kb.talksOf('company', c.id).length).map((c) => named('company', urls.company(c.id), nameFirst(names.company(c.data), en ? c.data.nameEn : undefined))),
    ...kb.features.map((f) => named('feature', urls.feature(f.id), names.feature(f.data))),
    ...kb.speakers.map((s) => {
      // Matched by our romanization too; on English pages the label shows it, marked as ours.
      const own = nameFirst(names.speaker(s.data), en ? s.data.nameEn : undefined);
      const roman = romanization(s.data);
      return { kind: 'speaker' as const, url: urls.speaker(s.id), names: nameFirst(speakerSearchNames(s.data), own[0]), label: en && roman ? `${label(own)} · ${roman} ${ui.en.talk.romanized}` : label(own) };
    }),
  ];
}

const LATIN_WORD = /[a-z0-9]/;

/** Whether the query holds the name as a word of its own: "checkpoint timeout" holds "checkpoint". */
function holdsName(q: string, key: string): boolean {
  const latin = LATIN_WORD.test(key);
  if ([...key].length < (latin ? 3 : 2)) return false;
  for (let i = q.indexOf(key); i >= 0; i = q.indexOf(key, i + 1)) {
    const before = q[i - 1] ?? ' ';
    const after = q[i + key.length] ?? ' ';
    if (!latin || (!LATIN_WORD.test(before) && !LATIN_WORD.test(after))) return true;
  }
  return false;
}

/**
 * Entity pages whose name matches the query: an exact name first, then names that contain the
 * query (two characters or more), then names the query holds as a word ("checkpoint timeout"
 * offers the Checkpoint topic), kinds in ENTITY_KINDS order.
 */
export function matchEntities(query: string, entities: EntityLink[], limit = 4): EntityLink[] {
  const q = nameKey(query);
  if ([...q].length < 2) return [];
  const score = (e: EntityLink) => {
    const keys = e.names.map(nameKey);
    if (keys.includes(q)) return 0;
    if (keys.some((k) => k.includes(q))) return 1;
    if (keys.some((k) => holdsName(q, k))) return 2;
    return Infinity;
  };
  return entities
    .map((e, i) => ({ e, i, s: score(e) }))
    .filter((x) => x.s < Infinity)
    .sort((a, b) => a.s - b.s || ENTITY_KINDS.indexOf(a.e.kind) - ENTITY_KINDS.indexOf(b.e.kind) || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.e);
}
