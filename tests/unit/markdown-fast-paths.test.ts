import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { mayHoldRawHtml, mayNeedSmartypants, onlyInnerApostrophes, rehypeRawWhereNeeded, remarkSmartypantsWhereNeeded } from '../../src/integrations/markdown-fast-paths.ts';
import { remarkJoinCjkLines } from '../../src/integrations/remark-join-cjk-lines.ts';
import { remarkUnverifiedMarks } from '../../src/integrations/remark-unverified-marks.ts';
import { splitFrontmatter } from '../../src/model/read-content.ts';
import { notesSchema } from '../../src/lib/sanitize.ts';

const externalLinks = [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: '_blank' }] as const;
const ourRemark = [remarkJoinCjkLines, remarkUnverifiedMarks];

// The pipeline as it was: Astro's GFM and SmartyPants on every file, and rehype-raw on every file.
const everyFile = createMarkdownProcessor({
  remarkPlugins: [remarkGfm, ...ourRemark],
  rehypePlugins: [rehypeRaw, [rehypeSanitize, notesSchema], externalLinks],
} as never);
// The pipeline of astro.config.mjs: each step only where it can change something.
const whereNeeded = createMarkdownProcessor({
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm, remarkSmartypantsWhereNeeded, ...ourRemark],
  rehypePlugins: [rehypeRawWhereNeeded, [rehypeSanitize, notesSchema], externalLinks],
} as never);

const bodies = ['content/talks', 'content/en/talks'].flatMap((root) =>
  readdirSync(root).flatMap((conference) =>
    readdirSync(join(root, conference)).map((file) => ({ file: join(root, conference, file), body: splitFrontmatter(readFileSync(join(root, conference, file), 'utf8')).body })),
  ),
);
const crafted = [
  'He said "exactly once" -- twice... and `code` too.',
  'Flink\'s state, the job\'s "state".',
  'A reference: &quot;quoted&quot; and &#39;single&#39;.',
  '纯中文，没有任何需要改写的字符。',
  '中文里夹着 <b>raw</b> HTML 和 <script>alert(1)</script>。',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'Three dots with spaces . . . and a dash---long.',
  'A "quote across *emphasis* and [a link](https://flink.apache.org/) -- then" more... and `x--y`.',
  "Rock 'n' roll, ``old style'' quotes, and a heading:\n\n## It's \"done\" -- mostly...",
  // Apostrophes only (the replacement), also next to Chinese, emphasis, inline code and a link.
  "The job's state and Flink's API don't change; O'Neil's team's rock'n'roll.",
  "中文job's中文，*Flink*'s 作业，`code`'s 值，[Flink](https://flink.apache.org/)'s docs.",
  "It's one line.\n\n## A heading's apostrophe\n\n| job's | it's |\n|---|---|\n| a'b | c |",
  // An apostrophe beside quotes, digits or the start of a word: retext decides.
  "The CEO's 'plan' and the '80s, 1's and x'9, ' alone.",
];

describe('the Markdown steps that run only where needed', () => {
  it('render every note, and tricky samples, exactly as running them on every file', async () => {
    const [all, needed] = await Promise.all([everyFile, whereNeeded]);
    const differing: string[] = [];
    for (const { file, body } of [...bodies, ...crafted.map((body, i) => ({ file: `sample ${i}`, body }))]) {
      if ((await all.render(body)).code !== (await needed.render(body)).code) differing.push(file);
    }
    expect(bodies.length).toBeGreaterThan(100);
    expect(differing).toEqual([]);
  });

  it('skip only files without the characters they act on', () => {
    expect(mayNeedSmartypants('纯中文。')).toBe(false);
    for (const s of ['"a"', "it's", '`x`', 'a--b', 'wait...', '. . .', '&quot;']) expect(mayNeedSmartypants(s), s).toBe(true);
    expect(onlyInnerApostrophes("Flink's job's rock'n'roll")).toBe(true);
    for (const s of ["'plan'", "the '80s", "1's", 'a "b"', "x' y"]) expect(onlyInnerApostrophes(s), s).toBe(false);
    expect(mayHoldRawHtml('没有标签')).toBe(false);
    expect(mayHoldRawHtml('<b>x</b>')).toBe(true);
  });
});
