/** The Chinese labels the site prints for the model's enums. */
import type { Link, Talk } from '../model/schema.ts';

export const KIND_LABEL: Record<Talk['kind'], string> = { keynote: '主题演讲', talk: '演讲', panel: '圆桌' };
export const ROLE_LABEL = { speaker: '讲者', explainer: '讲解嘉宾', host: '主持' } as const;
export const SESSION_LABEL = { morning: '上午', afternoon: '下午' } as const;
export const PRIORITY_LABEL = { key: '重点', important: '重要', 'very-important': '非常重要' } as const;
export const LINK_LABEL: Record<Link['kind'], string> = {
  video: '视频',
  slides: '幻灯片',
  article: '文章',
  official: '官网',
  agenda: '议程',
  code: '代码',
  other: '链接',
};
export const FORMAT_LABEL = { 'in-person': '线下', online: '线上', hybrid: '线上线下同时' } as const;

/** "2020-12-13" → "2020年12月13日". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A conference's dates: "2020年12月13日–15日", across months "2019年11月28日–12月1日". */
export function formatRange(start: string, end: string): string {
  if (start === end) return formatDay(start);
  const [y1, m1] = start.split('-').map(Number);
  const [y2, m2, d2] = end.split('-').map(Number);
  if (y1 !== y2) return `${formatDay(start)}–${formatDay(end)}`;
  if (m1 !== m2) return `${formatDay(start)}–${m2}月${d2}日`;
  return `${formatDay(start)}–${d2}日`;
}

/** How much of a conference's program the site holds: "4 / 约 83 场", or "40 场" where no source gives the program's size. */
export function programCoverage(talks: number, size?: { talks: number; about: boolean }): string {
  return size ? `${talks} / ${size.about ? '约 ' : ''}${size.talks} 场演讲` : `${talks} 场演讲`;
}

/** What a published write-up is, as a source's list entry says it. */
export const WRITEUP_LABEL = { organizers: '主办方整理稿', repost: '转载', translation: '译文' } as const;
export const LANGUAGE_LABEL = { zh: '中文', en: '英文' } as const;
/** Said wherever a source read only in its opening is cited: the notes cover only that part. */
export const PARTIAL_LABEL = '只读了开头（摘要、提纲、第一节）';
