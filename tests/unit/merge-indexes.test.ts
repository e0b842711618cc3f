/**
 * What the build's indexing changes beside Pagefind (src/integrations/pagefind-index.ts) must not
 * change the index: each language indexed in its own Pagefind process and the parts joined, and
 * each talk page handed over without the parts Pagefind ignores.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addPages, closePagefind, forPagefind, mergeIndexes, startPagefind, writeIndex } from '../../src/integrations/pagefind-index.ts';

const root = mkdtempSync(join(tmpdir(), 'merge-indexes-'));
afterAll(async () => {
  await closePagefind();
  rmSync(root, { recursive: true, force: true });
});

const page = (lang: string, title: string, text: string, topic: string) =>
  `<!doctype html><html lang="${lang}"><body><article data-pagefind-body><h1>${title}</h1><p>${text}</p><span data-pagefind-filter="topic:${topic}"></span></article></body></html>`;
const PAGES: Record<string, string> = {
  'talks/a/unaligned/index.html': page('zh-CN', '非对齐检查点', '反压下的检查点耗时', 'checkpoint'),
  'talks/a/rocksdb/index.html': page('zh-CN', '状态后端', 'RocksDB 增量检查点', 'state-backend'),
  'en/talks/a/unaligned/index.html': page('en', 'Unaligned checkpoints', 'Checkpoint time under backpressure', 'checkpoint'),
  'en/talks/a/rocksdb/index.html': page('en', 'State backends', 'Incremental RocksDB checkpoints', 'state-backend'),
};
function writePages(folder: string, only: (path: string) => boolean) {
  for (const [path, html] of Object.entries(PAGES).filter(([path]) => only(path))) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), html);
  }
  return folder;
}
async function indexOf(pages: string, out: string) {
  const index = await startPagefind();
  await addPages(index, pages);
  await writeIndex(index, out);
  return out;
}
const files = (folder: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => [relative(folder, join(f.parentPath, f.name)), readFileSync(join(f.parentPath, f.name)).toString('base64')])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

describe('joining per-language Pagefind indexes', () => {
  it('gives the same files, byte for byte, as one Pagefind indexing both languages', async () => {
    const zh = await indexOf(writePages(join(root, 'zh-pages'), (p) => p.startsWith('talks/')), join(root, 'zh-index'));
    const en = await indexOf(writePages(join(root, 'en-pages'), (p) => p.startsWith('en/')), join(root, 'en-index'));
    const whole = await indexOf(writePages(join(root, 'all-pages'), () => true), join(root, 'one-index'));
    mergeIndexes([zh, en], join(root, 'joined'));
    const [joined, one] = [files(join(root, 'joined')), files(whole)];
    expect(Object.keys(joined)).toEqual(Object.keys(one));
    expect(joined).toEqual(one);
    expect(Object.keys(JSON.parse(readFileSync(join(root, 'joined', 'pagefind-entry.json'), 'utf8')).languages)).toEqual(['en', 'zh-cn']);
  });

  function part(name: string, entry: object) {
    const folder = join(root, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'pagefind-entry.json'), JSON.stringify(entry));
    return folder;
  }

  it('refuses two parts that hold the same language', () => {
    const a = part('dup-a', { version: '1.6.0', languages: { en: { page_count: 1 } } });
    const b = part('dup-b', { version: '1.6.0', languages: { en: { page_count: 2 } } });
    expect(() => mergeIndexes([a, b], join(root, 'dup'))).toThrow('both hold language en');
  });

  it('refuses parts that differ beyond their languages, as from another Pagefind version', () => {
    const a = part('ver-a', { version: '1.6.0', languages: { en: {} } });
    const b = part('ver-b', { version: '1.7.0', languages: { 'zh-cn': {} } });
    expect(() => mergeIndexes([a, b], join(root, 'ver'))).toThrow(/differ beyond their languages.*1\.7\.0/);
  });

  it('refuses two parts whose shared file differs', () => {
    const a = part('file-a', { version: '1.6.0', languages: { en: {} } });
    const b = part('file-b', { version: '1.6.0', languages: { 'zh-cn': {} } });
    writeFileSync(join(a, 'pagefind.js'), 'one');
    writeFileSync(join(b, 'pagefind.js'), 'two');
    expect(() => mergeIndexes([a, b], join(root, 'file'))).toThrow('hold different');
  });
});

describe('the part of a talk page Pagefind is given', () => {
  const talk = (outside = '') =>
    `<!doctype html><html lang="zh-CN" data-theme="auto"><head><meta charset="utf-8"><title>非对齐检查点 · FFA</title><link rel="stylesheet" href="/a.css"></head>` +
    `<body><header><nav><a href="/">首页</a> <a href="/search/">搜索</a></nav></header><main>` +
    `<article data-pagefind-body data-pagefind-sort="date:1"><h1 data-pagefind-meta="title">非对齐检查点</h1>` +
    `<p data-pagefind-ignore><span class="badge">演讲</span> <span class="badge" data-pagefind-ignore>详细笔记</span></p>` +
    `<p class="lead"><span data-pagefind-meta="summary">反压下的检查点</span></p><dl data-pagefind-ignore><dt>大会</dt><dd><a href="/c/" data-pagefind-meta="conference">FFA 2020</a></dd></dl>` +
    `<p>Unaligned checkpoint 在反压时缩短检查点耗时。</p><p>页面用 data-pagefind-ignore 标出不索引的部分。</p>` +
    `<details class="tags-block" data-pagefind-ignore><summary><h2 id="tags">标签</h2></summary><dl><dt>主题</dt><dd><a href="/topics/checkpoint/">检查点 / Checkpoint</a> <details><summary>更多</summary>Checkpointing</details></dd></dl></details>` +
    `<h2 id="sources">来源</h2><p>演讲视频</p><span data-pagefind-filter="topic:checkpoint"></span></article>` +
    `</main><footer>${outside}<p>笔记 · 来源</p></footer><script type="module" src="/s.js"></script></body></html>`;
  const bytes = (html: string) => new TextEncoder().encode(html);

  it('is the <html> tag and the article, and Pagefind indexes it exactly as the whole page', async () => {
    const given = Buffer.from(forPagefind(bytes(talk()))).toString();
    expect(given).toMatch(/^<!doctype html><html lang="zh-CN" data-theme="auto"><body><article data-pagefind-body/);
    expect(given).not.toContain('<header>');
    expect(given).not.toContain('<footer>');
    // Ignored elements with no other Pagefind attribute are left out, nested ones and all; an
    // ignored element holding a meta stays, and so does text that only mentions the mark.
    expect(given).not.toContain('标签');
    expect(given).not.toContain('Checkpointing');
    expect(given).not.toContain('详细笔记');
    expect(given).toContain('<dl data-pagefind-ignore><dt>大会</dt>');
    expect(given).toContain('页面用 data-pagefind-ignore 标出不索引的部分。');
    expect(given).toContain('<h2 id="sources">来源</h2><p>演讲视频</p><span data-pagefind-filter="topic:checkpoint"></span></article>');
    mkdirSync(join(root, 'whole', 'talks', 'x'), { recursive: true });
    mkdirSync(join(root, 'part', 'talks', 'x'), { recursive: true });
    writeFileSync(join(root, 'whole', 'talks', 'x', 'index.html'), talk());
    writeFileSync(join(root, 'part', 'talks', 'x', 'index.html'), given);
    const [whole, part] = [await indexOf(join(root, 'whole'), join(root, 'whole-index')), await indexOf(join(root, 'part'), join(root, 'part-index'))];
    expect(files(part)).toEqual(files(whole));
  });

  it('is the whole page when a Pagefind attribute sits outside the article', () => {
    const page = bytes(talk('<span data-pagefind-filter="kind:talk"></span>'));
    expect(forPagefind(page)).toBe(page);
  });
});
