/** The glossary's term forms for the search page (glossaryForms in src/lib/search-index.ts); one file for both languages. */
import type { APIRoute } from 'astro';
import { getKb } from '../site/kb.ts';
import { glossaryForms } from '../lib/search-index.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(glossaryForms(await getKb())), { headers: { 'Content-Type': 'application/json' } });
