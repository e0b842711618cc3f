/** The names an entity goes by, in both languages: shown as labelled tags and indexed for search. */
import type { Company, Feature, GlossaryTerm, Speaker, Topic } from '../model/schema.ts';
import { unique } from './group.ts';

export const names = {
  topic: (t: Topic) => unique([t.title, t.titleEn, ...t.aliases]),
  feature: (f: Feature) => unique([f.name, ...(f.nameZh ? [f.nameZh] : []), ...f.aliases]),
  company: (c: Company) => unique([c.name, ...(c.nameEn ? [c.nameEn] : []), ...c.aliases]),
  term: (g: GlossaryTerm) => unique([g.zh, g.en, ...g.aliases]),
  speaker: (s: Speaker) => unique([s.name, ...(s.nameEn ? [s.nameEn] : []), ...(s.alias ? [s.alias] : []), ...s.aliases]),
};

/** "伍翀（云邪）": the name with the 花名 readers know, as Chinese sources print it. */
export function speakerLabel(s: Speaker): string {
  return s.alias ? `${s.name}（${s.alias}）` : s.name;
}

/** How a source is cited inline: its title, with its author or site when it has one. */
export function sourceLabel(source: { title: string; author?: string; site?: string }): string {
  const by = source.author ?? source.site;
  return by ? `${source.title}（${by}）` : source.title;
}
