/**
 * A language's feed: talks with notes, newest talk first, each dated by the day it was given (or
 * its conference's first day). lastBuildDate is the day notes were last added, so the same content
 * gives the same feed (never the build time).
 */
import rss from '@astrojs/rss';
import type { Kb } from '../lib/kb.ts';
import { localize } from '../i18n/localize.ts';
import type { Lang } from '../i18n/lang.ts';

const rfc822 = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();

export function feed(kb: Kb, lang: Lang, site: URL | undefined) {
  const l = localize(kb, lang);
  const { t, urls } = l;
  const talks = kb.talks.filter((talk) => talk.data.notes !== 'none').sort((a, b) => b.sortKey - a.sortKey);
  const lastAdded = kb.talks.reduce((latest, talk) => (talk.data.added > latest ? talk.data.added : latest), '');
  const self = new URL(urls.rss(), site).href;
  return rss({
    title: t.rss.title,
    description: t.rss.description,
    site: new URL(urls.home(), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: talks.map((talk) => {
      const text = l.talk(talk);
      return {
        title: text.title,
        link: urls.talk(talk.id),
        pubDate: new Date(`${talk.sortDay}T00:00:00Z`),
        description: text.summary ?? `${l.conferenceShort(talk.conference)}${t.colon}${text.title}`,
        categories: talk.data.topics.map((id) => l.topicTitle(kb.topic(id)!)),
      };
    }),
    customData: [
      `<language>${t.rss.language}</language>`,
      `<lastBuildDate>${rfc822(lastAdded)}</lastBuildDate>`,
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
}
