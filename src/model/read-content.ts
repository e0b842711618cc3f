/**
 * Reads the content folder into plain entries, the way Astro's loaders see it, without Astro:
 * the build-time check, the tests and the scripts all read content through this one function.
 *
 * It sees every file Astro could see and refuses what Astro would read differently or not at all:
 * symbolic links (Astro follows them), files outside a collection's pattern (a nested folder, a
 * `.MD` extension: Astro silently skips them), file names that break the id rule, bytes that are
 * not UTF-8, a byte-order mark, and oversized files. YAML is parsed with Astro's own parser
 * settings, except that a date which is not a calendar day is kept invalid instead of rolled over.
 * Every problem of every file is collected; nothing here throws for bad content.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { COLLECTIONS, SLUG, type CollectionName } from './schema.ts';

export interface Problem {
  file: string;
  /** Dotted field path, e.g. `topics.1` or `appearances.0.speaker`; a line (`line 3`); empty for the whole file. */
  field: string;
  message: string;
}

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project (or fixture) root, with forward slashes: what errors name. */
  file: string;
  data: unknown;
  /** Markdown body, for .md/.mdx entries. */
  body?: string;
  /** The line of the file where the body starts (1-based), to name body lines in problems. */
  bodyLine?: number;
}

export type RawContent = Record<CollectionName, RawEntry[]> & {
  problems: Problem[];
  /** Ids of files that belong to a collection but could not be read: references to them are not "unknown" too. */
  unreadable: { collection: CollectionName; id: string }[];
};

/** Larger files are refused: a 20 MB note made the build about 70 times slower. */
export const MAX_FILE_BYTES = 200 * 1024;
/** The registries hold many entries in one file, so they get more room. */
export const MAX_REGISTRY_BYTES = 2 * 1024 * 1024;

/** Astro's frontmatter pattern (@astrojs/internal-helpers), without the BOM it tolerates: we name it instead. */
const FRONTMATTER = /^(?:\s*\n)?---([\s\S]*?\n)---/;

/** Splits `---\nyaml\n---\nbody` into its parts, as Astro does; a file without frontmatter has empty data. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { frontmatter: '', body: source, bodyLine: 1 };
  const body = source.slice(match[0].length).replace(/^[ \t]*\r?\n/, '');
  return { frontmatter: match[1], body, bodyLine: source.slice(0, source.length - body.length).split('\n').length };
}

/** js-yaml's built-in types (present at run time, missing from its type declarations). */
const builtin = (yaml as unknown as { types: Record<'timestamp' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set', yaml.Type> }).types;

/**
 * YAML 1.1 timestamps as js-yaml reads them, but a date that is no calendar day (`2020-13-14`)
 * becomes an invalid Date for the date check to refuse, instead of silently rolling over to
 * 2021-01-14 as Astro's parser would.
 */
const strictTimestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data) => (builtin.timestamp as unknown as { resolve: (d: string) => boolean }).resolve(data),
  construct: (data: string) => {
    const date = (builtin.timestamp as unknown as { construct: (d: string) => Date }).construct(data);
    const [y, m, d] = data.split(/[-Tt \t]/).map(Number);
    return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d ? date : new Date(Number.NaN);
  },
  instanceOf: Date,
  represent: (date) => (date as Date).toISOString(),
});

/** Astro's YAML schema (js-yaml's default) with the strict timestamp. */
const ASTRO_YAML = yaml.CORE_SCHEMA.extend({
  implicit: [strictTimestamp, builtin.merge],
  explicit: [builtin.binary, builtin.omap, builtin.pairs, builtin.set],
});

type Parsed = { ok: true; data: unknown } | { ok: false; problem: Problem };

function parseYaml(text: string, file: string, firstLine = 1): Parsed {
  try {
    return { ok: true, data: yaml.load(text, { schema: ASTRO_YAML }) };
  } catch (error) {
    const e = error as yaml.YAMLException;
    const line = e.mark ? e.mark.line + firstLine : undefined;
    return { ok: false, problem: { file, field: line ? `line ${line}` : '', message: `not valid YAML: ${e.reason ?? e.message.split('\n')[0]}` } };
  }
}

/** The id a file-per-entry collection gives a file: its path below the collection folder, without extension. */
export function idFromPath(relativeToCollection: string): string {
  return relativeToCollection.split(sep).join('/').replace(/\.[^./]+$/, '');
}

interface Layout {
  name: CollectionName;
  shape: 'files' | 'list';
  pattern: string;
  /** The folder (or file) the pattern lives in, relative to the content dir. */
  home: string;
  /** Folder segments between home and the file: `talks/*\/*.md` has one (the conference). */
  depth: number;
  extensions: string[];
}

const LAYOUTS: Layout[] = (Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]).map(([name, spec]) => {
  const parts = spec.pattern.split('/');
  const last = parts.at(-1)!;
  const extensions = /\{(.+)\}$/.exec(last)?.[1].split(',') ?? [last.replace(/^\*\./, '').replace(/^[^.]*\./, '')];
  // The folder part before the first wildcard: `talks`, or `en/talks` for the English twins.
  const fixed = parts.findIndex((p) => p.includes('*'));
  const home = spec.shape === 'list' ? last : parts.slice(0, fixed).join('/');
  return { name, shape: spec.shape, pattern: spec.pattern, home, depth: parts.length - fixed - 1, extensions };
});

const PATTERNS = LAYOUTS.map((l) => l.pattern).join(', ');

/** Every path under `dir` (files, links and folders), without following links. */
function walk(dir: string): { path: string; kind: 'file' | 'dir' | 'link' | 'other' }[] {
  const found: { path: string; kind: 'file' | 'dir' | 'link' | 'other' }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    const kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
    found.push({ path, kind });
    if (kind === 'dir') found.push(...walk(path));
  }
  return found;
}

/** Which collection a file belongs to, or why it belongs to none. */
function place(rel: string): { layout: Layout; id: string } | { problem: string } {
  const layout = LAYOUTS.find((l) => (l.shape === 'list' ? rel === l.home : rel.startsWith(`${l.home}/`)));
  if (!layout) return { problem: `is not a file of any collection; expected one of: ${PATTERNS}` };
  if (layout.shape === 'list') return { layout, id: '' };
  const inner = rel.slice(layout.home.length + 1).split('/');
  const name = inner.at(-1)!;
  const dot = name.indexOf('.');
  const extension = dot >= 0 ? name.slice(dot + 1) : '';
  if (inner.length !== layout.depth + 1) {
    return { problem: `is ${inner.length > layout.depth + 1 ? 'nested too deep' : 'not in its folder'}: Astro reads only ${layout.pattern}` };
  }
  if (!layout.extensions.includes(extension)) {
    return { problem: `has the extension "${extension || '(none)'}", which Astro skips; expected ${layout.extensions.map((e) => `.${e}`).join(' or ')}` };
  }
  const segments = [...inner.slice(0, -1), name.slice(0, dot)];
  const bad = segments.find((s) => !SLUG.test(s));
  if (bad !== undefined) return { problem: `"${bad}" breaks the id rule (it becomes the URL); expected lower-case ASCII words joined by hyphens, like "unaligned-checkpoint"` };
  return { layout, id: segments.join('/') };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or why it cannot be read as Astro would read it. */
function decode(bytes: Buffer, limit: number): { text: string } | { problem: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { problem: 'starts with a byte-order mark (BOM); expected UTF-8 without a BOM (re-save the file as plain UTF-8)' };
  }
  if (bytes.length > limit) return { problem: `is ${Math.round(bytes.length / 1024)} KB; expected at most ${limit / 1024} KB` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return { problem: `is not valid UTF-8 (first bad byte on line ${line}); expected UTF-8 text (GB18030 and other encodings are published as mojibake)` };
  }
}

export function readContent(contentDir: string, root = join(contentDir, '..')): RawContent {
  const content = Object.fromEntries(LAYOUTS.map((l) => [l.name, []])) as unknown as RawContent;
  content.problems = [];
  content.unreadable = [];
  const refuse = (file: string, message: string, field = '') => content.problems.push({ file, field, message });

  for (const { path, kind } of walk(contentDir)) {
    const file = relative(root, path).split(sep).join('/');
    const rel = relative(contentDir, path).split(sep).join('/');
    if (kind === 'link') {
      refuse(file, 'is a symbolic link; expected a plain file or folder (Astro follows links to files the check cannot vouch for)');
      continue;
    }
    if (kind === 'dir') continue;
    if (kind === 'other') {
      refuse(file, 'is not a regular file');
      continue;
    }
    const placed = place(rel);
    if ('problem' in placed) {
      refuse(file, placed.problem);
      continue;
    }
    const { layout, id } = placed;
    const decoded = decode(readFileSync(path), layout.shape === 'list' ? MAX_REGISTRY_BYTES : MAX_FILE_BYTES);
    if ('problem' in decoded) {
      refuse(file, decoded.problem);
      if (id) content.unreadable.push({ collection: layout.name, id });
      continue;
    }
    const raw = decoded.text;
    const unreadable = (problem: Problem) => {
      content.problems.push(problem);
      if (id) content.unreadable.push({ collection: layout.name, id });
    };
    if (layout.shape === 'list') {
      const parsed = parseYaml(raw, file);
      if (!parsed.ok) {
        content.problems.push(parsed.problem);
        continue;
      }
      if (!Array.isArray(parsed.data)) {
        refuse(file, 'expected a YAML list of entries, each with an id');
        continue;
      }
      parsed.data.forEach((item, index) => {
        const itemId = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : `#${index + 1}`;
        content[layout.name].push({ collection: layout.name, id: itemId, file, data: item });
      });
    } else if (layout.extensions.some((e) => e === 'yaml' || e === 'yml')) {
      const parsed = parseYaml(raw, file);
      if (!parsed.ok) unreadable(parsed.problem);
      else content[layout.name].push({ collection: layout.name, id, file, data: parsed.data ?? {} });
    } else {
      const { frontmatter, body, bodyLine } = splitFrontmatter(raw);
      if (!frontmatter.trim()) {
        unreadable({ file, field: '', message: 'has no frontmatter; expected the facts between two --- lines at the top of the file' });
        continue;
      }
      const parsed = parseYaml(frontmatter, file, 1);
      if (!parsed.ok) unreadable(parsed.problem);
      else content[layout.name].push({ collection: layout.name, id, file, data: parsed.data ?? {}, body, bodyLine });
    }
  }
  return content;
}
