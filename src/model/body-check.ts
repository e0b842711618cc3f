/**
 * What a talk's notes body may hold, checked on the same syntax tree Astro builds from it.
 *
 * Content comes in as pull requests, so it must not run code or smuggle markup:
 * - MDX is parsed as MDX: `import`/`export` and `{…}` expressions run at build time (an import of
 *   node:child_process published the build machine's environment), so they are refused, and so is
 *   any JSX element but the components the site provides, with literal string props only;
 * - no embedded images (Markdown or HTML): notes link to images on other hosts instead;
 * - links go to http(s), mailto or in-site paths only.
 * Raw HTML in .md notes is also sanitized when the page is built (src/lib/sanitize.ts): this check
 * names what the sanitizer would silently drop.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Components an .mdx note may use, with the props each takes (literal strings only). None yet. */
export const MDX_COMPONENTS: Record<string, readonly string[]> = {};

const LINK_OK = /^(?:https?:\/\/|mailto:|\/(?!\/)|#|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;
const HTML_IMAGE = /<\s*(img|picture|image|svg|video|audio|source|object|embed|iframe)\b/i;

export interface BodyProblem {
  line: number;
  message: string;
}

/** True for http(s), mailto and in-site links (`/talks/…`, `#notes`, `../x/`). */
export function isAllowedLink(url: string): boolean {
  return LINK_OK.test(url.trim());
}

/** What a Markdown body needs before it can hold an image, raw HTML or a link worth a full parse. */
const MAY_NEED_CHECK = /!\[|<|\]\(|\]:/;

export function checkBody(body: string, mdx: boolean): BodyProblem[] {
  // Plain Markdown with none of these holds nothing to refuse: skip the parse (Astro parses it anyway).
  if (!mdx && !MAY_NEED_CHECK.test(body)) return [];
  const problems: BodyProblem[] = [];
  const at = (node: { position?: { start: { line: number } } }, message: string) => problems.push({ line: node.position?.start.line ?? 1, message });
  let tree: Root;
  try {
    const processor = unified().use(remarkParse).use(remarkGfm);
    if (mdx) processor.use(remarkMdx);
    tree = processor.parse(body) as Root;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return [{ line: e.line ?? 1, message: `is not valid ${mdx ? 'MDX' : 'Markdown'}: ${e.reason ?? e.message}` }];
  }
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'image':
      case 'imageReference':
        at(node, 'embeds an image; expected a link to it instead: [description](https://…)');
        break;
      case 'html':
        if (HTML_IMAGE.test(node.value)) at(node, `embeds media with raw HTML (${HTML_IMAGE.exec(node.value)![1]}); expected a link instead`);
        break;
      case 'link':
      case 'definition':
        if (!isAllowedLink(node.url)) at(node, `links to "${node.url}"; expected an http(s), mailto or in-site link`);
        break;
      case 'mdxjsEsm':
        at(node, 'has an import/export statement; notes cannot run code (MDX is only for the site\'s components)');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, 'has a {…} expression; notes cannot run code (write the text itself)');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const props = node.name ? MDX_COMPONENTS[node.name] : undefined;
        if (!props) {
          const known = Object.keys(MDX_COMPONENTS);
          at(node, `uses the element <${node.name ?? ''}>; expected ${known.length ? `one of the site's components: ${known.join(', ')}` : 'Markdown only (the site provides no MDX components yet)'}`);
          break;
        }
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !props.includes(attribute.name)) {
            at(node, `<${node.name}> takes only literal string props (${props.join(', ')}); expressions and spreads run code`);
          }
        }
        break;
      }
    }
  });
  return problems;
}
