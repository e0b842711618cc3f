/**
 * Median warm query time of the reader queries over one built index, in Node with Pagefind's own
 * search code. Run in its own process per index. usage: node scripts/lib/query-timing.ts DIST
 */
import { loadPagefind } from '../../tests/helpers/pagefind.ts';
import { QUERIES } from '../../tests/search/queries.ts';

const pagefind = await loadPagefind(process.argv[2]);
const times: number[] = [];
for (const { q } of QUERIES) await pagefind.search(q); // warm: index chunks loaded
for (const { q } of QUERIES) {
  const started = performance.now();
  const response = await pagefind.search(q);
  await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], queries: times.length }));
