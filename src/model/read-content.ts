/**
 * Reads the content folder into plain entries, the way Astro's loaders see it, without Astro:
 * the build-time check, the tests and the scripts all read content through this one function.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { COLLECTIONS, type CollectionName } from './schema.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project (or fixture) root, with forward slashes: what errors name. */
  file: string;
  data: unknown;
  /** Markdown body, for .md/.mdx entries. */
  body?: string;
}

export type RawContent = Record<CollectionName, RawEntry[]>;

export class ContentReadError extends Error {}

/** Splits `---\nyaml\n---\nbody` into its parts; a file without frontmatter has empty data. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { frontmatter: '', body: source };
  return { frontmatter: match[1], body: source.slice(match[0].length) };
}

/**
 * YAML's core schema keeps `2020-13-14` a string for the date check to refuse; the default schema
 * would silently roll it over to 2021-01-14 (Astro then sees that Date, hence this check first).
 */
function parseYaml(text: string, file: string): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw new ContentReadError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The files a pattern like `talks/*\/*.{md,mdx}` names: one directory level per `*` segment. */
function listFiles(contentDir: string, pattern: string): string[] {
  const parts = pattern.split('/');
  const extensions = /\{(.+)\}$/.exec(parts.at(-1)!)?.[1].split(',') ?? [parts.at(-1)!.replace('*.', '')];
  let dirs = [contentDir];
  for (const part of parts.slice(0, -1)) {
    dirs =
      part === '*'
        ? dirs.flatMap((dir) =>
            existsSync(dir)
              ? readdirSync(dir, { withFileTypes: true })
                  .filter((d) => d.isDirectory())
                  .map((d) => join(dir, d.name))
              : [],
          )
        : dirs.map((dir) => join(dir, part));
  }
  const last = parts.at(-1)!;
  if (!last.includes('*')) return dirs.map((dir) => join(dir, last)).filter((file) => existsSync(file));
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isFile() && extensions.some((ext) => d.name.endsWith(`.${ext}`)))
        .map((d) => join(dir, d.name)),
    )
    .sort();
}

/** The id a file-per-entry collection gives a file: its path below the collection folder, without extension. */
export function idFromPath(relativeToCollection: string): string {
  return relativeToCollection.split(sep).join('/').replace(/\.[^./]+$/, '');
}

export function readContent(contentDir: string, root = join(contentDir, '..')): RawContent {
  const content = {} as RawContent;
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const entries: RawEntry[] = [];
    const collectionDir = join(contentDir, spec.pattern.split('/')[0]);
    for (const path of listFiles(contentDir, spec.pattern)) {
      const file = relative(root, path).split(sep).join('/');
      const raw = readFileSync(path, 'utf8');
      if (spec.shape === 'list') {
        const data = parseYaml(raw, file);
        if (!Array.isArray(data)) throw new ContentReadError(`${file}: expected a YAML list of entries, each with an id`);
        data.forEach((item, index) => {
          const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : `#${index + 1}`;
          entries.push({ collection: name, id, file, data: item });
        });
      } else if (path.endsWith('.yaml') || path.endsWith('.yml')) {
        entries.push({ collection: name, id: idFromPath(relative(collectionDir, path)), file, data: parseYaml(raw, file) ?? {} });
      } else {
        const { frontmatter, body } = splitFrontmatter(raw);
        entries.push({
          collection: name,
          id: idFromPath(relative(collectionDir, path)),
          file,
          data: parseYaml(frontmatter, file) ?? {},
          body,
        });
      }
    }
    content[name] = entries;
  }
  return content;
}
