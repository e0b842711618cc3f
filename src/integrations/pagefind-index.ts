/**
 * The Pagefind Node API calls the indexing makes, each failing with what Pagefind said: the
 * site's build makes them from src/integrations/index-worker.ts while its pages render, the
 * benchmark's floor through indexSite after its build. Also what the build gives Pagefind of a
 * page (forPagefind) and how it joins the per-language indexes (mergeIndexes).
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** A new index. Pagefind's process is started before this returns its promise. */
export async function startPagefind() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}
type Index = Awaited<ReturnType<typeof startPagefind>>;

/** Reads the pages under `path`; the number read. */
export async function addPages(index: Index, path: string): Promise<number> {
  const added = await index.addDirectory({ path });
  if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
  return added.page_count;
}

/** Writes the index into `folder` (a site's pagefind/). */
export async function writeIndex(index: Index, folder: string) {
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
}

export const closePagefind = () => pagefind.close();

/** The benchmark's floor: every page of a built site (its plain pages have no data-pagefind-body), indexed after the build. */
export async function indexSite(outDir: string, logger?: { info: (line: string) => void }) {
  const started = performance.now();
  const index = await startPagefind();
  const pages = await addPages(index, outDir);
  await writeIndex(index, join(outDir, 'pagefind'));
  await closePagefind();
  logger?.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
}

/**
 * The part of a talk page that Pagefind reads, about a third of it: the `<html>` start tag (its
 * `lang`) and the `data-pagefind-body` article, without the elements inside it marked
 * `data-pagefind-ignore` that hold no other Pagefind attribute (the fact box, the tag block and the
 * badges: about half the article): Pagefind indexes nothing of those. The whole page if any
 * Pagefind attribute (a filter, meta or sort) sits outside that article.
 */
export function forPagefind(page: Uint8Array): Uint8Array {
  const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const html = bytes.indexOf('<html');
  const start = bytes.indexOf(BODY_ELEMENT);
  const end = bytes.lastIndexOf(BODY_END) + BODY_END.length;
  if (html < 0 || start < 0 || end < start || attributes(bytes, 0, bytes.length) !== attributes(bytes, start, end)) return page;
  return Buffer.concat([bytes.subarray(0, bytes.indexOf('>', html) + 1), Buffer.from('<body>'), ...withoutIgnored(bytes, start, end), Buffer.from('</body></html>')]);
}
const [BODY_ELEMENT, BODY_END, ATTRIBUTE, IGNORE] = ['<article data-pagefind-body', '</article>', 'data-pagefind-', ' data-pagefind-ignore'];

/** How many Pagefind attributes the bytes from `from` to `to` hold. */
function attributes(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let at = bytes.indexOf(ATTRIBUTE, from); at >= 0 && at < to; at = bytes.indexOf(ATTRIBUTE, at + 1)) n++;
  return n;
}

/**
 * The bytes from `from` to `to`, as pieces, less each element marked `data-pagefind-ignore` whose
 * only Pagefind attribute is that mark. An element is cut from its start tag to its matching end
 * tag (same-named elements nested inside counted); one it cannot match is kept.
 */
function withoutIgnored(bytes: Buffer, from: number, to: number): Buffer[] {
  const pieces: Buffer[] = [];
  let kept = from;
  for (let at = bytes.indexOf(IGNORE, from); at >= 0 && at < to; at = bytes.indexOf(IGNORE, at + 1)) {
    const open = bytes.lastIndexOf('<', at);
    // The mark must sit in a start tag (not in text that mentions it) after what was cut.
    const name = /^<([a-z][a-z0-9]*)[\s>]/.exec(bytes.toString('latin1', open, open + 12))?.[1];
    const inTag = name !== undefined && open >= kept && bytes.indexOf('>', open) > at;
    const close = inTag ? matchingEnd(bytes, name, open, to) : -1;
    if (close < 0 || attributes(bytes, open, close) !== 1) continue;
    pieces.push(bytes.subarray(kept, open));
    kept = close;
    at = close - 1;
  }
  pieces.push(bytes.subarray(kept, to));
  return pieces;
}

/** Where the element named `name` that starts at `open` ends (after its end tag), or -1. */
function matchingEnd(bytes: Buffer, name: string, open: number, to: number): number {
  const [start, end] = [`<${name}`, `</${name}>`];
  let depth = 0;
  for (let at = open; at >= 0 && at < to; ) {
    const nextStart = bytes.indexOf(start, at);
    const nextEnd = bytes.indexOf(end, at);
    if (nextEnd < 0 || nextEnd >= to) return -1;
    // A start tag of the same name (not a longer one: <p, not <pre) before the next end tag nests.
    if (nextStart >= 0 && nextStart < nextEnd) {
      const after = bytes[nextStart + start.length];
      if (after === 0x3e || after === 0x20 || after === 0x0a || after === 0x09) depth++;
      at = nextStart + start.length;
    } else {
      if (--depth === 0) return nextEnd + end.length;
      at = nextEnd + end.length;
    }
  }
  return -1;
}

const ENTRY = 'pagefind-entry.json';

/**
 * Joins indexes that separate Pagefind processes wrote, each of other languages, into one folder
 * `into`, as one process writes them: every file side by side (the scripts are the same bytes in
 * each; the rest are named by a hash of their content) and one entry file listing every language.
 * The entry file is Pagefind's own format; parts that differ in anything but their languages are
 * refused, so a Pagefind whose format changed fails the build instead of writing a wrong index.
 * The parts are moved, not copied.
 */
export function mergeIndexes(parts: string[], into: string) {
  rmSync(into, { recursive: true, force: true });
  let entry: { languages: Record<string, unknown> } | undefined;
  for (const part of parts) {
    const own = JSON.parse(readFileSync(join(part, ENTRY), 'utf8')) as NonNullable<typeof entry>;
    if (typeof own.languages !== 'object') throw new Error(`${join(part, ENTRY)} lists no languages: Pagefind's format is not the one this build joins`);
    if (entry) {
      const [ours, theirs] = [entry, own].map(({ languages, ...rest }) => JSON.stringify(rest));
      if (ours !== theirs) throw new Error(`the search index's parts differ beyond their languages (${ours} against ${theirs})`);
      const both = Object.keys(own.languages).filter((language) => language in entry!.languages);
      if (both.length) throw new Error(`two parts of the search index both hold language ${both.join(', ')}`);
    }
    entry = { ...own, languages: { ...entry?.languages, ...own.languages } };
    moveInto(part, into);
  }
  if (!entry) throw new Error('no search index to join');
  // In a fixed order (by name), whichever part was written first.
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(into, ENTRY), JSON.stringify(entry));
}

function moveInto(from: string, to: string) {
  if (!existsSync(to)) return renameSync(from, to);
  for (const item of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, item.name), join(to, item.name)];
    if (item.isDirectory()) moveInto(source, target);
    else if (item.name === ENTRY) continue; // joined by mergeIndexes
    else if (!existsSync(target)) renameSync(source, target);
    else if (!readFileSync(source).equals(readFileSync(target))) throw new Error(`two parts of the search index hold different ${target}`);
  }
}
