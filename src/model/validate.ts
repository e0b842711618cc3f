/**
 * The whole-content check: every entry against its schema, then what no single schema can see
 * (unique ids, cross-references, tracks, dates, reading lists, notes). Each problem names the
 * file, the field and what was expected. The build stops on any problem (src/integrations/ffa-kb.ts).
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type Conference, type Talk, type Topic } from './schema.ts';
import type { Problem, RawContent, RawEntry } from './read-content.ts';
import { idsAt, referenceFields } from './references.ts';
import { checkEnglish } from './english.ts';
import { checkNotesBody, notesLength, visibleText } from './notes-text.ts';
import { MARK_FIELDS, isMarkField } from '../lib/mark-label.ts';

export type { Problem };

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
  bodyLine?: number;
}

/** Content that passed its schemas, with defaults applied. */
export type Content = {
  [K in CollectionName]: Entry<z.output<(typeof COLLECTIONS)[K]['schema']>>[];
};

export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.field ? ` → ${problem.field}` : ''}: ${problem.message}`;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Levenshtein distance, for "did you mean" hints on unknown ids. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

const SINGULAR: Record<CollectionName, string> = {
  conferences: 'conference',
  talks: 'talk',
  topics: 'topic',
  companies: 'company',
  speakers: 'speaker',
  features: 'feature',
  glossary: 'glossary term',
  sources: 'source',
  talksEn: 'English talk',
  topicsEn: 'English topic',
  conferencesEn: 'English conference',
};

const WHERE: Record<CollectionName, string> = {
  conferences: 'content/conferences/',
  talks: 'content/talks/',
  topics: 'content/topics/',
  companies: 'content/companies.yaml',
  speakers: 'content/speakers.yaml',
  features: 'content/features.yaml',
  glossary: 'content/glossary.yaml',
  sources: 'content/sources.yaml',
  talksEn: 'content/en/talks/',
  topicsEn: 'content/en/topics/',
  conferencesEn: 'content/en/conferences/',
};

/** Reads a dotted path (`appearances.0.company`) out of an entry's data. */
export function getPath(data: unknown, path: string): unknown {
  // Own properties only: `constructor` or `toString` name no field of an entry.
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value != null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** Below this many letters and digits, a body without takeaways, claims or Q&A holds no notes. */
export const MIN_NOTES_CHARS = 100;
/**
 * From this many letters and digits of notes, takeaways and Q&A (notesLength), a talk's notes are
 * "full" (详细笔记, detailed); below, "brief". One line for every talk, so the badge means the same
 * on each page: the labels were once chosen by hand and a 190-character note was "full" beside a
 * 970-character "brief" one.
 */
export const FULL_NOTES_CHARS = 800;

export function validateContent(raw: RawContent): { problems: Problem[]; content: Content } {
  const problems: Problem[] = [...raw.problems];
  const report = (entry: { file: string }, field: string, message: string) => problems.push({ file: entry.file, field, message });
  const content = {} as Record<CollectionName, Entry<unknown>[]>;

  // 1. Schemas, and ids unique within each collection.
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const schema = COLLECTIONS[name].schema as z.ZodType;
    const seen = new Map<string, RawEntry>();
    content[name] = [];
    for (const entry of raw[name] ?? []) {
      const prefix = COLLECTIONS[name].shape === 'list' ? `[id ${entry.id}] ` : '';
      const first = seen.get(entry.id);
      if (first) {
        report(entry, 'id', `${prefix}duplicate ${name} id "${entry.id}", already used in ${first.file}; expected every id to be unique`);
        continue;
      }
      seen.set(entry.id, entry);
      const parsed = schema.safeParse(entry.data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) report(entry, pathOf(issue.path), prefix + issue.message);
        continue;
      }
      content[name].push({ id: entry.id, file: entry.file, data: parsed.data, body: entry.body, bodyLine: entry.bodyLine });
    }
  }
  const valid = content as Content;

  // 2. Cross-references: every field registered with ref() in the schema, for every entry.
  const ids = Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [
      name,
      new Set([...(raw[name]?.map((e) => e.id) ?? []), ...raw.unreadable.filter((u) => u.collection === name).map((u) => u.id)]),
    ]),
  ) as Record<CollectionName, Set<string>>;
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const fields = referenceFields(COLLECTIONS[name].schema as z.ZodType);
    for (const entry of content[name]) {
      const prefix = COLLECTIONS[name].shape === 'list' ? `[id ${entry.id}] ` : '';
      for (const { path, target } of fields) {
        for (const { field, id } of idsAt(entry.data, path)) {
          if (ids[target].has(id)) continue;
          const hint = closest(id, ids[target]);
          report(entry, field, `${prefix}unknown ${SINGULAR[target]} "${id}"; expected an id from ${WHERE[target]}${hint ? ` (did you mean "${hint}"?)` : ''}`);
        }
      }
    }
  }

  const conferences = new Map(valid.conferences.map((c) => [c.id, c.data as Conference]));

  for (const entry of valid.conferences) {
    const c = entry.data;
    if (c.start > c.end) report(entry, 'end', `ends ${c.end} before it starts ${c.start}; expected end on or after start`);
    const trackIds = new Set(c.tracks.map((t) => t.id));
    c.tracks.forEach((t, i) => {
      if (c.tracks.findIndex((o) => o.id === t.id) !== i) report(entry, `tracks.${i}.id`, `duplicate track id "${t.id}"`);
    });
    c.themes.forEach((t, i) => {
      if (t.track && !trackIds.has(t.track)) report(entry, `themes.${i}.track`, `unknown track "${t.track}"; expected one of: ${[...trackIds].join(', ')}`);
    });
    checkUnverified(entry, c.unverified, report);
  }

  for (const entry of valid.talks) {
    const t = entry.data as Talk;
    const folder = entry.id.split('/')[0];
    if (t.conference !== folder) {
      report(entry, 'conference', `is "${t.conference}" but the file lives in content/talks/${folder}/; expected "${folder}"`);
    }
    const conference = conferences.get(t.conference);
    if (conference) {
      const trackIds = conference.tracks.map((tr) => tr.id);
      if (t.track && !trackIds.includes(t.track)) {
        report(entry, 'track', `"${t.track}" is not a track of ${t.conference}; expected one of: ${trackIds.join(', ')}`);
      }
      if (t.day && (t.day < conference.start || t.day > conference.end)) {
        report(entry, 'day', `${t.day} is outside ${t.conference} (${conference.start} to ${conference.end}); expected a day within the conference`);
      }
    }
    t.altTitles.forEach((a, i) => {
      if (comparable(a.title) === comparable(t.title)) {
        report(entry, `altTitles.${i}.title`, 'differs from the title only in spacing or punctuation; expected a title that reads differently, or none');
      }
    });
    t.qa.forEach((qa, i) => {
      const marked = t.unverified.some((m) => m.field === `qa.${i}.answeredBy`);
      if (qa.answeredBy && !qa.answeredBySource && !marked) {
        report(
          entry,
          `qa.${i}.answeredBy`,
          'names who answered, but no source is given for that; expected answeredBySource (a source that names the answerer), an unverified mark on this very field, or no answeredBy',
        );
      }
    });
    for (const field of ['topics', 'features', 'companies'] as const) {
      const list: string[] = t[field];
      list.forEach((id, i) => {
        if (list.indexOf(id) !== i) report(entry, `${field}.${i}`, `"${id}" is listed twice`);
      });
    }
    // An HTML comment or bare markup is not notes: only readable text counts.
    const hasBody = visibleText(entry.body ?? '').length > 0;
    if (t.notes !== 'none' && !hasBody) {
      report(entry, 'notes', `is "${t.notes}" but the file has no notes below the frontmatter; expected notes in the body, or notes: none`);
    }
    if (t.notes === 'none' && hasBody) {
      report(entry, 'notes', 'is "none" but the file has notes below the frontmatter; expected "brief" or "full"');
    }
    const structured = t.takeaways.length + t.claims.length + t.qa.length;
    if (t.notes !== 'none' && hasBody && structured === 0 && visibleText(entry.body!).length < MIN_NOTES_CHARS) {
      report(
        entry,
        'notes',
        `is "${t.notes}" but the page holds no takeaway, claim or Q&A and under ${MIN_NOTES_CHARS} characters of notes; expected notes of substance, or notes: none with an empty body`,
      );
    }
    if (t.notes !== 'none' && hasBody) {
      const length = notesLength(entry.body!, t);
      const expected = length >= FULL_NOTES_CHARS ? 'full' : 'brief';
      if (t.notes !== expected) {
        report(entry, 'notes', `is "${t.notes}" but the notes, takeaways and Q&A hold ${length} letters and digits; "full" means ${FULL_NOTES_CHARS} or more, "brief" fewer: expected "${expected}"`);
      }
    }
    checkNotesBody(entry, 'zh', 'notes', report);
    checkUnverified(entry, t.unverified, report);
  }

  // The same talk filed twice (a copy in a second conference) is refused unless it says so.
  const byTitle = new Map<string, Entry<Talk>>();
  for (const entry of valid.talks as Entry<Talk>[]) {
    for (const title of [entry.data.title, ...entry.data.altTitles.map((a) => a.title)]) {
      const key = comparable(title);
      const other = byTitle.get(key);
      if (!other || other.id === entry.id) {
        byTitle.set(key, entry);
        continue;
      }
      if (entry.data.sameAs !== other.id && other.data.sameAs !== entry.id) {
        report(entry, 'title', `"${title}" is also the title of ${other.file}; expected a different title, or sameAs: ${other.id} if it is the same talk given again`);
      }
    }
  }

  const talks = new Map(valid.talks.map((t) => [t.id, t.data as Talk]));
  for (const entry of valid.topics) {
    const topic = entry.data as Topic;
    if (!(entry.body ?? '').trim()) report(entry, 'body', 'has no description; expected a short description below the frontmatter');
    topic.readingList.forEach((step, i) => {
      const talk = talks.get(step.talk);
      if (talk && !talk.topics.includes(entry.id)) {
        report(entry, `readingList.${i}.talk`, `"${step.talk}" is not tagged with topic "${entry.id}"; expected every talk on the reading list to carry the topic`);
      }
      if (topic.readingList.findIndex((s) => s.talk === step.talk) !== i) report(entry, `readingList.${i}.talk`, `"${step.talk}" is listed twice`);
    });
  }

  const glossaryForms = new Map<string, string>();
  for (const entry of valid.glossary) {
    for (const form of [entry.data.zh, entry.data.en, ...entry.data.aliases]) {
      const key = form.toLowerCase();
      const owner = glossaryForms.get(key);
      if (owner && owner !== entry.id) report(entry, 'aliases', `[id ${entry.id}] "${form}" also belongs to glossary term "${owner}"; expected each form to name one term`);
      glossaryForms.set(key, entry.id);
    }
  }

  // Ids of every file read, valid or not: an English twin of a Chinese file that failed its schema is no orphan.
  checkEnglish(valid, report, ids);

  return { problems, content: valid };
}

/** A title with spacing, punctuation and case removed: two titles that match here read the same. */
export function comparable(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function checkUnverified(
  entry: Entry<unknown>,
  marks: { field: string }[],
  report: (entry: { file: string }, field: string, message: string) => void,
) {
  marks.forEach((mark, i) => {
    if (getPath(entry.data, mark.field) === undefined) {
      report(entry, `unverified.${i}.field`, `"${mark.field}" names no field of this entry; expected the dotted path of a field it has`);
    } else if (!isMarkField(mark.field)) {
      // The page names the field in words (src/lib/mark-label.ts), never by its path.
      report(entry, `unverified.${i}.field`, `"${mark.field}" is a field the page has no words for; expected one of ${MARK_FIELDS.join(', ')} (with positions, e.g. appearances.0.company)`);
    }
  });
}
