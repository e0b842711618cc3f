/**
 * Joins lines broken between two Chinese characters. Authors wrap long Chinese paragraphs in the
 * source; HTML turns each line break into a space, which shows as a gap inside a Chinese sentence.
 */
import type { Root } from 'mdast';
import { walkTree } from './tree-walk.ts';

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const BREAK_BETWEEN_CJK = new RegExp(`([${CJK}])[ \\t]*\\r?\\n[ \\t]*(?=[${CJK}])`, 'gu');

export function joinCjkLines(text: string): string {
  return text.replace(BREAK_BETWEEN_CJK, '$1');
}

export function remarkJoinCjkLines() {
  return (tree: Root) => {
    walkTree(tree, (node) => {
      if (node.type === 'text') node.value = joinCjkLines(node.value);
    });
  };
}
