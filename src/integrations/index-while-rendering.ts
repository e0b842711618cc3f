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
const SEARCHED = /^\/(?:en\/)?talks\/[^/]+\/[^/]+$/;

/** The scratch folder inside the output folder (so a failed build's copy goes with its output); removed once indexed. */
export const SCRATCH = '.pages-for-pagefind';

/** A page's path without its trailing slash, whatever `trailingSlash` says: `/talks/ffa-2021/x`. */
const pageKey = (pathname: string) => pathname.replace(/\/$/, '');

/** The folder a talk page is read with: its language's talks of one conference (`en/talks/ffa-2021`). */
const folderOf = (key: string) => key.split('/').slice(1, -1).join('/');

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
  /** The talk pages to index (pageKey), as Astro listed them. */
  const searched = new Set<string>();
  let worker: Worker | undefined;
  let done: Promise<number> | undefined;
  const send = (message: ToIndexer, transfer: ArrayBuffer[] = []) => worker?.postMessage(message, transfer);

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
        const pages = new Map<string, number>();
        for (const p of paths) {
          const key = pageKey(p.pathname);
          const talk = !claimed.has(key) && p.route.type === 'page' && SEARCHED.test(key);
          claimed.add(key);
          (talk ? talks : rest).push(p);
          if (!talk) continue;
          searched.add(key);
          pages.set(folderOf(key), (pages.get(folderOf(key)) ?? 0) + 1);
        }
        worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: { outDir } });
        done = new Promise((resolve, reject) => {
          worker!.on('message', (m: FromIndexer) => (m.kind === 'done' ? resolve(m.pages) : reject(new Error(m.message))));
          worker!.once('error', reject);
          worker!.once('exit', (code) => reject(new Error(`the indexing worker stopped before it answered (exit code ${code})`)));
        });
        done.catch(() => {}); // awaited in finish()
        send({ kind: 'folders', folders: [...pages].map(([folder, n]) => ({ folder, pages: n })) });
        // The talk pages first, so the index can be written while the other pages render.
        return [...talks, ...rest];
      },
      async render(request, options) {
        const result = await inner.render(request, options);
        const key = pageKey(decodeURI(new URL(request.url).pathname).slice(prefix.length));
        if (!searched.has(key) || options.routeData.type !== 'page') return result;
        const response = result instanceof Response ? result : result.response;
        const bytes = new Uint8Array(await response.arrayBuffer());
        const copy = bytes.slice();
        send({ kind: 'page', folder: folderOf(key), file: `${key.slice(1)}/index.html`, bytes: copy }, [copy.buffer]);
        const again = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
        return result instanceof Response ? again : { ...result, response: again };
      },
      // Called when rendering ends, also when it failed. From here the worker must not keep a
      // failed build's process alive; finish() holds it again to wait for the index.
      async teardown() {
        await inner.teardown?.();
        send({ kind: 'rendered' });
        worker?.unref();
      },
    }),
    async finish() {
      if (!worker) throw new Error('Pagefind was never started: Astro rendered no pages');
      worker.ref();
      try {
        return await done!;
      } finally {
        await worker.terminate();
      }
    },
  };
}
