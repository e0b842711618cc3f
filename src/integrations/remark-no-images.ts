/**
 * Notes link to slide images on other hosts, never embed them: an embedded image would make every
 * reader's browser call a third party. This remark plugin stops the build at the first `![…](…)`,
 * naming the file and line.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walkTree } from './tree-walk.ts';

export function remarkNoImages() {
  return (tree: Root, file: VFile) => {
    walkTree(tree, (node) => {
      if (node.type === 'image' || node.type === 'imageReference') {
        const line = node.position?.start.line;
        throw new Error(
          `${file.path}${line ? `:${line}` : ''}: notes must not embed images; link to the image instead: [description](url)`,
        );
      }
    });
  };
}
