/**
 * Hostile markup that the check lets through (it is not a fact to refuse) must come out inert:
 * the fixture, with raw HTML in a note, a company name that tries to close the search page's
 * <script>, is built for real and read back. (A note stuffed with one word is refused by the
 * check: see hostile.test.ts.)
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { loadPagefind } from '../helpers/pagefind.ts';

const HOSTILE_NOTES = [
  '这场讲了反压下的快照。',
  '',
  '<meta http-equiv="refresh" content="2;url=https://evil.example/">',
  '<script>alert(1)</script><style>body{display:none}</style>',
  '<form action="https://evil.example/"><input name="q"><button>提交</button></form>',
  '<p data-pagefind-meta="title:伪造的标题" data-pagefind-filter="topic:lakehouse" onclick="alert(1)">一段带伪造属性的文字</p>',
  '<a href="javascript:alert(1)">原始 HTML 链接</a>',
].join('\n');

const EVIL_NAME = '</script><meta http-equiv=refresh content=0;url=https://evil.example/>';

let dist: string;
const page = (path: string) => cheerio.load(readFileSync(join(dist, path, 'index.html'), 'utf8'));

beforeAll(() => {
  const contentDir = copyFixture();
  edit(contentDir, 'talks/conf-a/unaligned.md', /\n反压时.*\n$/, `\n反压时对齐等待过长，改用不对齐的 Checkpoint。\n\n${HOSTILE_NOTES}\n`);
  edit(contentDir, 'companies.yaml', 'name: 艾克米', `name: "${EVIL_NAME}"`);
  dist = join(mkdtempSync(join(tmpdir(), 'ffa-inert-')), 'dist');
  const { status, output } = astroBuild({ FFA_CONTENT_DIR: contentDir, FFA_OUT_DIR: dist });
  expect(status, output).toBe(0);
}, 180_000);

describe('raw HTML in notes', () => {
  it('is sanitized: no script, style, meta, form, handler or data-* from the note (media elements are refused by the check)', () => {
    const $ = page('talks/conf-a/unaligned');
    const notes = $('.notes');
    expect(notes.text()).toContain('这场讲了反压下的快照');
    expect(notes.find('script, style, meta, form, button, input:not([disabled])').length).toBe(0);
    expect(notes.text()).not.toContain('display:none');
    expect($('meta[http-equiv="refresh"]').length).toBe(0);
    const html = notes.html()!;
    expect(html).not.toMatch(/onclick|data-pagefind|javascript:/);
    expect(notes.text()).toContain('一段带伪造属性的文字');
  });

  it('cannot spoof a search result title or add a filter', async () => {
    const pagefind = await loadPagefind(dist);
    const { results, filters } = await pagefind.search('一段带伪造属性的文字');
    const data = await Promise.all(results.map((r) => r.data()));
    expect(data.map((d) => d.meta.title)).not.toContain('伪造的标题');
    expect(Object.keys(filters.topic ?? {})).not.toContain('lakehouse');
  });
});

describe('names embedded in page data', () => {
  it('cannot close the search page’s JSON <script> and inject markup', () => {
    const $ = page('search');
    expect($('meta[http-equiv="refresh"], meta[http-equiv=refresh]').length).toBe(0);
    const labels = JSON.parse($('#search-labels').text());
    expect(labels.filters.company.acme).toBe(EVIL_NAME);
  });
});
