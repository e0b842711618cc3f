import type { APIRoute } from 'astro';
import { getKb } from '../../site/kb.ts';
import { feed } from '../../site/rss.ts';

export const GET: APIRoute = async ({ site }) => feed(await getKb(), 'en', site);
