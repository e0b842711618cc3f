/**
 * The benchmark's synthetic corpus is content the site accepts, shaped like real notes: a corpus
 * the content check refused would stop `npm run bench` halfway, and one without tables or lists
 * would leave part of the Markdown pipeline unmeasured. Its replicated corpus is the real talks,
 * copied: the same content check, and each copy the real talk apart from its id and titles.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replicateReal, synthesize } from '../../scripts/synth-corpus.ts';
import { readContent } from '../../src/model/read-content.ts';
import { formatProblem, validateContent } from '../../src/model/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'ffa-synth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
synthesize(60, dir);
const bodies = readdirSync(join(dir, 'talks'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(dir, 'talks', f), 'utf8').split('\n---\n').slice(1).join('\n---\n'));

describe('the synthetic corpus', () => {
  it('passes the content check, English twins included', () => {
    const { problems, content } = validateContent(readContent(dir, join(dir, '..')));
    expect(problems.map(formatProblem)).toEqual([]);
    expect([content.talks.length, content.talksEn.length]).toEqual([60, 60]);
  });

  it('has notes with headings, lists and GFM tables (header, delimiter and rows in one block)', () => {
    expect(bodies).toHaveLength(60);
    expect(bodies.every((b) => /^## /m.test(b) && /^- /m.test(b))).toBe(true);
    const tables = bodies.filter((b) => /^\| 指标 \| 之前 \| 之后 \|\n\|---\|---:\|---:\|\n\| 延迟 /m.test(b));
    expect(tables.length).toBeGreaterThan(5);
  });
});

describe('the replicated real corpus', () => {
  const replicated = mkdtempSync(join(tmpdir(), 'ffa-replicated-'));
  afterAll(() => rmSync(replicated, { recursive: true, force: true }));
  replicateReal(200, replicated);
  const { problems, content } = validateContent(readContent(replicated, join(replicated, '..')));
  const real = validateContent(readContent('content')).content;

  it('passes the content check with N talks and their English twins', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect([content.talks.length, content.talksEn.length]).toEqual([200, 200]);
  });

  it('copies each real talk whole, its titles numbered by copy', () => {
    const copies = content.talks.filter((t) => /-1$/.test(t.id));
    expect(copies).toHaveLength(200 - real.talks.length);
    for (const copy of copies) {
      const original = real.talks.find((t) => t.id === copy.id.replace(/-1$/, ''))!;
      expect(copy.body).toBe(original.body);
      expect(copy.data.title).toBe(`${original.data.title} 1`);
      expect({ ...copy.data, title: original.data.title, altTitles: original.data.altTitles }).toEqual(original.data);
    }
  });
});
