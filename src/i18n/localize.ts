/**
 * One language's view of the knowledge base: the text a page prints for each entry, in that
 * language. Chinese reads the entries; English reads their twins (content/en/, `…En` fields).
 * Facts that exist only in Chinese (a title no source gives in English, a name no source gives in
 * Latin letters) are shown as written, with our English or a labelled romanization beside them.
 */
import type { Kb, TalkView } from '../lib/kb.ts';
import type { Company, Conference, Feature, GlossaryTerm, Source, Speaker, Topic } from '../model/schema.ts';
import type { Entry } from '../model/validate.ts';
import { speakerLabel } from '../lib/names.ts';
import { HAN, romanization } from '../lib/romanize.ts';
import { urlsFor } from '../lib/urls.ts';
import { LOCALE, type Lang } from './lang.ts';
import { chineseMarkedHtml, textHtml } from './mark-chinese.ts';
import { escapeHtml } from '../lib/security.ts';
import { ui } from './ui.ts';

// One formatter per language for the whole build: constructing an Intl.DateTimeFormat costs more than formatting.
const DAY_FORMAT = Object.fromEntries(
  Object.entries(LOCALE).map(([lang, locale]) => [lang, new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })]),
) as Record<Lang, Intl.DateTimeFormat>;

/** An address as a reader reads it, without its scheme, `www.` and end slash: bilibili.com/video/BV1oP411T7ay. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
}

/** Days as readers of each language write them. */
export function formatDay(day: string, lang: Lang = 'zh'): string {
  return DAY_FORMAT[lang].format(new Date(`${day}T00:00:00Z`));
}

// A build formats the same few conference ranges for every talk in every list: once each is enough.
const ranges = new Map<string, string>();

/** A conference's dates: "2020年12月13日–15日"; "December 13 – 15, 2020". */
export function formatRange(start: string, end: string, lang: Lang = 'zh'): string {
  const key = `${lang} ${start} ${end}`;
  if (!ranges.has(key)) ranges.set(key, rangeText(start, end, lang));
  return ranges.get(key)!;
}

function rangeText(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDay(start, lang);
  if (lang === 'en') return DAY_FORMAT.en.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
  // zh-CN's own formatRange prints "2020/12/13 – 2020/12/15"; readers write the shared parts once.
  const [y1, m1] = start.split('-').map(Number);
  const [y2, m2, d2] = end.split('-').map(Number);
  if (y1 !== y2) return `${formatDay(start)}–${formatDay(end)}`;
  if (m1 !== m2) return `${formatDay(start)}–${m2}月${d2}日`;
  return `${formatDay(start)}–${d2}日`;
}

/** A claim or figure with its English text, and its value in English where the Chinese value is in words. */
function english<C extends { claim: string; value: string }>(row: C, twin: string | { claim: string; value: string } | undefined): C {
  if (twin === undefined) return row;
  return typeof twin === 'string' ? { ...row, claim: twin } : { ...row, claim: twin.claim, value: twin.value };
}

/**
 * The other language's name shown muted beside a name, unless one holds the other: "Qihoo 360"
 * needs no "360" after it, nor "Flink SQL" another "Flink SQL", nor "Keynote" a "Keynotes".
 */
function otherName(name: string, other: string | undefined): string | undefined {
  const [a, b] = [name, other ?? ''].map((text) => text.normalize('NFKC').toLowerCase());
  return other && !a.includes(b) && !b.includes(a) ? other : undefined;
}

export function localize(kb: Kb, lang: Lang) {
  const en = lang === 'en';
  const t = ui[lang];
  const list = (items: string[]) => items.join(t.list);
  const whyOf = <M extends { field: string; why: string }>(marks: M[], english: { field: string; why: string }[] | undefined) =>
    en ? marks.map((m, i) => ({ ...m, why: english?.[i]?.why ?? m.why })) : marks;

  const l = {
    lang,
    t,
    urls: urlsFor(lang),
    list,
    day: (day: string) => formatDay(day, lang),
    range: (start: string, end: string) => formatRange(start, end, lang),
    sortNames: (a: string, b: string) => a.localeCompare(b, LOCALE[lang]),
    /** Text as HTML on this page (for set:html): escaped, and on English pages each run of Chinese marked lang="zh-CN". */
    html: (text: string) => textHtml(text, lang),

    /** A talk's title in this language. */
    title: (talk: TalkView) => (en ? kb.en.talk(talk.id)!.data.title : talk.data.title),

    /** A talk's text in this language: titles, summary, takeaways, claims, Q&A and the reasons of its marks. */
    talk(talk: TalkView) {
      const d = talk.data;
      const twin = kb.en.talk(talk.id)?.data;
      if (!en || !twin) return { title: d.title, original: undefined, titleOurs: false, summary: d.summary, takeaways: d.takeaways, claims: d.claims, qa: d.qa, marks: d.unverified };
      return {
        title: twin.title,
        /** The title as published, shown beside the English where they differ. */
        original: twin.title === d.title ? undefined : d.title,
        titleOurs: !twin.titleSource,
        summary: twin.summary,
        takeaways: twin.takeaways,
        claims: d.claims.map((c, i) => english(c, twin.claims[i])),
        qa: d.qa.map((qa, i) => ({ ...qa, q: twin.qa[i]?.q ?? qa.q, a: twin.qa[i]?.a ?? qa.a })),
        marks: whyOf(d.unverified, twin.unverified),
      };
    },

    topicTitle: (topic: Entry<Topic>) => (en ? topic.data.titleEn : topic.data.title),
    /** The other language's name, shown muted beside the title. */
    topicOther: (topic: Entry<Topic>) => otherName(l.topicTitle(topic), en ? topic.data.title : topic.data.titleEn),
    readingWhy: (topicId: string, index: number) => {
      const step = kb.topic(topicId)!.data.readingList[index];
      return en ? (kb.en.topic(topicId)?.data.readingList[index]?.why ?? step.why) : step.why;
    },

    companyName: (c: Company) => (en ? (c.nameEn ?? c.name) : c.name),
    companyOther: (c: Company) => (c.nameEn ? otherName(l.companyName(c), en ? c.name : c.nameEn) : undefined),

    /** The name as sources print it (with the 花名 readers know); in English the Latin-letter name a source gives, where one does. */
    speakerName: (s: Speaker) => (en ? (s.nameEn ?? (s.alias ? `${s.name} (${s.alias})` : s.name)) : speakerLabel(s)),
    /** Shown muted beside the name: the other form a source gives, or (English pages) a labelled romanization. */
    speakerOther: (s: Speaker): { text: string; romanized: boolean } | undefined => {
      if (!en) return s.nameEn ? { text: s.nameEn, romanized: false } : undefined;
      if (s.nameEn) return HAN.test(s.name) ? { text: speakerLabel(s), romanized: false } : undefined;
      const roman = romanization(s);
      return roman ? { text: roman, romanized: true } : undefined;
    },

    /** speakerOther as plain text, a romanization followed by its label: "Wu Chong (romanized)". */
    speakerOtherText: (s: Speaker) => {
      const other = l.speakerOther(s);
      return other && (other.romanized ? `${other.text} ${t.talk.romanized}` : other.text);
    },
    /** Plain text (a search result card): the name, and on English pages the labelled romanization of a name printed in Chinese only. */
    speakerNameWithReading: (s: Speaker) => (l.speakerOther(s)?.romanized ? `${l.speakerName(s)} ${l.speakerOtherText(s)}` : l.speakerName(s)),

    featureDescription: (f: Feature) => (en ? f.descriptionEn : f.description),
    termName: (g: GlossaryTerm) => (en ? g.en : g.zh),
    termNote: (g: GlossaryTerm) => (en ? g.noteEn : g.note),
    /** A source's title; on Chinese pages our Chinese wording where the title is our English description. */
    sourceTitle: (s: Source) => (en ? s.title : (s.titleZh ?? s.title)),
    /**
     * A source's title as HTML on this page. On English pages a title published in Chinese is
     * Chinese as a whole (its Latin words too); our English description of a source (it has a
     * `titleZh`) has only the Chinese it quotes marked: FFA 2022 notes (<span lang="zh-CN">平台建设</span> …).
     */
    sourceTitleHtml: (s: Source) => {
      const title = l.sourceTitle(s);
      return en && s.titleZh ? chineseMarkedHtml(title) : l.publishedTitleHtml(title);
    },
    /** A title as published, as HTML on this page: on English pages one published in Chinese is Chinese as a whole, its Latin words too. */
    publishedTitleHtml: (title: string) => (en && HAN.test(title) ? `<span lang="zh-CN">${escapeHtml(title)}</span>` : escapeHtml(title)),
    /** On English pages, our translation of a title published in Chinese, as printed after it: " (our translation: “…”)". */
    sourceGloss: (s: Source) => (en && s.titleEn ? t.sourceGloss(s.titleEn) : undefined),
    sourceDescription: (s: Source) => (en ? (s.descriptionEn ?? s.description) : s.description),

    trackName: (track: { name: string; nameEn?: string }) => (en ? (track.nameEn ?? track.name) : track.name),
    trackOther: (track: { name: string; nameEn?: string }) => (track.nameEn ? otherName(l.trackName(track), en ? track.name : track.nameEn) : undefined),

    /** A conference's name in this language: on English pages ours where the official name is Chinese. */
    conferenceName: (c: Entry<Conference>) => (en ? (kb.en.conference(c.id)?.data.name ?? c.data.name) : c.data.name),
    conferenceShort: (c: Entry<Conference>) => (en ? (kb.en.conference(c.id)?.data.shortName ?? c.data.shortName) : c.data.shortName),
    /** The official name, shown beside ours where they differ. */
    conferenceOfficial: (c: Entry<Conference>) => (en && kb.en.conference(c.id)?.data.name ? c.data.name : undefined),
    /** A link's label in this language: ours in English where the Chinese label is our description. */
    linkLabel: (link: { label?: string; labelEn?: string }) => (en ? (link.labelEn ?? link.label) : link.label),
    /** What a link in a list of links shows after its kind: its label, or its address where the label only repeats the kind ("Official site: Official site"). */
    linkText: (link: { kind: keyof typeof t.linkKind; url: string; label?: string; labelEn?: string }) => {
      const label = l.linkLabel(link);
      return label && label.toLowerCase() !== t.linkKind[link.kind].toLowerCase() ? label : shortAddress(link.url);
    },

    /** A conference's prose in this language. */
    conference(entry: Entry<Conference>) {
      const c = entry.data;
      const twin = kb.en.conference(entry.id)?.data;
      if (!en || !twin) return { description: c.description, themes: c.themes, figures: c.figures, marks: c.unverified };
      return {
        description: twin.description,
        themes: c.themes.map((theme, i) => ({ ...theme, text: twin.themes[i] ?? theme.text })),
        figures: c.figures.map((f, i) => english(f, twin.figures[i])),
        marks: whyOf(c.unverified, twin.unverified),
      };
    },
  };
  return l;
}
export type Localized = ReturnType<typeof localize>;
