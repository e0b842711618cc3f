/**
 * The URLs a built site publishes for readers and feeds: pages (as `/path/`), feeds, data and
 * schemas. Hashed assets (`/_astro/`) and the search index (`/pagefind/`) change with every
 * content change and are nobody's bookmark, so they are not part of the promise.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, as paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function publishedUrls(distDir: string): string[] {
  return filesUnder(distDir)
    .map((file) => `/${relative(distDir, file).split(sep).join('/')}`)
    .filter((url) => !url.startsWith('/_astro/') && !url.startsWith('/pagefind/') && url !== '/_headers')
    .map((url) => (url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url))
    .sort();
}
