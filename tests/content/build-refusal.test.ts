/**
 * The real `astro build` refuses bad content: it exits non-zero, names the file and field, and
 * leaves the output folder exactly as it was (nothing half-built is published).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

it('astro build stops on a talk with an unknown topic, naming its file, and writes nothing', () => {
  const contentDir = copyFixture();
  edit(contentDir, 'talks/conf-a/unaligned.md', 'topics: [checkpoint]', 'topics: [checkpoint, streaming-magic]');
  const outDir = join(mkdtempSync(join(tmpdir(), 'ffa-out-')), 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'previous.html'), 'the last good build');

  const { status, output } = astroBuild({ FFA_CONTENT_DIR: contentDir, FFA_OUT_DIR: outDir });

  expect(status).not.toBe(0);
  expect(output).toContain('content/talks/conf-a/unaligned.md → topics.1: unknown topic "streaming-magic"');
  expect(readdirSync(outDir)).toEqual(['previous.html']);
  expect(readFileSync(join(outDir, 'previous.html'), 'utf8')).toBe('the last good build');
});
