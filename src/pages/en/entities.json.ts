/** The entity pages English search offers, linking to the English pages. */
import type { APIRoute } from 'astro';
import { getKb } from '../../site/kb.ts';
import { entityLinks } from '../../lib/entities.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(entityLinks(await getKb(), 'en')), { headers: { 'Content-Type': 'application/json' } });
