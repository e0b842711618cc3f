/**
 * Runs the project's copy check (`../shared/tools/copycheck --close`) and reads its findings, for
 * the corpus test and `npm run copycheck`. The tool skips folders whose name starts with a dot, so
 * the git-ignored excerpts in `.sources-cache/` are copied to a temp folder before `--against`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CopyFinding {
  file: string;
  line: number;
  kind: 'verbatim' | 'close';
  /** What copycheck prints: the copied run, or the normalized source sentence a sentence mirrors. */
  text: string;
}

export interface CopyReport {
  findings: CopyFinding[];
  summary: string;
}

const LINE = /^(.+?):(\d+): (?:(\d+) chars as in a source|close to a source sentence \([\d.]+\)): '(.*)'$/;

export function parseCopycheck(stdout: string): CopyReport {
  const lines = stdout.trim().split('\n');
  const findings: CopyFinding[] = [];
  for (const line of lines) {
    const m = LINE.exec(line);
    if (m) findings.push({ file: m[1], line: Number(m[2]), kind: m[3] ? 'verbatim' : 'close', text: m[4] });
  }
  return { findings, summary: lines.at(-1) ?? '' };
}

export function copycheckPath(root: string): string {
  return join(root, '..', 'shared', 'tools', 'copycheck');
}

/** copycheck --close over `targets`, against the seeds and, when given and present, a cache of excerpts. */
export function runCopycheck(root: string, targets: string[], againstCache?: string): CopyReport {
  const args = ['--close'];
  let temp: string | undefined;
  if (againstCache && existsSync(againstCache)) {
    temp = mkdtempSync(join(tmpdir(), 'ffa-sources-'));
    cpSync(againstCache, join(temp, 'sources'), { recursive: true });
    args.push('--against', join(temp, 'sources'));
  }
  try {
    const run = spawnSync(copycheckPath(root), [...args, ...targets], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`copycheck failed: ${run.stderr}`);
    return parseCopycheck(run.stdout);
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}
