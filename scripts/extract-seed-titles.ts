/**
 * Extracts the talk titles from the seed notes (../shared/seeds) into tests/seed-titles.json, a
 * committed list the coverage test reads: every seed talk must have a page with notes. Titles are
 * facts, so they are kept exactly as the seeds write them. Each seed has its own layout, hence one
 * small parser per seed. usage: node scripts/extract-seed-titles.ts [seeds-dir]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedTitle {
  seed: string;
  title: string;
}

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim());

/** 000 (FFA 2020 by day): every `#### ` heading is a talk. */
function markdownHeadings(text: string): string[] {
  return lines(text)
    .filter((l) => l.startsWith('#### '))
    .map((l) => l.slice(5).trim());
}

/** 001 (FFA 2019 attendee report): every `* Title <br>` bullet is a talk. */
function bulletsWithBreak(text: string): string[] {
  return lines(text)
    .filter((l) => /^\* .+<br>$/.test(l))
    .map((l) => l.slice(2, -4).trim());
}

/**
 * 002 (FFA 2020 core track announcement): a title is the line (or two lines, when a long title
 * wraps) just before the first "name | position" speaker line of a talk.
 */
function titlesBeforeSpeakers(text: string): string[] {
  const all = lines(text).filter(Boolean);
  const isSpeaker = (l: string) => / \| /.test(l) && l.length < 80;
  const canContinue = (l: string) => l.length < 45 && !/^[\d(（]/.test(l) && !/[。.！？]$/.test(l) && !isSpeaker(l);
  const titles: string[] = [];
  all.forEach((line, i) => {
    if (!isSpeaker(line) || isSpeaker(all[i - 1] ?? '')) return;
    const last = all[i - 1];
    const before = all[i - 2] ?? '';
    titles.push(canContinue(before) && !/[:：]$/.test(last) ? joinWrapped(before, last) : last);
  });
  return titles;
}

/** A title broken over two lines: CJK halves join directly, Latin ones with a space. */
function joinWrapped(first: string, second: string): string {
  return /[A-Za-z:：,]$/.test(first) || /^[A-Za-z]/.test(second) ? `${first} ${second}` : first + second;
}

/** 003 (FFA 2022 notes): `## N，Title｜Speaker` headings. */
function numberedHeadings(text: string): string[] {
  return lines(text)
    .filter((l) => /^## \d+，/.test(l))
    .map((l) => l.replace(/^## \d+，/, '').split('｜')[0].trim());
}

/** 004 (Chinese edition Q&A): the line before each "解说嘉宾"/"分享嘉宾" line, without its label. */
function titlesBeforeGuests(text: string): string[] {
  const all = lines(text).filter(Boolean);
  return all
    .flatMap((line, i) => (/^(解说|分享)嘉宾/.test(line) ? [all[i - 1]] : []))
    .map((title) => title.replace(/^(Keynote:|圆桌 \||演讲 \|)\s*/, '').trim());
}

const PARSERS: [RegExp, (text: string) => string[]][] = [
  [/^000_/, markdownHeadings],
  [/^001_/, bulletsWithBreak],
  [/^002_/, titlesBeforeSpeakers],
  [/^003_/, numberedHeadings],
  [/^004_/, titlesBeforeGuests],
];

export function extractSeedTitles(seedsDir: string): SeedTitle[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const parse = PARSERS.find(([pattern]) => pattern.test(file))?.[1];
      if (!parse) throw new Error(`no title parser for seed ${file}`);
      return parse(readFileSync(join(seedsDir, file), 'utf8')).map((title) => ({ seed: `seed-${file.slice(0, 3)}`, title }));
    });
}

if (import.meta.main) {
  const seedsDir = process.argv[2] ?? '../shared/seeds';
  const titles = extractSeedTitles(seedsDir);
  writeFileSync('tests/seed-titles.json', `${JSON.stringify(titles, null, 2)}\n`);
  const perSeed = Object.entries(Object.groupBy(titles, (t) => t.seed)).map(([seed, list]) => `${seed}: ${list!.length}`);
  console.log(`tests/seed-titles.json: ${titles.length} titles (${perSeed.join(', ')})`);
}
