// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import ffaKb from './src/integrations/ffa-kb.ts';
import { remarkNoImages } from './src/integrations/remark-no-images.ts';
import { remarkJoinCjkLines } from './src/integrations/remark-join-cjk-lines.ts';
import { remarkUnverifiedMarks } from './src/integrations/remark-unverified-marks.ts';
import { rehypeMarkChinese } from './src/integrations/rehype-mark-chinese.ts';
import { rehypeRawWhereNeeded, remarkSmartypantsWhereNeeded } from './src/integrations/markdown-fast-paths.ts';
import { contentDir } from './src/content-dir.ts';
import { redirects } from './src/site/redirects.ts';
import { notesSchema } from './src/lib/sanitize.ts';
import { normalizeBase, sitemapAlternates } from './src/lib/urls.ts';

// The benchmark's floor: the same pipeline and files with one plain page template, no cross-links,
// no content check and no search (scripts/floor/src).
const floor = process.env.FFA_FLOOR === '1';

export default defineConfig({
  ...(floor ? { srcDir: './scripts/floor/src' } : {}),
  // SITE: the deployed origin (sitemap, RSS, canonical links); BASE: the path the site lives
  // under, e.g. /ffa-kb/ for a GitHub Pages project site. Every internal URL follows BASE
  // (src/lib/urls.ts); unset, the site lives at the root as before.
  site: process.env.SITE ?? 'http://localhost:4321',
  base: normalizeBase(process.env.BASE),
  outDir: process.env.FFA_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  redirects: floor ? {} : redirects,
  // Chinese at the root (no URL changed when English came), English twins under /en/, written as
  // pages in src/pages/en/. No fallback: an English URL never serves a Chinese page.
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  // 'jsx' (the default) drops whitespace between inline elements, gluing words for the search
  // index; true collapses whitespace but keeps a space where one was.
  compressHTML: true,
  build: {
    format: 'directory',
    // Render several pages at once: a page's file write then overlaps the next pages' render
    // (measured with npm run bench; the default renders and writes one page at a time). With 4 the
    // render still sat idle waiting on the disk about a tenth of the time; 16 measured faster (README).
    concurrency: 16,
    // Files instead of inline <style>/<script>, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    // `npm run bench` keeps its corpora and built sites in .bench/ (hundreds of thousands of files):
    // watching them would exhaust inotify watches and stall `astro dev`.
    server: { watch: { ignored: ['**/.bench/**'] } },
  },
  markdown: {
    // GFM and SmartyPants are listed here instead of Astro's defaults: GFM once (Astro's default
    // plus ours parsed every file twice), SmartyPants only where it can change the text, and raw
    // HTML parsed only where there is some (src/integrations/markdown-fast-paths.ts).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkSmartypantsWhereNeeded, remarkNoImages, remarkJoinCjkLines, remarkUnverifiedMarks],
      // Raw HTML is parsed, then sanitized, before anything else sees it (src/lib/sanitize.ts). The
      // English notes' Chinese is marked as Chinese last (src/integrations/rehype-mark-chinese.ts).
      rehypePlugins: [rehypeRawWhereNeeded, [rehypeSanitize, notesSchema], [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: '_blank' }], rehypeMarkChinese],
    }),
  },
  integrations: floor
    ? [mdx()]
    : [mdx(), sitemap({ serialize: (item) => ({ ...item, links: sitemapAlternates(item.url) }) }), ffaKb({ contentDir })],
});
