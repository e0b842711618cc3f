/** The pages each entity gets, shared by the Chinese pages and their English twins under /en/. */
import { getKb } from './kb.ts';

const of = (list: (kb: Awaited<ReturnType<typeof getKb>>) => { id: string }[]) => async () =>
  list(await getKb()).map((entry) => ({ params: { id: entry.id } }));

export const paths = {
  talks: of((kb) => kb.talks),
  conferences: of((kb) => kb.conferences),
  topics: of((kb) => kb.topics),
  companies: of((kb) => kb.companies),
  speakers: of((kb) => kb.speakers),
  features: of((kb) => kb.features),
};
