/**
 * The benchmark (`npm run bench`): build cost at scale, search speed and page weight. Timings are
 * measured here and reported in the README, never asserted in tests.
 *
 * - Builds the real corpus and synthetic corpora of 1,000, 5,000 and 10,000 talks
 *   (scripts/synth-corpus.ts, written under .bench/, each talk with its English twin), each next to
 *   two yardsticks built from the same talks in both languages in the same run: the floor (same
 *   Astro pipeline and files, one plain page per talk and language, no cross-links) plus the same
 *   Pagefind step indexing it, and Starlight 0.42.4 with a one-link sidebar, one docs page per talk
 *   and language (installed into .bench/starlight on demand; it runs Pagefind itself). At 1,000 and
 *   5,000 talks the three builds alternate over one discarded warm-up and 3 measured rounds, and
 *   the medians are reported; the real corpus and 10,000 talks are built once. Also 1,000 talks
 *   as .mdx against .md, and the real talks copied to 1,000 (replicateReal), whose notes, tags and
 *   fields have the real corpus's shape, with the same three builds and rounds. Every build starts
 *   cold, as on a fresh clone (coldStart).
 * - Per build: Astro and Pagefind time (for this project, Pagefind's part is what is left after the
 *   pages are written: it reads them while they render), peak memory (largest process), dist/ and
 *   index size, median warm query time in Node.
 * - For the real site, in Chromium: each page type's eager weight (HTML + CSS + JS, gzip) and the
 *   gzipped bytes from opening search to the first results.
 * usage: npm run bench [-- --quick]   (--quick: real corpus and 1,000 talks only)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/browser.ts';
import { filesUnder } from './lib/published.ts';
import { serve } from './lib/serve.ts';
import { replicateReal, synthesize } from './synth-corpus.ts';
import { starlightSite, writeStarlightDocs } from './lib/starlight.ts';
import { PAGE_TYPES } from '../tests/helpers/page-types.ts';

const BENCH = '.bench';
const quick = process.argv.includes('--quick');
mkdirSync(BENCH, { recursive: true });

function dirBytes(dir: string): number {
  return existsSync(dir) ? filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0) : 0;
}

interface BuildResult {
  seconds: number;
  astroSeconds?: number;
  pagefindSeconds?: number;
  peakMB?: number;
  distMB: number;
  indexMB?: number;
  pages: number;
}

/**
 * Every build starts cold, as on a fresh clone: Astro keeps its content data store in the site's
 * node_modules/.astro and reuses it when neither the content nor the config changed. Starlight's
 * survived from round to round (its own folder, the same files) while ours and the floor's, which
 * share a folder, replaced each other's: a warm Starlight against cold builds. The output folder
 * goes too: a fresh clone has none, and Astro would otherwise spend the first seconds of the timed
 * build deleting the previous round's pages and search index (about 3 s at 5,000 talks).
 */
function coldStart(site: string, outDir: string) {
  rmSync(join(site, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}

/** A command in a child process, timed; GNU time reports its peak memory where it is installed. */
function timedRun(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()) {
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const run = timed
    ? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, ...args], { env, cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { env, cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return { run, seconds };
}

/** One build of the site (or, with floor, of the floor plus the same Pagefind step indexing it). */
function build(contentDir: string, outDir: string, { floor = false } = {}): BuildResult {
  const timings = join(BENCH, 'timings.json');
  rmSync(timings, { force: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FFA_CONTENT_DIR: contentDir, FFA_OUT_DIR: outDir, FFA_TIMINGS: timings, FFA_FLOOR: floor ? '1' : '' };
  coldStart('.', outDir);
  const { run, seconds: astroOnly } = timedRun(['node_modules/astro/bin/astro.mjs', 'build'], env);
  const index = floor ? timedRun(['scripts/lib/pagefind-index.ts', outDir], env).seconds : 0;
  const seconds = astroOnly + index;
  const peak = /PEAK_KB=(\d+)/.exec(run.stderr)?.[1];
  const split = existsSync(timings) ? JSON.parse(readFileSync(timings, 'utf8')) : undefined;
  return {
    seconds,
    astroSeconds: floor ? astroOnly : split ? split.astroMs / 1000 : undefined,
    pagefindSeconds: floor ? index : split ? split.pagefindMs / 1000 : undefined,
    peakMB: peak ? Number(peak) / 1024 : undefined,
    distMB: dirBytes(outDir) / 2 ** 20,
    indexMB: floor ? undefined : dirBytes(join(outDir, 'pagefind')) / 2 ** 20,
    pages: Number(/(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? 0),
  };
}

/** Starlight building the same talks (it runs Pagefind itself). */
function buildStarlight(site: string): BuildResult {
  coldStart(site, join(site, 'dist'));
  const { run, seconds } = timedRun([join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, site);
  const peak = /PEAK_KB=(\d+)/.exec(run.stderr)?.[1];
  return { seconds, peakMB: peak ? Number(peak) / 1024 : undefined, distMB: dirBytes(join(site, 'dist')) / 2 ** 20, pages: Number(/(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? 0) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The build whose total time is the median of its rounds. */
function medianBuild(builds: BuildResult[]): BuildResult {
  const m = median(builds.map((b) => b.seconds));
  return builds.find((b) => b.seconds === m)!;
}

function medianQueryMs(dist: string): number {
  const out = execFileSync(process.execPath, ['scripts/lib/query-timing.ts', dist], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!).medianMs;
}

/** gzip size of what a fresh browser downloads: eagerly per page type, and for a first search. */
async function browserWeights(dist: string) {
  const site = await serve(dist);
  const browser = await launchChromium();
  const gz = async (response: import('playwright-core').Response) => gzipSync(await response.body().catch(() => Buffer.alloc(0))).length;
  const eager: Record<string, number> = {};
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (r) => {
      if (['document', 'stylesheet', 'script'].includes(r.request().resourceType())) sizes.push(gz(r));
    });
    await page.goto(site.url + path.replace(/\?.*/, ''), { waitUntil: 'networkidle' });
    eager[name] = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
  const search: Promise<number>[] = [];
  page.on('response', (r) => search.push(gz(r)));
  await page.keyboard.press('/');
  await page.keyboard.type('反压');
  await page.locator('#site-search-results .result').first().waitFor();
  await page.waitForLoadState('networkidle');
  const firstQuery = (await Promise.all(search)).reduce((a, b) => a + b, 0);
  await browser.close();
  await site.close();
  return { eager, firstQuery };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const f1 = (n?: number) => (n === undefined ? '–' : n.toFixed(1));

// 1. Builds
const ROUNDS = 3;
const starlight = starlightSite(BENCH);
const rows: { label: string; key: string; talks: number; ours: BuildResult; floor: BuildResult; starlight: BuildResult; rounds: number; queryMs: number }[] = [];
/** A corpus the three sites build: its row label, talks (0: the real corpus), folder, and the name of its builds' folders. */
const corpora: { label: string; talks: number; dir: string; key: string; make?: () => void }[] = [{ label: 'real corpus', talks: 0, dir: 'content', key: 'real' }];
for (const n of quick ? [1000] : [1000, 5000, 10000]) {
  const dir = join(BENCH, `corpus-${n}`);
  corpora.push({ label: `${n.toLocaleString('en')} synthetic`, talks: n, dir, key: String(n), make: () => synthesize(n, dir) });
}
// The real talks copied to 1,000: the real corpus's shape (notes length, glossary terms, links, Q&A) at scale.
const replicated = join(BENCH, 'corpus-1000-replicated');
corpora.push({ label: '1,000 real, replicated', talks: 1000, dir: replicated, key: '1000-replicated', make: () => replicateReal(1000, replicated) });
for (const { label, talks: n, dir, key, make } of corpora) {
  make?.();
  writeStarlightDocs(starlight, dir);
  // Alternating rounds (one discarded warm-up) where the comparison is the point; once elsewhere.
  const rounds = n === 1000 || n === 5000 ? ROUNDS : 1;
  const runs = { ours: [] as BuildResult[], floor: [] as BuildResult[], starlight: [] as BuildResult[] };
  for (let round = rounds > 1 ? 0 : 1; round <= rounds; round++) {
    console.error(`building ${label}, ${round ? `round ${round} of ${rounds}` : 'warm-up'}…`);
    const ours = build(dir, join(BENCH, `dist-${key}`));
    const floor = build(dir, join(BENCH, `floor-${key}`), { floor: true });
    const star = buildStarlight(starlight);
    if (round) (runs.ours.push(ours), runs.floor.push(floor), runs.starlight.push(star));
  }
  const talks = n || readdirSync('content/talks').reduce((sum, c) => sum + readdirSync(join('content/talks', c)).length, 0);
  rows.push({ label, key, talks, ours: medianBuild(runs.ours), floor: medianBuild(runs.floor), starlight: medianBuild(runs.starlight), rounds, queryMs: medianQueryMs(join(BENCH, `dist-${key}`)) });
}
console.error('building 1,000 talks as .mdx…');
synthesize(1000, join(BENCH, 'corpus-1000-mdx'), { mdx: true });
const mdx = build(join(BENCH, 'corpus-1000-mdx'), join(BENCH, 'dist-1000-mdx'));
const md = rows.find((r) => r.key === '1000')!.ours;

// 2. The real site in a browser
console.error('measuring page weight and first search in Chromium…');
const weights = await browserWeights(join(BENCH, 'dist-real'));

// 3. Report
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const buildTable = [
  '| Corpus | Talks | Rounds | Pages (ours / floor / Starlight) | Ours s (Astro + Pagefind) | Floor + index s (Astro + Pagefind) | Starlight s | Ours / floor + index | Ours / Starlight | Per page: ours / floor | Per page: ours / Starlight | Ours ms per page | Starlight ms per page | Peak MB | dist MB | Index MB | Median query ms |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.talks} | ${r.rounds} | ${r.ours.pages} / ${r.floor.pages} / ${r.starlight.pages} | ${f1(r.ours.seconds)} (${f1(r.ours.astroSeconds)} + ${f1(r.ours.pagefindSeconds)}) | ${f1(r.floor.seconds)} (${f1(r.floor.astroSeconds)} + ${f1(r.floor.pagefindSeconds)}) | ${f1(r.starlight.seconds)} | ${ratio(r.ours.seconds, r.floor.seconds)} | ${ratio(r.ours.seconds, r.starlight.seconds)} | ${ratio(r.ours.seconds / r.ours.pages, r.floor.seconds / r.floor.pages)} | ${ratio(r.ours.seconds / r.ours.pages, r.starlight.seconds / r.starlight.pages)} | ${((1000 * r.ours.seconds) / r.ours.pages).toFixed(1)} | ${((1000 * r.starlight.seconds) / r.starlight.pages).toFixed(1)} | ${r.ours.peakMB?.toFixed(0) ?? '–'} | ${r.ours.distMB.toFixed(1)} | ${r.ours.indexMB?.toFixed(1)} | ${r.queryMs.toFixed(1)} |`,
  ),
].join('\n');
const first = rows.find((r) => r.key === '1000')!;
const last = rows.filter((r) => /^\d+$/.test(r.key)).at(-1)!;
const growth = last.talks > 1000 ? `From 1,000 to ${last.talks.toLocaleString('en')} talks (${last.talks / 1000}× the talks) the build took ${(last.ours.seconds / first.ours.seconds).toFixed(1)}× as long (floor: ${(last.floor.seconds / first.floor.seconds).toFixed(1)}×).` : '';
/** Each page type's eager weight must stay within this budget, English pages included. */
const EAGER_BUDGET = 20 * 1024;
const weightTable = [
  '| Page type | Eager weight (HTML + CSS + JS, gzip) | Within 20 KB |',
  '|---|---:|:---:|',
  ...Object.entries(weights.eager).map(([name, bytes]) => `| ${name} | ${kb(bytes)} | ${bytes <= EAGER_BUDGET ? 'yes' : '**no**'} |`),
].join('\n');
const report = [
  `Measured on ${machine}.`,
  '',
  buildTable,
  '',
  `${growth} 1,000 talks as \`.mdx\`: ${f1(mdx.seconds)} s against ${f1(md.seconds)} s as \`.md\` (${(mdx.seconds / md.seconds).toFixed(2)}×).`,
  '',
  weightTable,
  '',
  `First search (press \`/\`, type 反压, first results), gzipped bytes over the wire: ${kb(weights.firstQuery)} (search UI script, Pagefind's script and WebAssembly, index and fragment chunks).`,
].join('\n');

console.log(report);
writeFileSync(join(BENCH, 'report.md'), `${report}\n`);
if (!quick) {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench:start (npm run bench) -->';
  const end = '<!-- bench:end -->';
  if (readme.includes(start)) writeFileSync('README.md', `${readme.slice(0, readme.indexOf(start) + start.length)}\n${report}\n${readme.slice(readme.indexOf(end))}`);
}
