/** New notes, newest first, by the talks' `added` date (never the build time). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getKb } from '../site/kb.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const kb = await getKb();
  const talks = kb.recentlyAdded(kb.talks.length);
  return rss({
    title: 'FFA 知识库：新增笔记',
    description: 'Flink Forward Asia 2019–2022 演讲笔记，按收录日期排列。',
    site: new URL(urls.home(), site).href,
    items: talks.map((t) => ({
      title: t.data.title,
      link: urls.talk(t.id),
      pubDate: new Date(`${t.data.added}T00:00:00Z`),
      description: t.data.summary ?? `${t.conference.data.shortName}：${t.data.title}`,
      categories: t.data.topics.map((id) => kb.topic(id)!.data.title),
    })),
    customData: '<language>zh-cn</language>',
  });
};
