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

export const conferenceId = slug('a conference (a file in content/conferences/, like "ffa-2020")');
export const topicId = slug('a topic (a file in content/topics/, like "checkpoint")');
export const companyId = slug('a company in content/companies.yaml');
export const speakerId = slug('a speaker in content/speakers.yaml');
export const featureId = slug('a feature in content/features.yaml');
export const sourceId = slug('a source in content/sources.yaml');
export const talkId = z
  .string()
  .regex(TALK_ID, { error: 'expected a talk id: "<conference>/<slug>", like "ffa-2020/unaligned-checkpoint"' })
  .describe('The id of a talk: its path under content/talks/ without the extension.');

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

export const webUrl = z
  .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' })
  .describe('An absolute http(s) URL.');

const text = (description: string) => z.string().trim().min(1, { error: 'expected non-empty text' }).describe(description);

export const LINK_KINDS = ['video', 'slides', 'article', 'official', 'agenda', 'code', 'other'] as const;
export const link = z
  .object({
    kind: z.enum(LINK_KINDS).describe('What the link leads to.'),
    url: webUrl,
    label: text('What to show for the link, e.g. the slide file name as published.').optional(),
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
    id: companyId,
    name: text('The name readers know best, usually Chinese (阿里巴巴).'),
    nameEn: text('The English name (Alibaba).').optional(),
    aliases: z.array(text('Another name or short form (阿里, Alibaba Group).')).default([]).describe('Other names that should find this company.'),
    kind: z.enum(COMPANY_KINDS).default('company').describe('company, open-source project or community.'),
    url: webUrl.optional(),
  })
  .strict();

export const speaker = z
  .object({
    id: speakerId,
    name: text('The name as the sources print it (伍翀, Stephan Ewen).'),
    nameEn: text('The English or pinyin name, where a source gives it (Jark Wu).').optional(),
    alias: text('The 花名 (Alibaba nickname), e.g. 云邪.').optional(),
    aliases: z.array(text('Another spelling of the name.')).default([]),
  })
  .strict()
  .describe('A person. Company and Flink title live on each appearance, since they change.');

export const FEATURE_KINDS = ['flink', 'ecosystem'] as const;
export const feature = z
  .object({
    id: featureId,
    name: text('The usual (English) name: Unaligned Checkpoint.'),
    nameZh: text('The Chinese name, where one is used: 非对齐 Checkpoint.').optional(),
    aliases: z.array(text('Another name that should find the feature (FLIP-76, UC).')).default([]),
    kind: z.enum(FEATURE_KINDS).describe('flink: a capability of Flink; ecosystem: a neighbouring system.'),
    flip: z.number().int().positive().optional().describe('The FLIP number, where the feature has one.'),
    version: z
      .string()
      .regex(/^\d+\.\d+$/, { error: 'expected a Flink version like "1.12"' })
      .optional()
      .describe('The first Flink release that shipped it.'),
    docs: webUrl.optional().describe('The reference documentation.'),
    description: text('One or two sentences in our words.').optional(),
  })
  .strict();

export const glossaryTerm = z
  .object({
    id: slug('a glossary term'),
    zh: text('The Chinese term (反压).'),
    en: text('The English term (backpressure).'),
    aliases: z.array(text('Another form that means the same (背压, back pressure).')).default([]),
    notAfter: z
      .array(text('A character or prefix, e.g. 非.'))
      .optional()
      .describe('Prefixes that, written right before a form of this term, make it a different word: 对齐 after 非 or 不 is 非对齐 (unaligned), 并发 after 高 is 高并发. The glossary matcher skips such a match.'),
    note: text('A short explanation in our words.').optional(),
  })
  .strict();

export const SOURCE_KINDS = ['seed-notes', 'program-list', 'article', 'repository', 'official'] as const;
/** What a published write-up of a talk is: the organizers' own article, a repost by another
 * publisher (the speaker's company, a copy site), or a translation. */
export const WRITEUP_KINDS = ['organizers', 'repost', 'translation'] as const;
export const LANGUAGES = ['zh', 'en'] as const;
export const source = z
  .object({
    id: sourceId,
    title: text('The title of the source as published, or a plain description where it has none.'),
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
    links: z.array(link).default([]),
    tracks: z.array(track).min(1, { error: 'expected at least one track' }),
    themes: z
      .array(
        z
          .object({
            text: text('What is known of the talk, in our words; no invented title.'),
            track: slug('a track of this conference').optional(),
            speakers: z.array(speakerId).default([]).describe('Speakers the sources name, if any.'),
            links: z.array(link).default([]),
            sources: z.array(sourceId).min(1),
          })
          .strict(),
      )
      .default([])
      .describe('Talks known only as a theme, without a title: listed on the conference page, no talk page.'),
    figures: z
      .array(z.object({ claim: text('What was counted, in our words.'), value: text('The number as the source gives it.'), source: sourceId }).strict())
      .default([])
      .describe('Numbers about the edition (audience, talks).'),
    sources: z.array(sourceId).min(1, { error: 'expected at least one source' }),
    unverified: z.array(unverifiedMark).default([]),
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
    flinkTitle: z.enum(FLINK_TITLES).optional().describe('Apache Flink title at the time of the talk.'),
  })
  .strict();

export const talk = z
  .object({
    title: text('The title in its original language, as published.'),
    altTitles: z
      .array(z.object({ title: text('Another title a source gives.'), source: sourceId }).strict())
      .default([])
      .describe('Titles other sources use for the same talk.'),
    conference: conferenceId,
    track: slug('a track of the talk\'s conference').optional(),
    day: isoDate.optional().describe('The day it was given; must fall within the conference.'),
    session: z.enum(['morning', 'afternoon']).optional().describe('Half-day, where the notes give it.'),
    order: z.number().int().positive().optional().describe('Position within the agenda or program list.'),
    kind: z.enum(KINDS).describe('keynote, talk, or panel (圆桌, roundtable).'),
    appearances: z.array(appearance).default([]),
    companies: z
      .array(companyId)
      .default([])
      .describe('Companies the talk presents, beyond the speakers\' own (e.g. from the title when no speaker is known).'),
    topics: z.array(topicId).min(1, { error: 'expected at least one topic' }),
    features: z.array(featureId).default([]),
    links: z.array(link).default([]),
    summary: text('One line on what the talk is about, in our words.').optional(),
    takeaways: z.array(text('A lesson, in our words.')).default([]),
    claims: z
      .array(
        z
          .object({
            claim: text('The claim with its number, in our words.'),
            value: text('The number as given: 7×, 99.999%, 1/3.'),
            source: sourceId,
          })
          .strict(),
      )
      .default([]),
    qa: z
      .array(
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
      )
      .default([])
      .describe('Questions and answers from the session.'),
    priority: z.enum(PRIORITIES).optional().describe('The note-taker\'s mark: key (重点), important (重要), very-important (非常重要).'),
    notes: z.enum(NOTES_STATUS).describe('full: notes of substance; brief: a few lines; none: facts only, body empty.'),
    sources: z.array(sourceId).min(1, { error: 'expected at least one source' }),
    added: isoDate.describe('When the talk\'s notes were added to the knowledge base.'),
    unverified: z.array(unverifiedMark).default([]),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Topics

export const topic = z
  .object({
    title: text('The topic name in Chinese (检查点).'),
    titleEn: text('The topic name in English (Checkpoint).'),
    aliases: z.array(text('Another name that should find the topic.')).default([]),
    order: z.number().int().describe('Position in topic lists.'),
    readingList: z
      .array(z.object({ talk: talkId, why: text('Why this talk, at this step, in our words.') }).strict())
      .min(1, { error: 'expected a non-empty reading list' })
      .describe('Talks to read in order, each with why.'),
  })
  .strict();

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
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
