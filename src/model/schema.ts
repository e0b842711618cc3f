/**
 * The content model: every collection's zod schema, in one plain module.
 *
 * No `astro:content` import, so Vitest, the build-time cross-reference check and the JSON Schema
 * generator all reuse these exact schemas. `src/content.config.ts` only wires them to loaders.
 * Cross-references are plain id strings here (not Astro's `reference()`, which only logs when a
 * target is missing); `src/lib/validate.ts` checks every one of them and stops the build.
 */
import { z } from 'astro/zod';

/** A stable ASCII id: lower-case words joined by hyphens (`unaligned-checkpoint`). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A talk id: `<conference>/<slug>`, the file's path under `content/talks/` without extension. */
export const TALK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = (what: string) =>
  z
    .string()
    .regex(SLUG, { error: `expected ${what}: lower-case ASCII words joined by hyphens, like "unaligned-checkpoint"` })
    .describe(`The id of ${what}.`);

/** The collections an id can point at (the keys of COLLECTIONS below). */
export type RefTarget = 'conferences' | 'talks' | 'topics' | 'companies' | 'speakers' | 'features' | 'glossary' | 'sources';

/**
 * Fields that hold the id of another entry are registered here, and src/model/validate.ts checks
 * every registered field of every entry generically: a new reference field needs no check code.
 * Zod registries carry over to clones (`.describe()`, `.optional()`'s inner schema).
 */
export const references = z.registry<{ target: RefTarget }>();
const ref = <T extends z.ZodType>(target: RefTarget, schema: T): T => {
  references.add(schema, { target });
  return schema;
};

export const conferenceId = ref('conferences', slug('a conference (a file in content/conferences/, like "ffa-2020")'));
export const topicId = ref('topics', slug('a topic (a file in content/topics/, like "checkpoint")'));
export const companyId = ref('companies', slug('a company in content/companies.yaml'));
export const speakerId = ref('speakers', slug('a speaker in content/speakers.yaml'));
export const featureId = ref('features', slug('a feature in content/features.yaml'));
export const sourceId = ref('sources', slug('a source in content/sources.yaml'));
export const talkId = ref(
  'talks',
  z
    .string()
    .regex(TALK_ID, { error: 'expected a talk id: "<conference>/<slug>", like "ffa-2020/unaligned-checkpoint"' })
    .describe('The id of a talk: its path under content/talks/ without the extension.'),
);

/**
 * A calendar day. YAML turns an unquoted `2020-12-13` into a Date; we keep the plain ISO string so
 * dates compare as strings, print without time zones and serialise to JSON unchanged.
 */
export const isoDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso.date({ error: 'expected a date written YYYY-MM-DD' }),
  )
  .describe('A calendar day, YYYY-MM-DD.');

/** Query parameters that only track the reader; links carry over without them. */
export const TRACKING_PARAM = /^(?:spm|vd_source|utm_[a-z_]+|from_spmid|share_source|share_medium)$/i;

/** The first tracking parameter of a URL, if it has one (and parses). */
export function trackingParam(url: string): string | undefined {
  return URL.canParse(url) ? [...new URL(url).searchParams.keys()].find((key) => TRACKING_PARAM.test(key)) : undefined;
}

export const webUrl = z
  .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' })
  .refine((url) => !/\s/.test(url), { error: 'contains a space; expected a URL without spaces (write %20)', abort: true })
  .refine((url) => trackingParam(url) === undefined, {
    error: (issue) => `has the tracking parameter "${trackingParam(String(issue.input))}"; expected the link without it`,
  })
  .describe('An absolute http(s) URL, without spaces or tracking parameters (spm, vd_source, utm_*).');

/** Zero-width and control characters: invisible on the page, but they make a title look empty or two ids look alike. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/u;

/**
 * A space after Chinese punctuation, before Chinese: what YAML's folded style (`>-`) makes of a
 * line break in Chinese text ("两处入手。 聚合方式"). Chinese sets no space there.
 */
const FOLDED_CJK_BREAK = /(?<=[。，；：！？、）」』])[ \t]+(?=[\p{Script=Han}（「『])/gu;

const text = (description: string) =>
  z
    .string()
    .trim()
    .overwrite((value) => value.replace(FOLDED_CJK_BREAK, ''))
    .min(1, { error: 'expected non-empty text' })
    .refine((value) => !INVISIBLE.test(value), {
      error: (issue) => `contains the invisible character U+${String(issue.input).match(INVISIBLE)![0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}; expected plain text`,
    })
    .describe(description);

/** A list with an upper bound, so a runaway file is refused with a clear message instead of slowing the build. */
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: `expected at most ${max} entries` });

export const LINK_KINDS = ['video', 'slides', 'article', 'official', 'agenda', 'code', 'other'] as const;
export const link = z
  .object({
    kind: z.enum(LINK_KINDS).describe('What the link leads to.'),
    url: webUrl,
    label: text('What to show for the link, e.g. the slide file name as published.').optional(),
    labelEn: text('The label on English pages, where the label is our description in Chinese (主会场视频 → Main-stage video); a published title or file name stays as it is.').optional(),
    source: sourceId.optional().describe('The source that gives this link, where it is not the talk\'s only source.'),
  })
  .strict()
  .describe('An external link with its kind.');

/** Marks one fact of an entry as unverified: the field's dotted path and why it is doubtful. */
export const unverifiedMark = z
  .object({
    field: text('Dotted path of the doubtful field, e.g. "track", "appearances.0.company", "links.1".'),
    why: text('Why the fact is not confirmed, in our words.'),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Registries

export const COMPANY_KINDS = ['company', 'project', 'community'] as const;
export const company = z
  .object({
    id: slug('a company'),
    name: text('The name readers know best, usually Chinese (阿里巴巴).'),
    nameEn: text('The English name (Alibaba).').optional(),
    aliases: list(text('Another name or short form (阿里, Alibaba Group).'), 30).default([]).describe('Other names that should find this company.'),
    kind: z.enum(COMPANY_KINDS).default('company').describe('company, open-source project or community.'),
    url: webUrl.optional(),
  })
  .strict();

export const speaker = z
  .object({
    id: slug('a speaker'),
    name: text('The name as the sources print it (伍翀, Stephan Ewen).'),
    nameEn: text('The English or pinyin name, where a source gives it (Jark Wu).').optional(),
    romanization: text(
      'Pinyin for the name where pinyin-pro reads it wrong (a surname like 单 read as Dan instead of Shan). Shown labelled as a romanization, never as the person\'s own English name.',
    ).optional(),
    alias: text('The 花名 (Alibaba nickname), e.g. 云邪.').optional(),
    aliases: list(text('Another spelling of the name.'), 30).default([]),
  })
  .strict()
  .describe('A person. Company and Flink title live on each appearance, since they change.');

export const FEATURE_KINDS = ['flink', 'ecosystem'] as const;
export const feature = z
  .object({
    id: slug('a feature'),
    name: text('The usual (English) name: Unaligned Checkpoint.'),
    nameZh: text('The Chinese name, where one is used: 非对齐 Checkpoint.').optional(),
    aliases: list(text('Another name that should find the feature (FLIP-76, UC).'), 30).default([]),
    kind: z.enum(FEATURE_KINDS).describe('flink: a capability of Flink; ecosystem: a neighbouring system.'),
    flip: z.number().int().positive().optional().describe('The FLIP number, where the feature has one.'),
    version: z
      .string()
      .regex(/^\d+\.\d+$/, { error: 'expected a Flink version like "1.12"' })
      .optional()
      .describe('The first Flink release that shipped it.'),
    docs: webUrl.optional().describe('The reference documentation.'),
    description: text('One or two sentences in our words.').optional(),
    descriptionEn: text('The description in English, saying what the Chinese says.').optional(),
  })
  .strict();

export const glossaryTerm = z
  .object({
    id: slug('a glossary term'),
    zh: text('The Chinese term (反压).'),
    en: text('The English term (backpressure).'),
    aliases: list(text('Another form that means the same (背压, back pressure).'), 30).default([]),
    notAfter: z
      .array(text('A character or prefix, e.g. 非.'))
      .optional()
      .describe('Prefixes that, written right before a form of this term, make it a different word: 对齐 after 非 or 不 is 非对齐 (unaligned), 并发 after 高 is 高并发. The glossary matcher skips such a match.'),
    notBefore: z
      .array(text('A character or suffix, e.g. 数据.'))
      .optional()
      .describe('Suffixes that, written right after a form of this term, make it a different word: 延迟 before 数据 is 延迟数据 (late data), not latency. The glossary matcher skips such a match.'),
    note: text('A short explanation in our words.').optional(),
    noteEn: text('The note in English, saying what the Chinese says.').optional(),
  })
  .strict();

export const SOURCE_KINDS = ['seed-notes', 'program-list', 'article', 'repository', 'official'] as const;
/** What a published write-up of a talk is: the organizers' own article, a repost by another
 * publisher (the speaker's company, a copy site), or a translation. */
export const WRITEUP_KINDS = ['organizers', 'repost', 'translation'] as const;
export const LANGUAGES = ['zh', 'en'] as const;
export const source = z
  .object({
    id: slug('a source'),
    title: text('The title of the source as published, or a plain description where it has none.'),
    titleZh: text('Where the title is our own English description (or carries our English note on a published title): the same in Chinese, for the Chinese pages.').optional(),
    titleEn: text('Our English translation of a title published in Chinese, or of our description where it quotes Chinese (FFA 2022 notes (平台建设 …)), shown beside it on the English pages and marked as ours.').optional(),
    author: text('Author or publishing account.').optional(),
    site: text('Site or repository that holds it.').optional(),
    url: webUrl.optional().describe('Where the source can be read; a source without one is cited by its description.'),
    date: isoDate.optional(),
    kind: z.enum(SOURCE_KINDS),
    language: z.enum(LANGUAGES).optional().describe('The language the source is written in.'),
    writeup: z
      .enum(WRITEUP_KINDS)
      .optional()
      .describe('For an article that writes up one talk: organizers (their own write-up), repost or translation.'),
    partial: z
      .boolean()
      .default(false)
      .describe('True when only the opening of the source (abstract, outline, first section) was read: it supports only what that part says.'),
    description: text('What the source is and how reliable, in our words.'),
    descriptionEn: text('The description in English, saying what the Chinese says.').optional(),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Conferences

export const track = z
  .object({
    id: slug('a track'),
    name: text('The track name as published (核心技术).'),
    nameEn: text('English name.').optional(),
  })
  .strict();

export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export const conference = z
  .object({
    name: text('Full name: Flink Forward Asia 2020.'),
    shortName: text('Short name: FFA 2020.'),
    year: z.number().int().min(2015).max(2100).describe('The edition year. FFA 2021 is 2021 although it was held in January 2022.'),
    start: isoDate.describe('First day.'),
    end: isoDate.describe('Last day.'),
    format: z.enum(FORMATS),
    city: text('Host city.').optional(),
    description: text('What this edition was, in our words.'),
    links: list(link, 50).default([]),
    tracks: list(track, 40).min(1, { error: 'expected at least one track' }),
    themes: list(
        z
          .object({
            text: text('What is known of the talk, in our words; no invented title.'),
            track: slug('a track of this conference').optional(),
            speakers: list(speakerId, 20).default([]).describe('Speakers the sources name, if any.'),
            links: list(link, 20).default([]),
            sources: list(sourceId, 30).min(1),
          })
          .strict(),
        200,
      )
      .default([])
      .describe('Talks known only as a theme, without a title: listed on the conference page, no talk page.'),
    programSize: z
      .object({
        talks: z.number().int().positive().describe('How many talks the program had.'),
        about: z.boolean().default(false).describe('True when the source gives the number as an approximation or a count by others.'),
        source: sourceId,
      })
      .strict()
      .optional()
      .describe('The size of the whole program, where a source gives it, so pages can say how much of it is here.'),
    figures: list(z.object({ claim: text('What was counted, in our words.'), value: text('The number as the source gives it.'), source: sourceId }).strict(), 40)
      .default([])
      .describe('Numbers about the edition (audience, talks).'),
    sources: list(sourceId, 30).min(1, { error: 'expected at least one source' }),
    unverified: list(unverifiedMark, 60).default([]),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Talks

export const KINDS = ['keynote', 'talk', 'panel'] as const;
export const ROLES = ['speaker', 'explainer', 'host'] as const;
export const FLINK_TITLES = ['PMC member', 'Committer', 'Contributor'] as const;
export const NOTES_STATUS = ['full', 'brief', 'none'] as const;
/** The note-taker's marks: 重点, 重要, 非常重要. */
export const PRIORITIES = ['key', 'important', 'very-important'] as const;

export const appearance = z
  .object({
    speaker: speakerId,
    role: z.enum(ROLES).default('speaker').describe('speaker; explainer (讲解嘉宾, presents another speaker\'s talk); host.'),
    company: companyId.optional().describe('Company at the time of the talk.'),
    position: text('Job title and affiliation as the source prints it, at the time of the talk.').optional(),
    positionEn: text('The position in English where the source prints it in Chinese: ours, shown on English pages with the Chinese beside it.').optional(),
    flinkTitle: z.enum(FLINK_TITLES).optional().describe('Apache Flink title at the time of the talk.'),
  })
  .strict();

export const talk = z
  .object({
    title: text('The title in its original language, as published.'),
    altTitles: list(z.object({ title: text('Another title a source gives.'), source: sourceId }).strict(), 10)
      .default([])
      .describe('Titles other sources use for the same talk.'),
    conference: conferenceId,
    sameAs: talkId.optional().describe('The same talk given at another conference, when the two share a title.'),
    track: slug('a track of the talk\'s conference').optional(),
    day: isoDate.optional().describe('The day it was given; must fall within the conference.'),
    session: z.enum(['morning', 'afternoon']).optional().describe('Half-day, where the notes give it.'),
    order: z.number().int().positive().optional().describe('Position within the agenda or program list.'),
    kind: z.enum(KINDS).describe('keynote, talk, or panel (圆桌, roundtable).'),
    appearances: list(appearance, 30).default([]),
    companies: list(companyId, 20)
      .default([])
      .describe('Companies the talk presents, beyond the speakers\' own (e.g. from the title when no speaker is known).'),
    topics: list(topicId, 12).min(1, { error: 'expected at least one topic' }),
    features: list(featureId, 30).default([]),
    links: list(link, 30).default([]),
    summary: text('One line on what the talk is about, in our words.').optional(),
    takeaways: list(text('A lesson, in our words.'), 30).default([]),
    claims: list(
        z
          .object({
            claim: text('The claim with its number, in our words.'),
            value: text('The number as given: 7×, 99.999%, 1/3.'),
            source: sourceId,
          })
          .strict(),
        40,
      )
      .default([]),
    qa: list(
        z
          .object({
            q: text('The question, rewritten in our words.'),
            a: text('The answer, rewritten in our words.'),
            answeredBy: speakerId
              .optional()
              .describe('Who answered. Needs answeredBySource (a source that names the answerer) or an unverified mark on qa.N.answeredBy.'),
            answeredBySource: sourceId.optional().describe('The source that names who answered.'),
            source: sourceId,
          })
          .strict(),
        60,
      )
      .default([])
      .describe('Questions and answers from the session.'),
    priority: z.enum(PRIORITIES).optional().describe('The note-taker\'s mark: key (重点), important (重要), very-important (非常重要).'),
    notes: z.enum(NOTES_STATUS).describe('full (shown as detailed notes): 800 or more letters and digits of notes, takeaways and Q&A; brief: fewer; none: facts only, body empty.'),
    sources: list(sourceId, 30).min(1, { error: 'expected at least one source' }),
    added: isoDate.describe('When the talk\'s notes were added to the knowledge base.'),
    unverified: list(unverifiedMark, 60).default([]),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Topics

export const topic = z
  .object({
    title: text('The topic name in Chinese (检查点).'),
    titleEn: text('The topic name in English (Checkpoint).'),
    aliases: list(text('Another name that should find the topic.'), 30).default([]),
    order: z.number().int().describe('Position in topic lists.'),
    readingList: list(z.object({ talk: talkId, why: text('Why this talk, at this step, in our words.') }).strict(), 60)
      .min(1, { error: 'expected a non-empty reading list' })
      .describe('Talks to read in order, each with why.'),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// English twins. Each Chinese prose field has its English counterpart, no more and no fewer
// (src/model/validate.ts pairs them): lists line up by position, unverified marks name the same
// fields. Facts (values, sources, ids) live once, in the Chinese entry.

const whyEn = list(
  z
    .object({
      field: text('The same dotted path as the Chinese entry\'s mark.'),
      why: text('The reason, in English.'),
    })
    .strict(),
  60,
).default([]);

/**
 * A claim (or figure) in English, in the Chinese order: its text, or its text and the English of a
 * value written in Chinese ("约 40%" → "about 40%"). A value in digits and symbols needs no English;
 * its source stays the Chinese entry's.
 */
const englishClaim = z.union([
  text('The claim in English.'),
  z.object({ claim: text('The claim in English.'), value: text('The value in English, where the Chinese value has words (约 40% → about 40%).') }).strict(),
]);

export const talkEn = z
  .object({
    title: text('The English title: the official one where a source gives it, otherwise ours.'),
    titleSource: sourceId
      .optional()
      .describe('The source that gives this English title. Without it the title is our translation, and the page says so.'),
    summary: text('The summary in English.').optional(),
    takeaways: list(text('A takeaway in English, in the Chinese order.'), 30).default([]),
    claims: list(englishClaim, 40).default([]),
    qa: list(z.object({ q: text('The question in English.'), a: text('The answer in English.') }).strict(), 60).default([]),
    unverified: whyEn.describe('The reasons of the Chinese entry\'s unverified marks, in English, same fields, same order.'),
  })
  .strict()
  .describe('The English of one talk: content/en/talks/<conference>/<slug>.md, its body the notes in English.');

export const topicEn = z
  .object({
    readingList: list(z.object({ talk: talkId, why: text('Why this talk, in English.') }).strict(), 60)
      .default([])
      .describe('The reading list\'s reasons in English: the same talks in the same order.'),
  })
  .strict()
  .describe('The English of one topic: content/en/topics/<id>.md, its body the description in English.');

export const conferenceEn = z
  .object({
    name: text('The name in English, where the official name is not in Latin letters: ours, and labelled so (Flink Forward 2020 Chinese edition).').optional(),
    shortName: text('The short name in English, with name (FF 2020 Chinese edition).').optional(),
    description: text('The description in English.'),
    themes: list(text('A theme\'s text in English, in the Chinese order.'), 200).default([]),
    figures: list(englishClaim, 40).default([]),
    unverified: whyEn,
  })
  .strict()
  .describe('The English of one conference: content/en/conferences/<id>.yaml.');

export type Company = z.output<typeof company>;
export type Speaker = z.output<typeof speaker>;
export type Feature = z.output<typeof feature>;
export type GlossaryTerm = z.output<typeof glossaryTerm>;
export type Source = z.output<typeof source>;
export type Conference = z.output<typeof conference>;
export type Talk = z.output<typeof talk>;
export type Topic = z.output<typeof topic>;
export type Appearance = z.output<typeof appearance>;
export type Link = z.output<typeof link>;
export type TalkEn = z.output<typeof talkEn>;
export type TopicEn = z.output<typeof topicEn>;
export type ConferenceEn = z.output<typeof conferenceEn>;

/** Every collection: its schema and where its files live under `content/`. One list, read by the
 * Astro config, the validator and the JSON Schema generator. */
export const COLLECTIONS = {
  conferences: { schema: conference, shape: 'files', pattern: 'conferences/*.yaml' },
  talks: { schema: talk, shape: 'files', pattern: 'talks/*/*.{md,mdx}' },
  topics: { schema: topic, shape: 'files', pattern: 'topics/*.md' },
  companies: { schema: company, shape: 'list', pattern: 'companies.yaml' },
  speakers: { schema: speaker, shape: 'list', pattern: 'speakers.yaml' },
  features: { schema: feature, shape: 'list', pattern: 'features.yaml' },
  glossary: { schema: glossaryTerm, shape: 'list', pattern: 'glossary.yaml' },
  sources: { schema: source, shape: 'list', pattern: 'sources.yaml' },
  talksEn: { schema: talkEn, shape: 'files', pattern: 'en/talks/*/*.{md,mdx}' },
  topicsEn: { schema: topicEn, shape: 'files', pattern: 'en/topics/*.md' },
  conferencesEn: { schema: conferenceEn, shape: 'files', pattern: 'en/conferences/*.yaml' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
