/**
 * JSON Schemas made from the zod schemas, so editors can validate frontmatter and consumers can
 * validate talks.json. Dates are plain YYYY-MM-DD strings in both directions (see `isoDate`).
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, talk, talkEn } from './schema.ts';

/** File names under /schemas/: one per content file kind, plus talks.json's. */
export const SCHEMA_NAMES: Record<CollectionName, string> = {
  conferences: 'conference',
  talks: 'talk',
  topics: 'topic',
  companies: 'companies',
  speakers: 'speakers',
  features: 'features',
  glossary: 'glossary',
  sources: 'sources',
  talksEn: 'talk-en',
  topicsEn: 'topic-en',
  conferencesEn: 'conference-en',
};
export const TALKS_JSON_SCHEMA = 'talks-json';

const named = z
  .object({
    id: z.string(),
    name: z.string().describe('The name as the sources print it.'),
    nameEn: z.string().optional().describe('A Latin-letter name a source gives.'),
    romanization: z.string().optional().describe('For a Chinese name no source gives in Latin letters: our pinyin romanization, not the person\'s own English name.'),
  })
  .strict();

/** One talk as published in talks.json: its facts plus its id, page URL, and the names behind its speaker and company ids. */
export const publishedTalk = talk.extend({
  id: z.string().describe('The talk id: <conference>/<slug>.'),
  url: z.string().describe('The talk page, relative to the site root.'),
  urlEn: z.string().describe('The English talk page, relative to the site root.'),
  en: talkEn.describe('The talk in English: title (with titleSource where a source gives it, else ours), summary, takeaways, claims, Q&A and unverified reasons, one for each Chinese one.'),
  speakerNames: z.array(named).describe('Every speaker id of appearances, with the name.'),
  companyNames: z.array(named).describe('The companies that gave the talk (not those of its explainers), with their names.'),
});

export function jsonSchemas(): Record<string, object> {
  const schemas: Record<string, object> = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const spec = COLLECTIONS[name];
    // Editors validate what authors write: the input side (defaults optional).
    const item = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' });
    schemas[SCHEMA_NAMES[name]] = spec.shape === 'list' ? { $schema: item.$schema, type: 'array', items: { ...item, $schema: undefined } } : item;
  }
  schemas[TALKS_JSON_SCHEMA] = {
    ...z.toJSONSchema(z.array(publishedTalk), { io: 'output', unrepresentable: 'any' }),
    title: 'talks.json: every talk of the knowledge base',
  };
  return schemas;
}

