/** The names an entity goes by, in both languages: shown as labelled tags and indexed for search. */
import type { Appearance, Company, Feature, GlossaryTerm, Speaker, Topic } from '../model/schema.ts';
import { unique } from './group.ts';
import { romanization } from './romanize.ts';

export const names = {
  topic: (t: Topic) => unique([t.title, t.titleEn, ...t.aliases]),
  feature: (f: Feature) => unique([f.name, ...(f.nameZh ? [f.nameZh] : []), ...f.aliases]),
  company: (c: Company) => unique([c.name, ...(c.nameEn ? [c.nameEn] : []), ...c.aliases]),
  term: (g: GlossaryTerm) => unique([g.zh, g.en, ...g.aliases]),
  speaker: (s: Speaker) => unique([s.name, ...(s.nameEn ? [s.nameEn] : []), ...(s.alias ? [s.alias] : []), ...s.aliases]),
};

/** A speaker's names as search matches them: also our romanization, which pages show only labelled. */
export function speakerSearchNames(s: Speaker): string[] {
  const roman = romanization(s);
  return roman ? unique([...names.speaker(s), roman]) : names.speaker(s);
}

/** "伍翀（云邪）": the name with the 花名 readers know, as Chinese sources print it. */
export function speakerLabel(s: Speaker): string {
  return s.alias ? `${s.name}（${s.alias}）` : s.name;
}

/** An entity's names with the page language's name first: 检查点 / Checkpoint, or Checkpoint / 检查点. */
export function nameFirst(all: string[], name: string | undefined): string[] {
  return name ? [name, ...all.filter((n) => n !== name)] : all;
}

/**
 * The speaker's Flink community title to print beside their position, unless the printed position
 * already says it: "Flink Contributor · Apache Flink Contributor，阿里巴巴…" read it twice.
 */
export function flinkTitleBeside(a: Pick<Appearance, 'flinkTitle' | 'position'>): Appearance['flinkTitle'] {
  if (!a.flinkTitle) return undefined;
  const word = a.flinkTitle.split(' ')[0].toLowerCase();
  const says = (a.position ?? '').split(/[,，、;；]/).some((part) => /flink/i.test(part) && part.toLowerCase().includes(word));
  return says ? undefined : a.flinkTitle;
}
