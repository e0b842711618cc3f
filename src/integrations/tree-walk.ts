/**
 * A depth-first walk over a Markdown syntax tree, parents before children, for the Markdown steps
 * every note goes through. unist-util-visit does the same but names a new function for each node
 * it visits (for its stack traces), which made the walks of our four steps cost about a tenth of
 * the Markdown time (CPU profile of a 1,000-talk build).
 *
 * `enter` may replace the node in its parent's children; it then returns the index to go on from.
 */
import type { Nodes, Parents } from 'mdast';

export function walkTree(tree: Nodes, enter: (node: Nodes, index: number | undefined, parent: Parents | undefined) => number | void): void {
  const visit = (node: Nodes, index: number | undefined, parent: Parents | undefined): number | void => {
    const next = enter(node, index, parent);
    if (next !== undefined || !('children' in node)) return next;
    for (let i = 0; i < node.children.length; ) i = visit(node.children[i], i, node) ?? i + 1;
  };
  visit(tree, undefined, undefined);
}
