/** Every talk's facts, machine-readable, with speaker and company names beside their ids; validates against /schemas/talks-json.schema.json. */
import type { APIRoute } from 'astro';
import { getKb } from '../site/kb.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const kb = await getKb();
  const named = (entry: { id: string; data: { name: string; nameEn?: string } }) => ({ id: entry.id, name: entry.data.name, ...(entry.data.nameEn ? { nameEn: entry.data.nameEn } : {}) });
  const talks = kb.talks.map((t) => ({
    id: t.id,
    url: urls.talk(t.id),
    ...t.data,
    speakerNames: t.speakers.map((id) => named(kb.speaker(id)!)),
    companyNames: t.companies.map((id) => named(kb.company(id)!)),
  }));
  return new Response(JSON.stringify(talks, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
