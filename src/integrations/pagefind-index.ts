/**
 * The Pagefind Node API calls the indexing makes, each failing with what Pagefind said: the
 * site's build makes them from src/integrations/index-worker.ts while its pages render, the
 * benchmark's floor through indexSite after its build.
 */
import * as pagefind from 'pagefind';

/** A new index. Pagefind's process is started before this returns its promise. */
export async function startPagefind() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}
type Index = Awaited<ReturnType<typeof startPagefind>>;

/** Reads the pages under `path` (those `glob` matches, if given); the number read. */
export async function addPages(index: Index, path: string, glob?: string): Promise<number> {
  const added = await index.addDirectory({ path, ...(glob ? { glob } : {}) });
  if (added.errors.length) throw new Error(`Pagefind could not index ${glob ?? path}: ${added.errors.join('; ')}`);
  return added.page_count;
}

/** Writes the index into `outDir`/pagefind. */
export async function writeIndex(index: Index, outDir: string) {
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
}

export const closePagefind = () => pagefind.close();

/** The benchmark's floor: every page of a built site (its plain pages have no data-pagefind-body), indexed after the build. */
export async function indexSite(outDir: string, logger?: { info: (line: string) => void }) {
  const started = performance.now();
  const index = await startPagefind();
  const pages = await addPages(index, outDir);
  await writeIndex(index, outDir);
  await closePagefind();
  logger?.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
}
