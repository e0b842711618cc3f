/**
 * Marks the Chinese in the English notes (content/en/talks) as Chinese, as the pages mark what
 * they print (src/i18n/mark-chinese.ts): 杨旭 (品数), senior technical expert… Each run becomes a
 * `<span lang="zh-CN">`. Runs after sanitizing, which would keep `lang` anyway. Chinese notes are
 * left alone: their page is Chinese.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { chineseRuns } from '../i18n/mark-chinese.ts';

/** An English note: a file under the content's en/ folder (content/en/talks/ffa-2020/x.md). */
const ENGLISH_NOTE = /(?:^|[\\/])en[\\/]talks[\\/]/;

function mark(node: Root | ElementContent | RootContent): void {
  if (!('children' in node)) return;
  const children: typeof node.children = [];
  for (const child of node.children) {
    const runs = child.type === 'text' ? chineseRuns(child.value) : [];
    if (!runs.length) {
      mark(child);
      children.push(child as never);
      continue;
    }
    for (const run of runs) {
      children.push(
        (run.chinese
          ? { type: 'element', tagName: 'span', properties: { lang: 'zh-CN' }, children: [{ type: 'text', value: run.text }] }
          : { type: 'text', value: run.text }) as never,
      );
    }
  }
  node.children = children as never;
}

export function rehypeMarkChinese() {
  return (tree: Root, file: VFile) => {
    if (file.path && ENGLISH_NOTE.test(file.path)) mark(tree);
  };
}
