import { withBase } from '../lib/urls.ts';

/**
 * Old URLs that moved, and where they went: a renamed talk, speaker or company keeps its old
 * address working. Astro writes a redirect page for each; the URL manifest test
 * (tests/site/urls.test.ts) fails when a published URL disappears without one.
 */
/** Astro puts a redirect's source under the base itself, but not its destination. */
export const MOVED: Record<string, string> = {
  // Two FFA 2022 keynote and talk pages had no title in any source: they became themes on the
  // conference page (talks known only as a theme get no page of their own).
  '/talks/ffa-2022/flink-community-2022-progress/': '/conferences/ffa-2022/',
  '/talks/ffa-2022/feathub/': '/conferences/ffa-2022/',
  // The one talk tagged Window TVF uses Tencent's own table-valued functions, not FLIP-145; with
  // no talk left on it the feature page went, and its address leads to the feature index.
  '/features/window-tvf/': '/features/',
};

export const redirects: Record<string, string> = Object.fromEntries(Object.entries(MOVED).map(([from, to]) => [from, withBase(to)]));
