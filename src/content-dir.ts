/**
 * Where the build reads content from. `content/` holds the real knowledge base; the benchmark
 * points FFA_CONTENT_DIR at a synthetic corpus elsewhere, so `content/` only ever holds real talks.
 */
import { resolve } from 'node:path';

export const contentDir = resolve(process.env.FFA_CONTENT_DIR ?? 'content');
