/**
 * Pagefind reads the talk pages while Astro renders, on the core rendering leaves idle.
 *
 * Astro renders pages on one thread; on two cores the other sat mostly idle for the whole render
 * (about 15 s at 5,000 talks), and Pagefind then read every page afterwards. Wrapping Astro's
 * prerenderer (the public `setPrerenderer` hook of `astro:build:start`), the searched pages render
 * first and each one's HTML goes to a worker thread. The worker writes it to a scratch folder and,
 * as soon as a folder of them (one conference in one language) is complete, has Pagefind's Node
 * API read that folder from disk (`addDirectory`), as it reads the built site; once the last folder
 * is read, Pagefind writes its index while the remaining pages render. Folders go to Pagefind in a
 * fixed order, so the index does not depend on render timing.
 */
import type { AstroPrerenderer } from 'astro';
import { Worker } from 'node:worker_threads';

/** The pages search reads: the talk pages, Chinese and English (the only ones with data-pagefind-body). */
const SEARCHED = /^\/(?:en\/)?talks\/[^/]+\/[^/]+\/$/;

/** The scratch folder inside the output folder (so a failed build's copy goes with its output); removed once indexed. */
export const SCRATCH = '.pages-for-pagefind';

/** The folder a talk page is read with: its language's talks of one conference (`en/talks/ffa-2021`). */
export const folderOf = (pathname: string) => pathname.split('/').slice(1, -2).join('/');

/** What the main thread tells the indexing worker (src/integrations/index-worker.ts). */
export type ToIndexer =
  | { kind: 'folders'; folders: { folder: string; pages: number }[] }
  | { kind: 'page'; folder: string; file: string; bytes: Uint8Array }
  | { kind: 'rendered' };
export type FromIndexer = { kind: 'done'; pages: number } | { kind: 'failed'; message: string };

export interface IndexWhileRendering {
  prerenderer: (inner: AstroPrerenderer) => AstroPrerenderer;
  /** Resolves once the index is in the output folder, with the number of pages Pagefind indexed. */
  finish: () => Promise<number>;
}

/** `outDir`: the build's output folder; the index goes to its pagefind/ and the scratch folder lives in it until then. */
export function indexWhileRendering({ base, outDir }: { base: string; outDir: string }): IndexWhileRendering {
  const prefix = base.replace(/\/$/, '');
  /** The searched pages' paths, as Astro lists them and renders them (build.format 'directory', trailing slash). */
  const searched = new Set<string>();
  let worker: Worker | undefined;
  let done: Promise<number> | undefined;
  const send = (message: ToIndexer, transfer: ArrayBuffer[] = []) => worker!.postMessage(message, transfer);

  return {
    prerenderer: (inner) => ({
      ...inner,
      name: 'ffa-kb:index-while-rendering',
      async getStaticPaths() {
        const paths = await inner.getStaticPaths();
        const isSearched = (p: (typeof paths)[number]) => p.route.type === 'page' && SEARCHED.test(p.pathname);
        const pages = new Map<string, number>();
        for (const p of paths.filter(isSearched)) {
          searched.add(p.pathname);
          pages.set(folderOf(p.pathname), (pages.get(folderOf(p.pathname)) ?? 0) + 1);
        }
        worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: { outDir } });
        done = new Promise((resolve, reject) => {
          worker!.on('message', (m: FromIndexer) => (m.kind === 'done' ? resolve(m.pages) : reject(new Error(m.message))));
          worker!.once('error', reject);
          worker!.once('exit', (code) => reject(new Error(`the indexing worker stopped before it answered (exit code ${code})`)));
        });
        done.catch(() => {}); // awaited in finish()
        send({ kind: 'folders', folders: [...pages].map(([folder, n]) => ({ folder, pages: n })) });
        return [...paths.filter(isSearched), ...paths.filter((p) => !isSearched(p))];
      },
      async render(request, options) {
        const result = await inner.render(request, options);
        const pathname = decodeURI(new URL(request.url).pathname).slice(prefix.length);
        // Only the pages counted above: a redirect from an old talk address is not one.
        if (!searched.has(pathname) || options.routeData.type !== 'page') return result;
        const response = result instanceof Response ? result : result.response;
        const bytes = new Uint8Array(await response.arrayBuffer());
        const copy = bytes.slice();
        send({ kind: 'page', folder: folderOf(pathname), file: `${pathname.slice(1)}index.html`, bytes: copy }, [copy.buffer]);
        const again = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
        return result instanceof Response ? again : { ...result, response: again };
      },
    }),
    async finish() {
      if (!worker) throw new Error('Pagefind was never started: Astro rendered no pages');
      try {
        send({ kind: 'rendered' });
        return await done!;
      } finally {
        await worker.terminate();
      }
    },
  };
}
