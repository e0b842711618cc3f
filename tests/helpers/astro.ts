/** Runs the real build (`npm run build`: astro build into a staging folder, swapped in on success) in a child process, with its content and output folders chosen. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export function astroBuild(env: { FFA_CONTENT_DIR: string; FFA_OUT_DIR: string } & NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** An output folder that holds the last good build (one file), for tests that a failed build leaves it as it was. */
export function previousBuild(): { outDir: string; unchanged: () => boolean } {
  const outDir = join(mkdtempSync(join(tmpdir(), 'ffa-out-')), 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'previous.html'), 'the last good build');
  return { outDir, unchanged: () => readdirSync(outDir).join() === 'previous.html' && readFileSync(join(outDir, 'previous.html'), 'utf8') === 'the last good build' };
}
