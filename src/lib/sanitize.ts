/**
 * What HTML the notes may produce: GitHub's sanitizing schema, tightened for a site built from
 * contributed content. Raw HTML in a note is parsed first (rehype-raw), then everything not listed
 * here is dropped: script, style, meta (a meta refresh redirects the reader; CSP does not cover
 * navigation), iframe, form, object, embed, every image element, event handlers, and every
 * `data-*` attribute (a note's `data-pagefind-meta` or `data-pagefind-filter` would spoof search
 * results). Links keep only http(s) and mailto; in-site paths stay.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

const MEDIA = new Set(['img', 'picture', 'source', 'video', 'audio', 'svg', 'image']);

export const notesSchema: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !MEDIA.has(tag)),
  attributes: {
    ...Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).filter(([tag]) => !MEDIA.has(tag))),
    // The inline 待核实 mark (src/integrations/remark-unverified-marks.ts).
    span: [['className', 'unverified-inline']],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: [] },
  // Dropped with their content, not unwrapped into text.
  strip: ['script', 'style', 'noscript', 'template', 'textarea', 'title', 'xmp'],
};
