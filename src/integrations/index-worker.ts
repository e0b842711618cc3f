/**
 * The indexing worker of src/integrations/index-while-rendering.ts: it writes each talk page it is
 * sent to a scratch folder, has Pagefind read each folder once it is complete (in the order it was
 * given), and writes the index. Pagefind's process runs at the lowest priority, so it takes the
 * cores only when rendering leaves them idle.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { SCRATCH, type FromIndexer, type ToIndexer } from './index-while-rendering.ts';

const { outDir } = workerData as { outDir: string };
const scratch = join(outDir, SCRATCH);
rmSync(scratch, { recursive: true, force: true });
const answer = (m: FromIndexer) => parentPort!.postMessage(m);

let folders: { folder: string; left: number; ready: PromiseWithResolvers<void> }[] = [];
const byFolder = new Map<string, (typeof folders)[number]>();

async function index(): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  yieldToRendering();
  let pages = 0;
  for (const f of folders) {
    await f.ready.promise;
    const added = await index.addDirectory({ path: scratch, glob: `${f.folder}/**/*.html` });
    if (added.errors.length) throw new Error(`Pagefind could not index ${f.folder}: ${added.errors.join('; ')}`);
    pages += added.page_count;
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  return pages;
}

parentPort!.on('message', (m: ToIndexer) => {
  if (m.kind === 'folders') {
    for (const { folder, pages } of m.folders) byFolder.set(folder, { folder, left: pages, ready: Promise.withResolvers() });
    folders = [...byFolder.values()];
    // The scratch folder goes before the answer: the main thread ends this worker once it has one.
    const finish = async () => {
      await pagefind.close();
      rmSync(scratch, { recursive: true, force: true });
    };
    index().then(
      (pages) => finish().then(() => answer({ kind: 'done', pages })),
      (error: Error) => finish().finally(() => answer({ kind: 'failed', message: error.message })),
    );
  } else if (m.kind === 'page') {
    const file = join(scratch, m.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, m.bytes);
    const folder = byFolder.get(m.folder)!;
    if (--folder.left === 0) folder.ready.resolve();
    if (folder.left < 0) throw new Error(`${m.file}: more pages in ${m.folder} than Astro listed`);
  } else {
    // Rendering is over: a folder with a page Astro did not render is read as it is.
    for (const f of folders) f.ready.resolve();
  }
});

/**
 * Every thread of Pagefind's process at the lowest priority (Linux; elsewhere nothing changes):
 * at normal priority its reading took a share of a core from the renderer.
 */
function yieldToRendering() {
  try {
    const children = readdirSync('/proc/self/task').flatMap((tid) => readFileSync(`/proc/self/task/${tid}/children`, 'utf8').split(' ').filter(Boolean));
    for (const pid of children) {
      if (!/^pagefind/.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))) continue;
      for (const tid of readdirSync(`/proc/${pid}/task`)) setPriority(Number(tid), 19);
    }
  } catch {
    // not Linux, or the process is gone: Pagefind keeps its priority
  }
}
