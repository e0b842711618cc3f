/**
 * The real `astro build` refuses bad content: it exits non-zero, names the file and field, and
 * leaves the output folder exactly as it was (nothing half-built is published). The same holds
 * when search indexing fails.
 */
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pagesScratch } from '../../src/integrations/index-while-rendering.ts';
import { stagingFolder } from '../../scripts/lib/staging.ts';
import { astroBuild, previousBuild } from '../helpers/astro.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

it('astro build stops on a talk with an unknown topic, naming its file, and writes nothing', () => {
  const contentDir = copyFixture();
  edit(contentDir, 'talks/conf-a/unaligned.md', 'topics: [checkpoint]', 'topics: [checkpoint, streaming-magic]');
  const { outDir, unchanged } = previousBuild();

  const { status, output } = astroBuild({ FFA_CONTENT_DIR: contentDir, FFA_OUT_DIR: outDir });

  expect(status).not.toBe(0);
  expect(output).toContain('content/talks/conf-a/unaligned.md → topics.1: unknown topic "streaming-magic"');
  expect(unchanged()).toBe(true);
});

it('a build whose Pagefind process stops fails, says so, and publishes nothing', () => {
  // Pagefind's library starts the binary this variable names: here one that exits at once.
  const stops = join(mkdtempSync(join(tmpdir(), 'ffa-pagefind-')), 'pagefind');
  writeFileSync(stops, '#!/bin/sh\nexit 1\n');
  chmodSync(stops, 0o755);
  const { outDir, unchanged } = previousBuild();

  const { status, output } = astroBuild({ FFA_CONTENT_DIR: copyFixture(), FFA_OUT_DIR: outDir, PAGEFIND_EXTENDED_BINARY_PATH: stops });

  expect(status).not.toBe(0);
  expect(output).toMatch(/Pagefind backend closed|Pagefind's process \(\d+\) stopped before it wrote the index/);
  expect(unchanged()).toBe(true);
  expect(existsSync(pagesScratch(stagingFolder(outDir))), 'the pages kept for Pagefind').toBe(false);
});
