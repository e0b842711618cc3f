/**
 * Two steps of the Markdown pipeline that cost the most per file and change nothing in most files,
 * run only on the files where they can change something. The output is the same as running them
 * on every file (tests/unit/markdown-fast-paths.test.ts renders both ways and compares).
 *
 * - SmartyPants (curly quotes, dashes, ellipses) re-parses the text of a file with retext:
 *   about a quarter of the Markdown time. It can only change a file whose text holds a straight
 *   quote, a backtick, `--`, `...` or `. . .`; a character reference (`&quot;`) may decode to
 *   one, so `&` counts too. Within such a file, its second pass (dashes, ellipses, backticks)
 *   runs a whole retext parse per text node; it is skipped for the nodes that hold none of those.
 *   Where the only quotes are apostrophes between two Latin letters (Flink's, don't: most English
 *   in the notes), the first pass is a replacement: SmartyPants turns each into ’, as it closes a
 *   quote that follows a letter and is not followed by punctuation.
 * - rehype-raw round-trips the whole tree through an HTML parser to read raw HTML before it is
 *   sanitized. Without a `<` in the source there is no raw HTML to read. (Astro's own rehype-raw
 *   at the end of its pipeline still runs on every file.)
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import type { VFile } from 'vfile';
import { walkTree } from './tree-walk.ts';

const SMARTYPANTS_CAN_CHANGE = /["'`&]|--|\.\s*\.\s*\./;
const MAY_HOLD_RAW_HTML = /</;

/** The Markdown source of the file a plugin is running on. */
const sourceOf = (file: VFile) => String(file.value ?? '');

export function mayNeedSmartypants(source: string): boolean {
  return SMARTYPANTS_CAN_CHANGE.test(source);
}

export function mayHoldRawHtml(source: string): boolean {
  return MAY_HOLD_RAW_HTML.test(source);
}

/**
 * SmartyPants as Astro runs it (remark-smartypants 3.0.3, whose transform this follows step by
 * step), skipped for a file it cannot change. Use with `smartypants: false`.
 */
export function remarkSmartypantsWhereNeeded() {
  // First the quotes, over the file's text at once so that quotes pair across emphasis and links;
  // then dashes, ellipses and backticks, node by node (they change the text's length).
  const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(retextSmartypants, { quotes: false });
  return (tree: MdastRoot, file: VFile) => {
    if (!mayNeedSmartypants(sourceOf(file))) return;
    const nodes: (Literal | Block)[] = [];
    let text = '';
    walkTree(tree, (node, _index, parent) => {
      if (!parent || !SMARTYPANTS_NODES.has(node.type) || (parent.type === 'mdxJsxTextElement' && !jsxTextParentVisited(parent))) return;
      if (isLiteral(node)) text += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else if (isBlock(node)) text += ' '; // a block starts fresh: a quote at its start opens
      else return;
      nodes.push(node as Literal | Block);
    });
    const quoted = onlyInnerApostrophes(text) ? text.replace(INNER_APOSTROPHE, '’') : quotes.processSync(text).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const value = quoted.slice(start, end);
        node.value = REST_CAN_CHANGE.test(value) ? rest.processSync(value).toString() : value;
      }
      start = end;
    }
  };
}

/** A straight single quote between two Latin letters: an apostrophe (job's, don't, rock'n'roll). */
const INNER_APOSTROPHE = /(?<=[A-Za-z])'(?=[A-Za-z])/g;
/** Whether a text's only straight quotes are apostrophes inside words, which SmartyPants always makes ’. */
export const onlyInnerApostrophes = (text: string) => !/["']/.test(text.replace(INNER_APOSTROPHE, ''));

// What remark-smartypants visits, and what its second pass can change in a node's text (a straight
// single quote too, in case the first pass left one for the backtick rule).
const SMARTYPANTS_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const REST_CAN_CHANGE = /['`]|--|\.\s*\.\s*\./;
type Literal = { type: string; value: string };
type Block = { type: string };
const isLiteral = (node: object): node is Literal => 'value' in node && typeof node.value === 'string';
const isBlock = (node: { type: string }) => BLOCKS.has(node.type);
const jsxTextParentVisited = (parent: object) => 'name' in parent && typeof parent.name === 'string' && !['style', 'script'].includes(parent.name);

/** rehype-raw, skipped for a file without raw HTML (it would return the same tree). */
export function rehypeRawWhereNeeded() {
  const transform = rehypeRaw();
  return (tree: HastRoot, file: VFile) => (mayHoldRawHtml(sourceOf(file)) ? transform(tree, file) : undefined);
}
