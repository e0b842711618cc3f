/** Stable URLs and reproducible output: what was published stays reachable, builds are byte-identical. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, publishedUrls } from '../../scripts/lib/published.ts';
import { redirects } from '../../src/site/redirects.ts';
import { CSP, headersFile } from '../../src/lib/security.ts';
import { pagesScratch, SCRATCH } from '../../src/integrations/index-while-rendering.ts';
import { stagingFolder } from '../../scripts/lib/staging.ts';
import { astroBuild, ROOT } from '../helpers/astro.ts';
import { DIST, DIST_BASE, pages, sitePages } from '../helpers/dist.ts';

const manifest = readFileSync(join(ROOT, 'tests/url-manifest.txt'), 'utf8').trim().split('\n');

describe('published URLs', () => {
  const published = new Set(publishedUrls(DIST));

  it('still serves every URL in the manifest, or redirects it to a page that exists', () => {
    const lost = manifest.filter((url) => !published.has(url) && !(redirects[url] && published.has(redirects[url])));
    expect(lost, 'add a redirect in src/site/redirects.ts for each').toEqual([]);
  });

  it('lists every published URL in the manifest (npm run urls after adding pages)', () => {
    const listed = new Set(manifest);
    expect([...published].filter((url) => !listed.has(url))).toEqual([]);
  });

  it('writes a redirect page for every redirect', () => {
    for (const [from, to] of Object.entries(redirects)) expect(pages().get(from)?.html ?? '', from).toContain(to);
  });
});

describe('safe output', () => {
  it('prints the same Content-Security-Policy in every page and in _headers', () => {
    for (const page of sitePages()) expect(page.$('meta[http-equiv="Content-Security-Policy"]').attr('content'), page.path).toBe(CSP);
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile());
    expect(CSP).not.toContain('unsafe-inline');
    expect(CSP).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('publishes no copy of the pages that Pagefind read while they rendered, and leaves none in memory', () => {
    for (const dist of [DIST, DIST_BASE]) {
      expect(existsSync(join(dist, SCRATCH)), join(dist, SCRATCH)).toBe(false);
      // Astro wrote the site into the staging folder, so the memory folder is named after that.
      expect(existsSync(pagesScratch(stagingFolder(dist))), pagesScratch(stagingFolder(dist))).toBe(false);
    }
  });
});

describe('reproducible builds', () => {
  it('builds the same commit into a byte-identical dist/', () => {
    const again = join(mkdtempSync(join(tmpdir(), 'ffa-repro-')), 'dist');
    const { status, output } = astroBuild({ FFA_CONTENT_DIR: join(ROOT, 'content'), FFA_OUT_DIR: again });
    expect(status, output).toBe(0);
    const first = filesUnder(DIST).map((f) => relative(DIST, f)).sort();
    expect(filesUnder(again).map((f) => relative(again, f)).sort()).toEqual(first);
    const differ = first.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(again, f))));
    expect(differ).toEqual([]);
  });
});
