/** Every talk's facts, machine-readable; validates against /schemas/talks-json.schema.json. */
import type { APIRoute } from 'astro';
import { getKb } from '../site/kb.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const kb = await getKb();
  const talks = kb.talks.map((t) => ({ id: t.id, url: urls.talk(t.id), ...t.data }));
  return new Response(JSON.stringify(talks, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
