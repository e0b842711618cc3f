/**
 * Our pinyin reading of a Chinese name that no source gives in Latin letters. Pages show it only
 * labelled as a romanization, never as the person's own name; search matches it, so a reader who
 * learnt "Wu Chong" from a page can find 伍翀's talks.
 */
import { pinyin } from 'pinyin-pro';
import type { Speaker } from '../model/schema.ts';

export const HAN = /\p{Script=Han}/u;

/** "俞航翔" → "Yu Hangxiang": surname first, as pinyin-pro reads surnames (单 → Shan). */
export function romanize(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', surname: 'head', type: 'array', nonZh: 'consecutive' }).filter((s) => s.trim());
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (syllables.length < 2) return cap(syllables.join(''));
  return `${cap(syllables[0])} ${cap(syllables.slice(1).join(''))}`;
}

const romanized = new Map<string, string>();

/** A speaker's romanization where no source gives a Latin-letter name: the override, or pinyin-pro's reading. */
export function romanization(speaker: Speaker): string | undefined {
  if (speaker.nameEn || !HAN.test(speaker.name)) return undefined;
  if (speaker.romanization) return speaker.romanization;
  // Every page that names a speaker asks again; pinyin-pro's lookup is worth doing once per name.
  if (!romanized.has(speaker.name)) romanized.set(speaker.name, romanize(speaker.name));
  return romanized.get(speaker.name);
}

