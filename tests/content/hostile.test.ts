/**
 * Hostile or broken content, as a pull request to content/ could bring it: each input is refused
 * by the content check with its file and field (or line), or rendered inert by the build. The
 * real builds below also prove that a refused or failed build leaves the output folder as it was.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/validate.ts';
import { astroBuild, previousBuild, ROOT } from '../helpers/astro.ts';
import { chineseProblemsOf, copyFixture, edit, problemsOf } from '../helpers/fixture.ts';

const TALK = 'talks/conf-a/unaligned.md';
const FILE = `content/${TALK}`;

const problems = (dir: string) => problemsOf(dir).map(formatProblem);

/** A fixture copy with one change made by `change`, and what the check says of it. */
function refuse(change: (dir: string) => void): string[] {
  const dir = copyFixture();
  change(dir);
  return problems(dir);
}

const withBody = (body: string) => (dir: string) => edit(dir, TALK, /\n反压时.*\n$/, `\n${body}\n`);
const asMdx = (body: string) => (dir: string) => {
  withBody(body)(dir);
  renameSync(join(dir, TALK), join(dir, TALK.replace(/\.md$/, '.mdx')));
};

describe('content that would run code', () => {
  it('refuses an MDX import (the build would run it), naming file and line', () => {
    const found = refuse(asMdx("import { execSync } from 'node:child_process'\n\n{execSync('id').toString()}"));
    expect(found).toContainEqual(expect.stringMatching(/^content\/talks\/conf-a\/unaligned\.mdx → line 22: has an import\/export statement/));
    expect(found).toContainEqual(expect.stringMatching(/unaligned\.mdx → line 24: has a \{…\} expression/));
  });

  it('refuses an MDX export and JSX elements the site does not provide', () => {
    const found = refuse(asMdx('export const x = 1\n\n<Leak secret="1" />\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/" />'));
    expect(found).toContainEqual(expect.stringMatching(/unaligned\.mdx → line 22: has an import\/export/));
    expect(found).toContainEqual(expect.stringMatching(/unaligned\.mdx → line 24: uses the element <Leak>/));
    expect(found).toContainEqual(expect.stringMatching(/unaligned\.mdx → line 26: uses the element <meta>/));
  });

  it('refuses MDX that does not parse, with its line, before the build starts', () => {
    expect(refuse(asMdx('正常的一段。\n\n<div>没有闭合'))).toContainEqual(expect.stringMatching(/unaligned\.mdx → line \d+: is not valid MDX/));
  });
});

describe('markup and links in notes', () => {
  it.each([
    ['a Markdown image', '![架构图](https://example.org/a.png)', /unaligned\.md → line 22: embeds an image/],
    ['a raw <img>', '正文。<img src="https://example.org/a.png">', /unaligned\.md → line 22: embeds media with raw HTML \(img\)/],
    ['a raw <iframe>', '正文。<iframe src="https://evil.example/"></iframe>', /unaligned\.md → line 22: embeds media with raw HTML \(iframe\)/],
    ['a javascript: link', '[点我](javascript:alert(1))', /unaligned\.md → line 22: links to "javascript:alert\(1\)"; expected an http\(s\), mailto or in-site link/],
    ['a data: link', '[点我](data:text/html,hi)', /unaligned\.md → line 22: links to "data:text\/html,hi"/],
  ])('refuses %s in the notes, naming the line', (_, body, message) => {
    expect(refuse(withBody(body))).toEqual([expect.stringMatching(message)]);
  });

  it('accepts http(s), mailto and in-site links', () => {
    expect(refuse(withBody('[文档](https://flink.apache.org/) [信](mailto:a@example.org) [主题](/topics/checkpoint/) [上文](#notes)'))).toEqual([]);
  });

  it('refuses notes marked brief whose body is only an HTML comment', () => {
    const dir = copyFixture();
    withBody('<!-- 这里本该有笔记 -->')(dir);
    edit(dir, TALK, /takeaways:\n.*\n/, '');
    expect(chineseProblemsOf(dir).map(formatProblem)).toEqual([expect.stringContaining(`${FILE} → notes: is "brief" but the file has no notes`)]);
  });
});

describe('files the check must see as Astro sees them', () => {
  it('refuses a symlinked talk file and a symlinked folder (Astro follows them; the check cannot vouch for them)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'ffa-outside-'));
    writeFileSync(join(outside, 'secret.md'), '---\ntitle: x\n---\n');
    const found = refuse((dir) => {
      symlinkSync(join(outside, 'secret.md'), join(dir, 'talks/conf-a/secret.md'));
      symlinkSync(outside, join(dir, 'talks/conf-b'));
    });
    expect(found).toEqual([
      'content/talks/conf-a/secret.md: is a symbolic link; expected a plain file or folder (Astro follows links to files the check cannot vouch for)',
      'content/talks/conf-b: is a symbolic link; expected a plain file or folder (Astro follows links to files the check cannot vouch for)',
    ]);
  });

  it.each([
    ['ai flow.md', /"ai flow" breaks the id rule/],
    ['AI-Flow.md', /"AI-Flow" breaks the id rule/],
    ['人工智能.md', /"人工智能" breaks the id rule/],
    ['ai.flow.md', /has the extension "flow\.md", which Astro skips/],
    ['ai-flow.MD', /has the extension "MD", which Astro skips; expected \.md or \.mdx/],
    ['nested/ai-flow.md', /is nested too deep: Astro reads only talks\/\*\/\*\.\{md,mdx\}/],
  ])('refuses the talk file %s, naming it', (name, message) => {
    const found = refuse((dir) => {
      mkdirSync(join(dir, 'talks/conf-a/nested'), { recursive: true });
      writeFileSync(join(dir, 'talks/conf-a', name), readFileSync(join(dir, 'talks/conf-a/platform.md')));
    });
    expect(found).toEqual([expect.stringMatching(new RegExp(`^content/talks/conf-a/${name.replace('.', '\\.')}: `))]);
    expect(found[0]).toMatch(message);
  });

  it('refuses a byte-order mark, naming it (not seven missing fields)', () => {
    const found = refuse((dir) => writeFileSync(join(dir, TALK), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(dir, TALK))])));
    expect(found).toEqual([`${FILE}: starts with a byte-order mark (BOM); expected UTF-8 without a BOM (re-save the file as plain UTF-8)`]);
  });

  it('refuses bytes that are not UTF-8, and a GB18030 file, naming the line', () => {
    const gb18030 = refuse((dir) => {
      const text = readFileSync(join(dir, TALK), 'utf8');
      // 反压 in GB18030 is B7 B4 D1 B9: what a Windows editor saves as "ANSI" in China.
      writeFileSync(join(dir, TALK), Buffer.concat([Buffer.from(text.slice(0, text.indexOf('反压时'))), Buffer.from([0xb7, 0xb4, 0xd1, 0xb9]), Buffer.from('\n')]));
    });
    expect(gb18030).toEqual([expect.stringMatching(/^content\/talks\/conf-a\/unaligned\.md: is not valid UTF-8 \(first bad byte on line 22\)/)]);
  });

  it('refuses a note larger than 200 KB (a 20 MB note slowed the build 70 times)', () => {
    expect(refuse(withBody('反压'.repeat(40_000)))).toEqual([expect.stringMatching(/unaligned\.md: is \d+ KB; expected at most 200 KB/)]);
  });

  it('reads YAML as Astro does: a date where text belongs is refused by field', () => {
    expect(refuse((dir) => edit(dir, TALK, 'title: Unaligned Checkpoint 实践', 'title: 2020-12-13'))).toEqual([
      expect.stringMatching(/^content\/talks\/conf-a\/unaligned\.md → title: .*string/),
    ]);
  });

  it('refuses the same talk copied into a second conference unless it says sameAs', () => {
    const copy = (dir: string) => {
      mkdirSync(join(dir, 'talks/conf-b'));
      writeFileSync(join(dir, 'conferences/conf-b.yaml'), readFileSync(join(dir, 'conferences/conf-a.yaml'), 'utf8').replace('Fixture Conference 2020', 'Fixture Conference B'));
      writeFileSync(join(dir, 'talks/conf-b/unaligned.md'), readFileSync(join(dir, TALK), 'utf8').replace('conference: conf-a', 'conference: conf-b'));
      // Its English twins, so that only the copy itself is in question.
      mkdirSync(join(dir, 'en/talks/conf-b'));
      writeFileSync(join(dir, 'en/talks/conf-b/unaligned.md'), readFileSync(join(dir, 'en', TALK), 'utf8'));
      writeFileSync(join(dir, 'en/conferences/conf-b.yaml'), readFileSync(join(dir, 'en/conferences/conf-a.yaml'), 'utf8'));
    };
    expect(refuse(copy)).toEqual([
      'content/talks/conf-b/unaligned.md → title: "Unaligned Checkpoint 实践" is also the title of content/talks/conf-a/unaligned.md; expected a different title, or sameAs: conf-a/unaligned if it is the same talk given again',
    ]);
    expect(refuse((dir) => {
      copy(dir);
      edit(dir, 'talks/conf-b/unaligned.md', 'conference: conf-b', 'conference: conf-b\nsameAs: conf-a/unaligned');
    })).toEqual([]);
  });
});

describe('facts the README promises', () => {
  it.each([
    ['a space', 'https://www.bilibili.com/video/BV1 x/', /links\.0\.url: contains a space/],
    ['an spm parameter', 'https://developer.aliyun.com/article/1?spm=a2c6h.1', /links\.0\.url: has the tracking parameter "spm"/],
    ['a vd_source parameter', 'https://www.bilibili.com/video/BV1/?vd_source=abc', /links\.0\.url: has the tracking parameter "vd_source"/],
    ['a utm parameter', 'https://example.org/a?utm_source=x', /links\.0\.url: has the tracking parameter "utm_source"/],
  ])('refuses a link with %s', (_, url, message) => {
    const found = refuse((dir) => edit(dir, TALK, 'sources: [notes]', `links:\n  - kind: video\n    url: "${url}"\nsources: [notes]`));
    expect(found).toEqual([expect.stringMatching(message)]);
  });

  it('refuses a title of invisible characters', () => {
    expect(refuse((dir) => edit(dir, TALK, 'title: Unaligned Checkpoint 实践', 'title: "\\u200B"'))).toEqual([
      `${FILE} → title: contains the invisible character U+200B; expected plain text`,
    ]);
  });

  it('refuses overlong lists with a clear message', () => {
    const takeaways = Array.from({ length: 31 }, (_, i) => `  - 要点 ${i + 1}`).join('\n');
    expect(refuse((dir) => edit(dir, TALK, /takeaways:\n.*\n/, `takeaways:\n${takeaways}\n`))).toEqual([`${FILE} → takeaways: expected at most 30 entries`]);
  });
});

describe('search poisoning', () => {
  it('refuses a note that repeats one word to rank first, naming file and field', () => {
    expect(refuse(withBody('反压 '.repeat(200)))).toEqual([
      `${FILE} → notes: repeats "反" 200 times (50% of its words); expected notes written for readers, not words repeated for search ranking`,
    ]);
  });

  it('accepts a real note that names its subject often', () => {
    const note = Array.from({ length: 12 }, (_, i) => `第 ${i + 1} 步：Checkpoint 在反压下仍按时完成，靠的是跳过对齐、把缓冲数据写进快照。`).join('\n\n');
    expect(refuse(withBody(note))).toEqual([]);
  });
});

describe('builds are all or nothing', () => {
  it('a build refused for many files lists them all and leaves the output folder as it was', () => {
    const contentDir = copyFixture();
    asMdx("import { execSync } from 'node:child_process'\n\n{execSync('env').toString()}")(contentDir);
    edit(contentDir, 'companies.yaml', 'name: 艾克米', 'name: "</script><meta http-equiv=refresh content=0;url=https://evil.example/>"');
    writeFileSync(join(contentDir, 'talks/conf-a/AI-Flow.md'), '---\ntitle: x\n---\n');
    const { outDir, unchanged } = previousBuild();

    const { status, output } = astroBuild({ FFA_CONTENT_DIR: contentDir, FFA_OUT_DIR: outDir });

    expect(status).not.toBe(0);
    expect(output).toContain('content/talks/conf-a/unaligned.mdx → line 22: has an import/export statement');
    expect(output).toContain('content/talks/conf-a/AI-Flow.md: "AI-Flow" breaks the id rule');
    expect(output).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);
    expect(unchanged()).toBe(true);
  });

  it.each([
    ['exits non-zero after writing half the pages', "require('fs').mkdirSync(process.env.FFA_OUT_DIR,{recursive:true});require('fs').writeFileSync(process.env.FFA_OUT_DIR+'/half.html','x');process.exit(1)"],
    ['logs an error and still exits 0', "require('fs').mkdirSync(process.env.FFA_OUT_DIR,{recursive:true});require('fs').writeFileSync(process.env.FFA_OUT_DIR+'/empty-notes.html','x');console.error('12:00:00 [ERROR] [content] notes must not embed images')"],
  ])('when astro %s, the last good output stays', (_, fakeAstro) => {
    const root = mkdtempSync(join(tmpdir(), 'ffa-fake-'));
    const astro = join(root, 'astro.cjs');
    writeFileSync(astro, fakeAstro);
    const outDir = join(root, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'the last good build');
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], { env: { ...process.env, FFA_CONTENT_DIR: copyFixture(), FFA_OUT_DIR: outDir, FFA_ASTRO_BIN: astro }, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${outDir} is unchanged`);
    expect(readdirSync(root).sort()).toEqual(['astro.cjs', 'dist']);
    expect(readdirSync(outDir)).toEqual(['index.html']);
  });
});
