import { defineConfig } from 'vitest/config';

// Test layers: unit (src/lib), content (the model and the real corpus), site (the built dist/),
// search (the built Pagefind index in Node), browser (Chromium through playwright-core).
// `npm test` builds first, so the site, search and browser layers never read a stale dist/.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
