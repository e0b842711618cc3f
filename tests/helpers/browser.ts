/**
 * The browser layer's set-up: the built site served on localhost and Debian's Chromium driven by
 * playwright-core. Without Chromium the layer is skipped with one line of explanation, except in
 * CI (CI=true), where a missing browser fails the run.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumPath, hasChromium, launchChromium } from '../../scripts/lib/browser.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { DIST } from './dist.ts';

export const browserAvailable = hasChromium();

if (!browserAvailable) {
  if (process.env.CI === 'true') throw new Error(`CI=true but no Chromium at ${chromiumPath}: install it (apt-get install chromium)`);
  console.log(`Browser layer skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).`);
}

export interface BrowserSession {
  site: Served;
  browser: Browser;
  /** A fresh page that records console errors and CSP violations into `problems`. */
  open: (path: string, options?: { width?: number; colorScheme?: 'light' | 'dark'; context?: BrowserContext }) => Promise<Page>;
  problems: string[];
}

/** Starts the server and browser once per test file; `base` serves a build made under a base path, and `open` paths are relative to it. */
export function useBrowser({ dist = DIST, base = '/' } = {}): BrowserSession {
  const session = { problems: [] as string[] } as BrowserSession;
  beforeAll(async () => {
    if (!browserAvailable) return;
    session.site = await serve(dist, { base });
    session.browser = await launchChromium();
    session.open = async (path, { width = 1280, colorScheme = 'light', context } = {}) => {
      const ctx = context ?? (await session.browser.newContext({ viewport: { width, height: 900 }, colorScheme }));
      const page = await ctx.newPage();
      // Report CSP violations on the console, where they are collected with the other errors.
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
      );
      page.on('request', (request) => {
        if (!request.url().startsWith(session.site.url) && !request.url().startsWith('data:')) session.problems.push(`${path}: request to ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().includes('/no-such-page/')) session.problems.push(`${path}: ${response.status()} ${response.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) session.problems.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => session.problems.push(`${path}: ${error.message}`));
      await page.goto(session.site.url + base.slice(0, -1) + path, { waitUntil: 'networkidle' });
      return page;
    };
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
