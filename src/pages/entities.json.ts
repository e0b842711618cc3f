/** The entity pages search offers (src/lib/entities.ts), fetched by the search UIs when a reader starts searching. */
import type { APIRoute } from 'astro';
import { getKb } from '../site/kb.ts';
import { entityLinks } from '../lib/entities.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(entityLinks(await getKb(), 'zh')), { headers: { 'Content-Type': 'application/json' } });
