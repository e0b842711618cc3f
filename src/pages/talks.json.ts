/**
 * Every talk's facts, machine-readable, in both languages: the Chinese fields, their English under
 * `en`, both page URLs, and the names behind speaker and company ids. Validates against
 * /schemas/talks-json.schema.json.
 */
import type { APIRoute } from 'astro';
import { getKb } from '../site/kb.ts';
import { urls, urlsFor } from '../lib/urls.ts';
import { romanization } from '../lib/romanize.ts';
import type { Speaker } from '../model/schema.ts';

export const GET: APIRoute = async () => {
  const kb = await getKb();
  const named = (entry: { id: string; data: { name: string; nameEn?: string } }) => ({ id: entry.id, name: entry.data.name, ...(entry.data.nameEn ? { nameEn: entry.data.nameEn } : {}) });
  const person = (entry: { id: string; data: Speaker }) => {
    const roman = romanization(entry.data);
    return { ...named(entry), ...(roman ? { romanization: roman } : {}) };
  };
  const talks = kb.talks.map((t) => ({
    id: t.id,
    url: urls.talk(t.id),
    urlEn: urlsFor('en').talk(t.id),
    ...t.data,
    en: kb.en.talk(t.id)!.data,
    speakerNames: t.speakers.map((id) => person(kb.speaker(id)!)),
    companyNames: t.companies.map((id) => named(kb.company(id)!)),
  }));
  return new Response(JSON.stringify(talks, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
