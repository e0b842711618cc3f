/**
 * Wires the schemas of src/model/schema.ts to Astro's loaders. The model itself lives there;
 * cross-references are checked by src/model/validate.ts when the build starts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { COLLECTIONS } from './model/schema.ts';

const withoutExtension = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, '');

function loaderFor(spec: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]) {
  if (spec.shape === 'list') return file(join(contentDir, spec.pattern));
  // The folder is the part before the first wildcard: `talks`, or `en/talks` for the English twins.
  const parts = spec.pattern.split('/');
  const fixed = parts.findIndex((part) => part.includes('*'));
  return glob({ base: join(contentDir, ...parts.slice(0, fixed)), pattern: parts.slice(fixed).join('/'), generateId: withoutExtension });
}

export const collections = {
  conferences: defineCollection({ loader: loaderFor(COLLECTIONS.conferences), schema: COLLECTIONS.conferences.schema }),
  talks: defineCollection({ loader: loaderFor(COLLECTIONS.talks), schema: COLLECTIONS.talks.schema }),
  topics: defineCollection({ loader: loaderFor(COLLECTIONS.topics), schema: COLLECTIONS.topics.schema }),
  companies: defineCollection({ loader: loaderFor(COLLECTIONS.companies), schema: COLLECTIONS.companies.schema }),
  speakers: defineCollection({ loader: loaderFor(COLLECTIONS.speakers), schema: COLLECTIONS.speakers.schema }),
  features: defineCollection({ loader: loaderFor(COLLECTIONS.features), schema: COLLECTIONS.features.schema }),
  glossary: defineCollection({ loader: loaderFor(COLLECTIONS.glossary), schema: COLLECTIONS.glossary.schema }),
  sources: defineCollection({ loader: loaderFor(COLLECTIONS.sources), schema: COLLECTIONS.sources.schema }),
  talksEn: defineCollection({ loader: loaderFor(COLLECTIONS.talksEn), schema: COLLECTIONS.talksEn.schema }),
  topicsEn: defineCollection({ loader: loaderFor(COLLECTIONS.topicsEn), schema: COLLECTIONS.topicsEn.schema }),
  conferencesEn: defineCollection({ loader: loaderFor(COLLECTIONS.conferencesEn), schema: COLLECTIONS.conferencesEn.schema }),
};
