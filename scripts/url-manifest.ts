/**
 * Writes tests/url-manifest.txt: every URL the built site publishes, one a line. Commit it; the
 * URL test then fails if a URL disappears without a redirect (src/site/redirects.ts).
 * usage: npm run build && npm run urls
 */
import { writeFileSync } from 'node:fs';
import { publishedUrls } from './lib/published.ts';

const urls = publishedUrls('dist');
writeFileSync('tests/url-manifest.txt', `${urls.join('\n')}\n`);
console.log(`tests/url-manifest.txt: ${urls.length} URLs`);
