/** Every internal URL the site prints, in one place. Paths end with "/" (Astro's directory format). */

export const urls = {
  home: () => '/',
  talks: () => '/talks/',
  talk: (id: string) => `/talks/${id}/`,
  conferences: () => '/conferences/',
  conference: (id: string) => `/conferences/${id}/`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  companies: () => '/companies/',
  company: (id: string) => `/companies/${id}/`,
  speakers: () => '/speakers/',
  speaker: (id: string) => `/speakers/${id}/`,
  features: () => '/features/',
  feature: (id: string) => `/features/${id}/`,
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${anchor('term', id)}`,
  source: (id: string) => `/about/#${anchor('source', id)}`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  about: () => '/about/',
};

/** An element id for an entity shown inside a page, e.g. `term-backpressure`, `source-seed-000`. */
export function anchor(kind: string, id: string): string {
  return `${kind}-${id}`;
}
