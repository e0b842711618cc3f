/**
 * The strings the browser scripts print (search page, header dropdown), apart from the page
 * dictionaries so the scripts bundle only these. The page's `<html lang>` picks the language.
 */
import type { Lang } from './lang.ts';

const zh = {
  searching: '正在搜索…',
  found: (n: number, q: string) => `找到 ${n} 场演讲${q ? `（“${q}”）` : ''}`,
  foundShort: (n: number) => `找到 ${n} 场演讲`,
  more: (n: number) => `再显示 ${n} 条`,
  filters: (n: number) => (n ? `筛选 (${n})` : '筛选'),
  removeFilter: (label: string) => `去掉筛选 ${label}`,
  nothing: '没有找到匹配的演讲。',
  tryTerms: '试试术语表里的说法：',
  tryPages: '也可以看这些页面：',
  fewerFilters: '也可以去掉一些筛选条件。',
  seeAll: (n: number) => `查看全部 ${n} 条结果 →`,
  seeTerms: '没有找到，去搜索页看看相关术语 →',
  entityKind: { topic: '主题', company: '公司', feature: '特性', speaker: '讲者' },
  entityLabel: (label: string, kind: string) => `${label}（${kind}）`,
  list: '、',
  colon: '：',
};

const en: typeof zh = {
  searching: 'Searching…',
  found: (n: number, q: string) => `${n} ${n === 1 ? 'talk' : 'talks'} found${q ? ` for “${q}”` : ''}`,
  foundShort: (n: number) => `${n} ${n === 1 ? 'talk' : 'talks'} found`,
  more: (n: number) => `Show ${n} more`,
  filters: (n: number) => (n ? `Filters (${n})` : 'Filters'),
  removeFilter: (label: string) => `Remove filter ${label}`,
  nothing: 'No talks match.',
  tryTerms: "Try the glossary's forms of the term: ",
  tryPages: 'Or look at these pages: ',
  fewerFilters: 'Or remove some filters.',
  seeAll: (n: number) => (n === 1 ? 'See the result →' : `See all ${n} results →`),
  seeTerms: 'Nothing found: see related terms on the search page →',
  entityKind: { topic: 'Topic', company: 'Company', feature: 'Feature', speaker: 'Speaker' },
  entityLabel: (label: string, kind: string) => `${label} (${kind})`,
  list: ', ',
  colon: ': ',
};

export const clientText: Record<Lang, typeof zh> = { zh, en };

/** The language of the page a script runs in. */
export function pageLang(): Lang {
  return typeof document !== 'undefined' && document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
}
