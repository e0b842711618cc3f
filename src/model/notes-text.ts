/**
 * What the checks read in a notes body, shared by the Chinese rules (validate.ts) and the English
 * pairing (english.ts) and shown by the remark plugin: the inline unverified marks and the
 * readable text.
 */

/** The fixed form of an inference inside a notes body: `（待核实：why）`, the reason required. */
export const INLINE_MARK = /（待核实：[^）]*\S[^）]*）/gu;
/** The English form of the same mark: `(unverified: why)`, the reason required. */
export const INLINE_MARK_EN = /\(unverified: [^)]*\S[^)]*\)/gu;

/** A body's readable text: no comments, HTML tags, link targets or Markdown punctuation. */
export function visibleText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
