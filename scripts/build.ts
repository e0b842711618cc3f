/**
 * The site build, all or nothing: `astro build` (pages, then the Pagefind index) writes into a
 * staging folder beside the output folder, and only a build that exited 0 without logging an
 * error replaces the output. A refused, crashed or half-failed build leaves the last good `dist/`
 * exactly as it was. (Astro logs some failures, a broken Markdown plugin say, and still exits 0.)
 * usage: node scripts/build.ts   (FFA_OUT_DIR picks the output folder, default dist/)
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../src/content-dir.ts';
import { ContentError, contentProblems } from '../src/integrations/content-check.ts';
import { stagingFolder } from './lib/staging.ts';

const root = join(import.meta.dirname, '..');
const outDir = resolve(root, process.env.FFA_OUT_DIR ?? 'dist');
const staging = stagingFolder(outDir);
const previous = `${outDir}.previous`;

/** A line Astro's logger prints for an error, with or without a timestamp and colours. */
export const ERROR_LINE = /^(?:\S*\s)?(?:\x1b\[[0-9;]*m)*\[ERROR\]/m;

// The content check first, printed plainly (inside astro the same refusal comes with a stack trace).
const problems = contentProblems(contentDir);
if (problems.length) {
  console.error(new ContentError(problems).message);
  process.exit(1);
}

// Astro reuses its content data store when the content and its config file are unchanged, also
// after a schema in src/model/ changed (a new default, a text fix): the build would keep the old
// data. A store older than the model goes, and Astro reads the content again.
const store = join(root, 'node_modules', '.astro', 'data-store.json');
const model = [join(root, 'src', 'content.config.ts'), ...readdirSync(join(root, 'src', 'model')).map((f) => join(root, 'src', 'model', f))];
if (existsSync(store) && Math.max(...model.map((f) => statSync(f).mtimeMs)) > statSync(store).mtimeMs) rmSync(store);

rmSync(staging, { recursive: true, force: true });
// FFA_ASTRO_BIN stands in for astro in the tests of this all-or-nothing behaviour.
const astro = process.env.FFA_ASTRO_BIN ?? join(root, 'node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build'], {
  cwd: root,
  // The content was checked just above: astro need not read and check it a second time.
  env: { ...process.env, FFA_OUT_DIR: staging, FFA_CONTENT_CHECKED: contentDir },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let logged = '';
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk: Buffer) => {
    logged += chunk.toString();
    (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
  });
}
const status: number = await new Promise((done) => child.on('close', (code) => done(code ?? 1)));

if (status !== 0 || ERROR_LINE.test(logged)) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed${status === 0 ? ' (an error was logged although astro exited 0)' : ''}; ${existsSync(outDir) ? `${outDir} is unchanged` : 'nothing was published'}.`);
  process.exit(status || 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
