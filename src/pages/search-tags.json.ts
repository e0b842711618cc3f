/** The tag name index search turns a tag's name into its talks with (src/lib/search-index.ts); one file for both languages. */
import type { APIRoute } from 'astro';
import { getKb } from '../site/kb.ts';
import { tagNameIndex } from '../lib/search-index.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(tagNameIndex(await getKb())), { headers: { 'Content-Type': 'application/json' } });
