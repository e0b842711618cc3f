/** The real content, validated once per test file. */
import { join } from 'node:path';
import { buildKb } from '../../src/lib/kb.ts';
import { readContent } from '../../src/model/read-content.ts';
import { validateContent } from '../../src/model/validate.ts';
import { ROOT } from './astro.ts';

export const CONTENT_DIR = join(ROOT, 'content');
export const corpus = validateContent(readContent(CONTENT_DIR, ROOT));
export const kb = buildKb(corpus.content);
