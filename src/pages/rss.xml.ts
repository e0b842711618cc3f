/**
 * Talks with notes, newest talk first, each dated by the day it was given (or its conference's
 * first day). lastBuildDate is the day notes were last added, so the same content gives the same
 * feed (never the build time).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getKb } from '../site/kb.ts';
import { urls } from '../lib/urls.ts';

const rfc822 = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();

export const GET: APIRoute = async ({ site }) => {
  const kb = await getKb();
  const talks = kb.talks.filter((t) => t.data.notes !== 'none').sort((a, b) => b.sortKey - a.sortKey);
  const lastAdded = kb.talks.reduce((latest, t) => (t.data.added > latest ? t.data.added : latest), '');
  const self = new URL(urls.rss(), site).href;
  return rss({
    title: 'FFA 知识库：演讲笔记',
    description: 'Flink Forward Asia 2019–2022 有笔记的演讲，按演讲日期排列。',
    site: new URL(urls.home(), site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: talks.map((t) => ({
      title: t.data.title,
      link: urls.talk(t.id),
      pubDate: new Date(`${t.sortDay}T00:00:00Z`),
      description: t.data.summary ?? `${t.conference.data.shortName}：${t.data.title}`,
      categories: t.data.topics.map((id) => kb.topic(id)!.data.title),
    })),
    customData: [
      '<language>zh-cn</language>',
      `<lastBuildDate>${rfc822(lastAdded)}</lastBuildDate>`,
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
};
