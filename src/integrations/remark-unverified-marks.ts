/**
 * Shows an inline inference mark in the notes, `（待核实：why）` or in English notes
 * `(unverified: why)`, styled like the badge the page puts beside unverified fields, with its
 * reason kept as text. The content check refuses a mark without its reason and pairs each Chinese
 * mark with an English one.
 */
import type { Root, RootContent, Text } from 'mdast';
import { INLINE_MARK, INLINE_MARK_EN } from '../model/notes-text.ts';
import { walkTree } from './tree-walk.ts';

const MARK = new RegExp(`${INLINE_MARK.source}|${INLINE_MARK_EN.source}`, 'gu');

function split(node: Text): RootContent[] {
  const parts: RootContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(MARK)) {
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push({ type: 'text', value: match[0], data: { hName: 'span', hProperties: { className: ['unverified-inline'] } } });
    last = match.index + match[0].length;
  }
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

export function remarkUnverifiedMarks() {
  return (tree: Root) => {
    walkTree(tree, (node, index, parent) => {
      if (node.type !== 'text' || !parent || index === undefined || !(node.value.includes('待核实') || node.value.includes('(unverified: '))) return;
      const parts = split(node);
      parent.children.splice(index, 1, ...(parts as never[]));
      return index + parts.length;
    });
  };
}
