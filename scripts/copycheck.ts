/**
 * The copy check, both runs: against the seeds, then also against the write-up excerpts kept in
 * `.sources-cache/` (git-ignored). A sentence found only in the second run copies a write-up.
 * usage: npm run copycheck [-- content/talks/ffa-2022 ...]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { copycheckPath, runCopycheck, type CopyReport } from '../src/lib/copycheck.ts';

const root = join(import.meta.dirname, '..');
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['content'];
if (!existsSync(copycheckPath(root))) {
  console.log('copycheck is not here (../shared/tools/copycheck): nothing to run');
  process.exit(0);
}
const show = (label: string, report: CopyReport) => {
  console.log(`== ${label}`);
  for (const f of report.findings) console.log(`${f.file}:${f.line}: ${f.kind}: '${f.text}'`);
  console.log(report.summary);
};
const seeds = runCopycheck(root, targets);
show('against the seeds', seeds);
const cache = join(root, '.sources-cache');
if (existsSync(cache)) {
  const both = runCopycheck(root, targets, cache);
  show('against the seeds and .sources-cache', both);
  const key = (f: { file: string; line: number }) => `${f.file}:${f.line}`;
  const seen = new Set(seeds.findings.map(key));
  const onlyWriteups = both.findings.filter((f) => !seen.has(key(f)));
  console.log(onlyWriteups.length ? `${onlyWriteups.length} finding(s) copy a write-up: rewrite them` : 'no sentence copies a write-up');
}
