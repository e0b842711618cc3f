/** What every page view starts from: the knowledge base and its view in the page's language. */
import { getKb } from './kb.ts';
import { localize } from '../i18n/localize.ts';
import type { Lang } from '../i18n/lang.ts';

export async function pageContext(lang: Lang) {
  const kb = await getKb();
  const l = localize(kb, lang);
  return { kb, l, t: l.t, urls: l.urls };
}

/** A page view's props: its language, and the entry's id for an entity's page. */
export interface PageProps {
  lang: Lang;
}
export interface EntityPageProps extends PageProps {
  id: string;
}
