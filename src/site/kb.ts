/**
 * The knowledge base for pages: Astro's collections, built into indexes once per build and
 * shared by every page (the promise is module state, so no page rebuilds it).
 */
import { getCollection } from 'astro:content';
import { buildKb, type Kb } from '../lib/kb.ts';
import { COLLECTIONS, type CollectionName } from '../model/schema.ts';
import type { Content } from '../model/validate.ts';

let kb: Promise<Kb> | undefined;

export function getKb(): Promise<Kb> {
  kb ??= load();
  return kb;
}

async function load(): Promise<Kb> {
  const content = {} as Record<CollectionName, unknown[]>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const entries = await getCollection(name);
    content[name] = entries.map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data, body: e.body }));
  }
  return buildKb(content as Content);
}
