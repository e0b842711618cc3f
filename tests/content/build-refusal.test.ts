/**
 * The real `astro build` refuses bad content: it exits non-zero, names the file and field, and
 * leaves the output folder exactly as it was (nothing half-built is published).
 */
import { expect, it } from 'vitest';
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
