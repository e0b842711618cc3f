/** The real knowledge base: valid, complete against the seeds, every registry entry in use. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { copycheckPath, runCopycheck } from '../../src/lib/copycheck.ts';
import { coverageTable, COVERAGE_END, COVERAGE_START } from '../../src/lib/coverage-table.ts';
import { comparable, formatProblem } from '../../src/model/validate.ts';
import { ROOT } from '../helpers/astro.ts';
import { CONTENT_DIR, corpus, kb } from '../helpers/corpus.ts';

const seedTitles: { seed: string; title: string }[] = JSON.parse(readFileSync(join(ROOT, 'tests/seed-titles.json'), 'utf8'));

describe('the corpus', () => {
  it('passes the content check', () => {
    expect(corpus.problems.map(formatProblem)).toEqual([]);
  });

  it('gives every talk in the seed notes a page that cites that seed', () => {
    expect(seedTitles.length).toBeGreaterThan(80);
    const byTitle = new Map(kb.talks.flatMap((t) => [t.data.title, ...t.data.altTitles.map((a) => a.title)].map((title) => [comparable(title), t])));
    const missing = seedTitles.filter((s) => !byTitle.has(comparable(s.title))).map((s) => `${s.seed}: ${s.title}`);
    expect(missing).toEqual([]);
    // A seed that names a talk without recording its content leaves it facts-only (notes: none).
    const uncited = seedTitles.filter((s) => !byTitle.get(comparable(s.title))!.data.sources.includes(s.seed)).map((s) => `${s.seed}: ${s.title}`);
    expect(uncited).toEqual([]);
  });

  it('uses every company, speaker, feature and topic in at least one talk', () => {
    const unused = [
      ...kb.companies.filter((c) => kb.talksOf('company', c.id).length + kb.talksOf('explainedBy', c.id).length === 0).map((c) => `company ${c.id}`),
      ...kb.speakers.filter((s) => kb.talksOf('speaker', s.id).length === 0).map((s) => `speaker ${s.id}`),
      ...kb.features.filter((f) => kb.talksOf('feature', f.id).length === 0).map((f) => `feature ${f.id}`),
      ...kb.topics.filter((t) => kb.talksOf('topic', t.id).length === 0).map((t) => `topic ${t.id}`),
    ];
    expect(unused).toEqual([]);
  });

  it('cites every source at least once', () => {
    const cited = new Set([
      ...kb.talks.flatMap((t) => [...t.data.sources, ...t.data.links.flatMap((l) => l.source ?? []), ...t.data.claims.map((c) => c.source), ...t.data.qa.map((q) => q.source)]),
      ...kb.conferences.flatMap((c) => [...c.data.sources, ...c.data.links.flatMap((l) => l.source ?? []), ...c.data.figures.map((f) => f.source), ...c.data.themes.flatMap((th) => th.sources)]),
    ]);
    expect(kb.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('gives the design card’s four topics reading lists of at least five talks spanning years', () => {
    for (const id of ['checkpoint', 'state-backend', 'platform', 'lakehouse']) {
      const steps = kb.readingList(id);
      expect(steps.length, id).toBeGreaterThanOrEqual(5);
      expect(new Set(steps.map((s) => s.talk.year)).size, id).toBeGreaterThanOrEqual(3);
    }
  });

  it('matches the per-conference counts in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf(COVERAGE_START) + COVERAGE_START.length, readme.indexOf(COVERAGE_END)).trim();
    expect(block).toBe(coverageTable(kb.coverage()));
  });

  it('has about 150 talks or more, and at least 60 glossary pairs', () => {
    expect(kb.talks.length).toBeGreaterThanOrEqual(150);
    expect(kb.glossary.length).toBeGreaterThanOrEqual(60);
  });

  // Runs only where ../shared/tools/copycheck exists (not in a clone outside the workspace).
  it.skipIf(!existsSync(copycheckPath(ROOT)))('holds no copied prose, and no close copy outside the allowance file (copycheck --close)', () => {
    const allowed: { file: string; sentence: string; why: string }[] = yaml.load(readFileSync(join(ROOT, 'tests/content/close-copies.allowed.yaml'), 'utf8')) as never;
    expect(allowed.length, 'at most 10 close sentences may stay').toBeLessThanOrEqual(10);
    for (const a of allowed) expect(a.why?.trim(), `${a.file}: every allowed sentence says why`).toBeTruthy();
    const { findings } = runCopycheck(ROOT, [relative(ROOT, CONTENT_DIR)]);
    expect(findings.filter((f) => f.kind === 'verbatim').map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
    const key = (file: string, sentence: string) => `${file} ${sentence}`;
    const allowedKeys = new Set(allowed.map((a) => key(a.file, a.sentence)));
    const close = findings.filter((f) => f.kind === 'close');
    expect(close.filter((f) => !allowedKeys.has(key(f.file, f.text))).map((f) => `${f.file}:${f.line} '${f.text}'`)).toEqual([]);
    // An allowance whose sentence was since rewritten is stale: remove it.
    const found = new Set(close.map((f) => key(f.file, f.text)));
    expect(allowed.filter((a) => !found.has(key(a.file, a.sentence))).map((a) => key(a.file, a.sentence))).toEqual([]);
  });
});
