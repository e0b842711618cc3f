/**
 * Pagefind reads the talk pages while Astro renders, on the core rendering leaves idle.
 *
 * Astro renders pages on one thread; on two cores the other sat mostly idle for the whole render
 * (about 15 s at 5,000 talks), and Pagefind then read every page afterwards. Wrapping Astro's
 * prerenderer (the public `setPrerenderer` hook of `astro:build:start`), the searched pages render
 * first and their HTML goes to a worker thread, a few pages per message. The worker writes each
 * page to a scratch folder (in memory where the system has one: pagesScratch) and, as soon as a
 * folder of them (FOLDER_PAGES pages of one language, in Astro's order) is complete, has
 * Pagefind's Node API read that folder (`addDirectory`), as it reads the built site.
 * Folders go to Pagefind in a fixed order, so the index does not depend on render timing.
 *
 * Each language has its own worker and Pagefind process (Pagefind keeps one index per language
 * anyway, and one process answers one call at a time): the first language's index is written
 * while the second language's pages render, the second's while the remaining pages render. The
 * two are then joined into one pagefind/ folder (mergeIndexes).
 */
import type { AstroPrerenderer } from 'astro';
import { createHash } from 'node:crypto';
import { accessSync, constants, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { mergeIndexes } from './pagefind-index.ts';

/** The pages search reads: the talk pages, Chinese and English (the only ones with data-pagefind-body). */
const SEARCHED = /^\/(?:en\/)?talks\/[^/]+\/[^/]+$/;

/** The scratch folder inside the output folder (so a failed build's copy goes with its output); removed once indexed. */
export const SCRATCH = '.pages-for-pagefind';

/** A memory-backed folder (tmpfs) that Linux systems mount. */
const MEMORY = '/dev/shm';

/**
 * Where the workers keep the talk pages until Pagefind has read them: in memory (a folder in
 * /dev/shm named after the output folder) where the system has a writable one, else in the
 * scratch folder. The pages live for seconds and are read once: on this machine's disk (ext4),
 * creating and then removing 10,000 folders and files cost the workers about 3 s of system time
 * at 5,000 talks, on the core Pagefind needs, and the removal came after the index was written.
 */
export function pagesScratch(outDir: string): string {
  try {
    accessSync(MEMORY, constants.W_OK);
  } catch {
    return join(outDir, SCRATCH, 'pages');
  }
  return join(MEMORY, `ffa-kb-pages-${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}`);
}

/** A page's path without its trailing slash, whatever `trailingSlash` says: `/talks/ffa-2021/x`. */
const pageKey = (pathname: string) => pathname.replace(/\/$/, '');

/** A talk page's language, which has its own Pagefind process: `en` for `/en/talks/…`, `zh` for `/talks/…`. */
const languageOf = (key: string) => (key.startsWith('/talks/') ? 'zh' : key.split('/')[1]);

/**
 * Talk pages per folder that Pagefind reads in one call. A folder is read once its last page is
 * rendered, so the smaller the folders, the sooner after its language's last page the index can
 * be written; each call costs little.
 */
const FOLDER_PAGES = 250;

/**
 * Rendered talk pages per message to a worker. Each message wakes the worker, and on two cores
 * that wake-up cost the renderer about a quarter of a millisecond per message (500 ms of 7 s at
 * 1,000 talks, timed around postMessage); a batch pays it once. A folder's last page goes at once.
 */
const BATCH_PAGES = 16;

/** What the main thread tells an indexing worker (src/integrations/index-worker.ts). */
export type ToIndexer =
  | { kind: 'folders'; folders: { folder: string; pages: number }[] }
  | { kind: 'pages'; pages: RenderedPage[] }
  | { kind: 'rendered' };
export interface RenderedPage {
  folder: string;
  /** The page's path inside its folder, as in the site (`talks/ffa-2021/x/index.html`). */
  file: string;
  bytes: Uint8Array;
}
export type FromIndexer = { kind: 'done'; pages: number } | { kind: 'failed'; message: string };
/** Where an indexing worker keeps its language's pages, and where it writes that language's index. */
export interface IndexerFolders {
  pages: string;
  index: string;
}

export interface IndexWhileRendering {
  prerenderer: (inner: AstroPrerenderer) => AstroPrerenderer;
  /** Resolves once the index is in the output folder, with the number of pages Pagefind indexed. */
  finish: () => Promise<number>;
}

/** `outDir`: the build's output folder; the index goes to its pagefind/ and the scratch folder lives in it until then. */
export function indexWhileRendering({ base, outDir }: { base: string; outDir: string }): IndexWhileRendering {
  const prefix = base.replace(/\/$/, '');
  const scratch = join(outDir, SCRATCH);
  const pagesFolder = pagesScratch(outDir);
  const removeScratch = () => {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(pagesFolder, { recursive: true, force: true });
  };
  // A failed build exits without finish(): its pages must not stay in memory.
  process.once('exit', removeScratch);
  /** The talk pages to index (pageKey), as Astro listed them, each with its language and folder. */
  const searched = new Map<string, { language: string; folder: string }>();
  /** Pages of each folder not yet rendered: a folder's last page sends its batch. */
  const unrendered = new Map<string, number>();
  /** One indexing worker per language, in the order the languages' pages render, with its rendered pages not yet sent. */
  const indexers = new Map<string, { worker: Worker; done: Promise<number>; folders: IndexerFolders; batch: RenderedPage[] }>();

  function send(indexer: { worker: Worker; batch: RenderedPage[] }) {
    if (!indexer.batch.length) return;
    const pages = indexer.batch;
    indexer.batch = [];
    indexer.worker.postMessage({ kind: 'pages', pages } satisfies ToIndexer, pages.map((p) => p.bytes.buffer as ArrayBuffer));
  }

  function startIndexer(language: string, folders: { folder: string; pages: number }[]) {
    const where: IndexerFolders = { pages: join(pagesFolder, language), index: join(scratch, language, 'pagefind') };
    const worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: where });
    const done = new Promise<number>((resolve, reject) => {
      worker.on('message', (m: FromIndexer) => (m.kind === 'done' ? resolve(m.pages) : reject(new Error(m.message))));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the indexing worker stopped before it answered (exit code ${code})`)));
    });
    done.catch(() => {}); // awaited in finish()
    worker.postMessage({ kind: 'folders', folders } satisfies ToIndexer);
    indexers.set(language, { worker, done, folders: where, batch: [] });
  }

  return {
    prerenderer: (inner) => ({
      ...inner,
      name: 'ffa-kb:index-while-rendering',
      async getStaticPaths() {
        const paths = await inner.getStaticPaths();
        // A talk page that Astro will render: its route is a page and, as Astro keeps the first of
        // two routes with one address, the first to claim its path (a redirect may claim it first).
        const claimed = new Set<string>();
        const [talks, rest]: (typeof paths)[] = [[], []];
        for (const p of paths) {
          const key = pageKey(p.pathname);
          const talk = !claimed.has(key) && p.route.type === 'page' && SEARCHED.test(key);
          claimed.add(key);
          (talk ? talks : rest).push(p);
        }
        // The talk pages first, one language after the other, so each language's index can be
        // written while the pages after it render. Chinese first: its index takes longer to write.
        const byLanguage = Map.groupBy(talks, (p) => languageOf(pageKey(p.pathname)));
        const languages = [...byLanguage.keys()].sort((a, b) => Number(b === 'zh') - Number(a === 'zh'));
        removeScratch();
        for (const language of languages) {
          const pages = byLanguage.get(language)!;
          const folders = Array.from({ length: Math.ceil(pages.length / FOLDER_PAGES) }, (_, i) => ({ folder: String(i), pages: Math.min(FOLDER_PAGES, pages.length - i * FOLDER_PAGES) }));
          pages.forEach((p, i) => searched.set(pageKey(p.pathname), { language, folder: folders[Math.floor(i / FOLDER_PAGES)].folder }));
          for (const { folder, pages } of folders) unrendered.set(`${language}/${folder}`, pages);
          startIndexer(language, folders);
        }
        return [...languages.flatMap((language) => byLanguage.get(language)!), ...rest];
      },
      async render(request, options) {
        const result = await inner.render(request, options);
        const key = pageKey(decodeURI(new URL(request.url).pathname).slice(prefix.length));
        const talk = searched.get(key);
        if (!talk || options.routeData.type !== 'page') return result;
        const response = result instanceof Response ? result : result.response;
        const bytes = new Uint8Array(await response.arrayBuffer());
        // The new Response copies the bytes, so these can go to the worker as they are.
        const again = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
        const indexer = indexers.get(talk.language)!;
        indexer.batch.push({ folder: talk.folder, file: `${key.slice(1)}/index.html`, bytes });
        const folderKey = `${talk.language}/${talk.folder}`;
        const left = unrendered.get(folderKey)! - 1;
        unrendered.set(folderKey, left);
        if (left === 0 || indexer.batch.length === BATCH_PAGES) send(indexer);
        return result instanceof Response ? again : { ...result, response: again };
      },
      // Called when rendering ends, also when it failed. From here the workers must not keep a
      // failed build's process alive; finish() holds them again to wait for the index.
      async teardown() {
        await inner.teardown?.();
        for (const indexer of indexers.values()) {
          send(indexer);
          indexer.worker.postMessage({ kind: 'rendered' } satisfies ToIndexer);
          indexer.worker.unref();
        }
      },
    }),
    async finish() {
      if (!indexers.size) throw new Error('Pagefind was never started: Astro rendered no talk pages');
      const all = [...indexers.values()];
      for (const { worker } of all) worker.ref();
      try {
        const pages = await Promise.all(all.map((i) => i.done));
        mergeIndexes(all.map((i) => i.folders.index), join(outDir, 'pagefind'));
        return pages.reduce((a, b) => a + b, 0);
      } finally {
        await Promise.all(all.map((i) => i.worker.terminate()));
        removeScratch();
      }
    },
  };
}
