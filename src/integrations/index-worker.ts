/**
 * An indexing worker of src/integrations/index-while-rendering.ts, one per language: it keeps the
 * talk pages it is sent, writes each folder of them to the scratch folder once it is complete, has
 * Pagefind read the folders in the order it was given them (removing each once read), and writes
 * the language's index. Being its own thread, it has its own Pagefind process. That process runs
 * at the lowest priority, so where the renderer and Pagefind both want a core, the renderer gets it.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { addPages, closePagefind, forPagefind, startPagefind, writeIndex } from './pagefind-index.ts';
import type { FromIndexer, IndexerFolders, RenderedPage, ToIndexer } from './index-while-rendering.ts';

const { pages: scratch, index: indexFolder } = workerData as IndexerFolders;
const answer = (m: FromIndexer) => parentPort!.postMessage(m);

/** The folders to read, in the order given, each with the pages it still waits for and those it holds. */
const folders = new Map<string, { folder: string; total: number; left: number; pages: RenderedPage[]; ready: PromiseWithResolvers<void> }>();

async function index(): Promise<number> {
  // createIndex starts Pagefind's process, from this thread, before it returns.
  const starting = startPagefind();
  watch(childProcesses());
  const index = await starting;
  let pages = 0;
  for (const f of folders.values()) {
    await f.ready.promise;
    if (f.left > 0) throw new Error(`Astro rendered ${f.left} fewer talk pages in ${f.folder} than it listed: the search index would miss them`);
    pages += await addPages(index, join(scratch, f.folder));
    // Pagefind has parsed the folder: its pages go at once, so that in memory (a tmpfs, often small
    // in containers) at most the few folders not yet read take room, not every talk page.
    rmSync(join(scratch, f.folder), { recursive: true, force: true });
  }
  const listed = [...folders.values()].reduce((n, f) => n + f.total, 0);
  if (pages !== listed) throw new Error(`Pagefind read ${pages} talk pages, Astro rendered ${listed}`);
  await writeIndex(index, indexFolder);
  return pages;
}

parentPort!.on('message', (m: ToIndexer) => {
  if (m.kind === 'folders') {
    for (const { folder, pages } of m.folders) folders.set(folder, { folder, total: pages, left: pages, pages: [], ready: Promise.withResolvers() });
    // The scratch folder goes before the answer: the main thread ends this worker once it has one.
    const finish = async () => {
      for (const timer of watching) clearInterval(timer);
      await closePagefind();
      rmSync(scratch, { recursive: true, force: true });
    };
    index().then(
      (pages) => finish().then(() => answer({ kind: 'done', pages })),
      (error: unknown) => finish().finally(() => answer({ kind: 'failed', message: error instanceof Error ? error.message : `Pagefind: ${String(error)}` })),
    );
  } else if (m.kind === 'pages') {
    for (const page of m.pages) {
      const folder = folders.get(page.folder)!;
      folder.pages.push(page);
      if (--folder.left < 0) throw new Error(`${page.file}: more pages in ${page.folder} than Astro listed`);
      if (folder.left > 0) continue;
      // Written in one fixed order, whatever order they rendered in: Pagefind numbers pages in the
      // order it lists them, and in memory (tmpfs) a folder lists in the order it was written.
      for (const { file, bytes } of folder.pages.sort((a, b) => (a.file < b.file ? -1 : 1))) {
        const path = join(scratch, folder.folder, file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, forPagefind(bytes));
      }
      folder.pages = [];
      folder.ready.resolve();
    }
  } else {
    // Rendering is over: a folder still waiting for a page will not get it (index() refuses it).
    for (const f of folders.values()) f.ready.resolve();
  }
});

/** The processes this thread started (the other language's worker starts its own), through /proc: Linux only, elsewhere none. */
function childProcesses(): number[] {
  try {
    return readFileSync('/proc/thread-self/children', 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Every thread of Pagefind's process at the lowest priority: at normal priority its reading took a
 * share of a core from the renderer. And if the process dies (out of memory, say), the build fails
 * instead of waiting forever: Pagefind's library never answers a call its process did not.
 */
const watching: NodeJS.Timeout[] = [];
function watch(pids: number[]) {
  for (const pid of pids) {
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) setPriority(Number(tid), 19);
    } catch {
      // the process or a thread is gone: the check below tells
    }
    const alive: NodeJS.Timeout = setInterval(() => {
      try {
        process.kill(pid, 0);
      } catch {
        clearInterval(alive);
        answer({ kind: 'failed', message: `Pagefind's process (${pid}) stopped before it wrote the index` });
      }
    }, 1000);
    alive.unref();
    watching.push(alive);
  }
}
