/** One page of every type, in both languages, for the browser, accessibility, weight and screenshot checks. */
const CHINESE: Record<string, string> = {
  home: '/',
  talks: '/talks/',
  talk: '/talks/ffa-2020/meituan-flink-availability/',
  'talk with Q&A': '/talks/ff-2020-cn/weibo-machine-learning/',
  'talk without notes': '/talks/ffa-2019/flink-apache-way/',
  conferences: '/conferences/',
  conference: '/conferences/ffa-2020/',
  topics: '/topics/',
  topic: '/topics/checkpoint/',
  companies: '/companies/',
  company: '/companies/bytedance/',
  speakers: '/speakers/',
  speaker: '/speakers/li-yu/',
  features: '/features/',
  feature: '/features/unaligned-checkpoint/',
  glossary: '/glossary/',
  about: '/about/',
  search: '/search/?q=%E5%8F%8D%E5%8E%8B',
};

/** The English twin of every type: the same path under /en/ (search with an English query). */
const ENGLISH = Object.fromEntries(
  Object.entries(CHINESE).map(([name, path]) => [`en ${name}`, name === 'search' ? '/en/search/?q=backpressure' : `/en${path}`]),
);

export const PAGE_TYPES: Record<string, string> = {
  ...CHINESE,
  ...ENGLISH,
  // One 404 page in both languages: static hosts serve a single 404.html.
  'not found (404)': '/no-such-page/',
};
