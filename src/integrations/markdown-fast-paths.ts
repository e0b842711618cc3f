/**
 * Two steps of the Markdown pipeline that cost the most per file and change nothing in most files,
 * run only on the files where they can change something. The output is the same as running them
 * on every file (tests/unit/markdown-fast-paths.test.ts renders both ways and compares).
 *
 * - SmartyPants (curly quotes, dashes, ellipses) re-parses all the text of a file with retext:
 *   about a quarter of the Markdown time. It can only change a file whose text holds a straight
 *   quote, a backtick, `--`, `...` or `. . .`; a character reference (`&quot;`) may decode to
 *   one, so `&` counts too.
 * - rehype-raw round-trips the whole tree through an HTML parser to read raw HTML before it is
 *   sanitized. Without a `<` in the source there is no raw HTML to read. (Astro's own rehype-raw
 *   at the end of its pipeline still runs on every file.)
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkSmartypants from 'remark-smartypants';
import type { VFile } from 'vfile';

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

/** remark-smartypants, skipped for a file it cannot change. Use with `smartypants: false`. */
export function remarkSmartypantsWhereNeeded(options?: object) {
  const transform = (remarkSmartypants as unknown as (options?: object) => (tree: MdastRoot) => void)(options);
  return (tree: MdastRoot, file: VFile) => {
    if (mayNeedSmartypants(sourceOf(file))) transform(tree);
  };
}

/** rehype-raw, skipped for a file without raw HTML (it would return the same tree). */
export function rehypeRawWhereNeeded() {
  const transform = rehypeRaw();
  return (tree: HastRoot, file: VFile) => (mayHoldRawHtml(sourceOf(file)) ? transform(tree, file) : undefined);
}
