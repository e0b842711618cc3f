/**
 * Build hooks of the knowledge base:
 * - before any page is rendered, check the whole content (schemas and every cross-reference) and
 *   stop the build with each problem's file and field: Astro's `reference()` would only log
 *   (src/integrations/content-check.ts);
 * - index the talk pages with Pagefind's Node API, reading them while the other pages render
 *   (src/integrations/index-while-rendering.ts), so `astro build` alone yields a searchable site.
 *   If indexing fails, the half-built output is removed.
 */
import type { AstroIntegration } from 'astro';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ContentError, contentProblems, contentProblemsInWorker } from './content-check.ts';
import { indexWhileRendering, type IndexWhileRendering } from './index-while-rendering.ts';
import { escapeHtml, headersFile } from '../lib/security.ts';
import { normalizeBase } from '../lib/urls.ts';

/** The page `astro dev` serves while the content has problems. */
export function problemsPage(problems: string[]): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Content problems</title><h1>The content has ${problems.length} problem(s)</h1><p>Fix the fields named below, save, and reload this page.</p><ul>${problems.map((p) => `<li><code>${escapeHtml(p)}</code></li>`).join('')}</ul></html>`;
}

/** Where the benchmark asks for build timings (Astro's part and Pagefind's part), if it does. */
const timingsFile = process.env.FFA_TIMINGS;

export default function ffaKb({ contentDir, search = true }: { contentDir: string; search?: boolean }): AstroIntegration {
  const started = performance.now();
  let base = '/';
  let checking: Promise<string[]> | undefined;
  /** The output folder (config.outDir, also build:done's `dir` for a static site). */
  let outDir = '';
  let indexing: IndexWhileRendering | undefined;
  return {
    name: 'ffa-kb',
    hooks: {
      // Every problem of every file, at once, before any page is rendered. scripts/build.ts
      // (npm run build) has checked before it started astro and says so; a bare `astro build`
      // checks on a worker thread while Astro syncs the content, and waits for it at build start.
      // (If Astro's own schema check refuses a file first, its error names the file and field.)
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && process.env.FFA_CONTENT_CHECKED !== contentDir) {
          checking = contentProblemsInWorker(contentDir);
          checking.catch(() => {}); // awaited at build start; until then a failure is not unhandled
        }
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const problems = (await checking) ?? [];
        if (problems.length) throw new ContentError(problems);
        if (search) {
          indexing = indexWhileRendering({ base, outDir });
          setPrerenderer(indexing.prerenderer);
        }
      },
      // In `astro dev`, the check runs again whenever a content file changes. While the content
      // has problems, every page answers with them (file and field) instead of a TypeError.
      'astro:server:setup': ({ server, logger }) => {
        let problems: string[] = [];
        const recheck = () => {
          const before = problems.length;
          problems = contentProblems(contentDir);
          if (problems.length) logger.error(new ContentError(problems).message);
          else if (before) logger.info('content ok again');
        };
        recheck();
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(contentDir)) recheck();
        });
        server.middlewares.use((req, res, next) => {
          if (!problems.length || !req.headers.accept?.includes('text/html')) return next();
          // Check again before refusing a page: a fix saved between watcher events still counts.
          recheck();
          if (!problems.length) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(problemsPage(problems));
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
      },
      'astro:build:done': async ({ logger }) => {
        const astroMs = performance.now() - started;
        await writeFile(`${outDir}/_headers`, headersFile(normalizeBase(base)));
        if (!search) return;
        try {
          const pages = await indexing!.finish();
          logger.info(`Pagefind indexed ${pages} pages, read while the site rendered; the index was ready ${Math.round(performance.now() - started - astroMs)} ms after the pages were written`);
          if (timingsFile) await writeFile(timingsFile, JSON.stringify({ astroMs, pagefindMs: performance.now() - started - astroMs }));
        } catch (error) {
          await rm(outDir, { recursive: true, force: true });
          throw error;
        }
      },
    },
  };
}
