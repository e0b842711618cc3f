/**
 * The English edition's rule: every Chinese prose field has its English counterpart, no more and
 * no fewer. Talks, topics and conferences have twin files under content/en/ (lists line up by
 * position); the registries carry `descriptionEn` / `noteEn` beside the Chinese. Each problem
 * names the file and the field that lacks (or has a stray) English.
 */
import type { Content, Entry } from './validate.ts';
import type { CollectionName } from './schema.ts';
import { checkNotesBody, INLINE_MARK, INLINE_MARK_EN, visibleText } from './notes-text.ts';


type Report = (entry: { file: string }, field: string, message: string) => void;

const count = (text: string | undefined, pattern: RegExp) => (text ?? '').match(pattern)?.length ?? 0;
/** Readable text of a body, as the Chinese notes rule reads it: an HTML comment alone is no notes. */
const hasText = (body: string | undefined) => visibleText(body ?? '').length > 0;

/** Pairs each Chinese entry with its English twin; reports the entries on either side that lack one. */
function twins<Zh, En>(
  zh: Entry<Zh>[],
  en: Entry<En>[],
  known: { zh: Set<string>; en: Set<string> },
  twinFile: (id: string) => string,
  needs: (entry: Entry<Zh>) => string,
  report: Report,
): [Entry<Zh>, Entry<En>][] {
  const byId = new Map(en.map((e) => [e.id, e]));
  for (const e of en) {
    if (!known.zh.has(e.id)) report(e, '', `is the English of nothing: no Chinese entry "${e.id}"; expected a twin of an existing entry (or delete this file)`);
  }
  const pairs: [Entry<Zh>, Entry<En>][] = [];
  for (const z of zh) {
    const twin = byId.get(z.id);
    if (twin) pairs.push([z, twin]);
    // A twin that failed its own schema is reported as such, not as missing.
    else if (!known.en.has(z.id)) report(z, 'en', `has no English; expected ${twinFile(z.id)} with ${needs(z)}`);
  }
  return pairs;
}

/** One English value per Chinese value: presence for a single field, the same length for a list. */
function pairField(en: Entry<unknown>, field: string, zhValue: unknown, enValue: unknown, report: Report) {
  if (Array.isArray(zhValue) || Array.isArray(enValue)) {
    const zhLength = (zhValue as unknown[] | undefined)?.length ?? 0;
    const enLength = (enValue as unknown[] | undefined)?.length ?? 0;
    if (zhLength !== enLength) {
      report(en, field, `has ${enLength} English entr${enLength === 1 ? 'y' : 'ies'} but the Chinese has ${zhLength}; expected one English entry per Chinese one, in the same order`);
    }
  } else if (zhValue !== undefined && enValue === undefined) {
    report(en, field, 'is missing; expected the English of the Chinese entry\'s ' + field);
  } else if (zhValue === undefined && enValue !== undefined) {
    report(en, field, 'has no Chinese counterpart; expected no English where the Chinese has none');
  }
}

const HAN = /\p{Script=Han}/u;

/** An English value kept beside a fact that may be written in Chinese: needed where the fact is, refused where it is not. */
function englishBeside(entry: { file: string }, field: string, what: string, fact: string | undefined, english: string | undefined, report: Report) {
  if (fact && HAN.test(fact) && !english) report(entry, field, `is missing; the ${what} "${fact}" is not in Latin letters, so English pages need ours`);
  if (english && !fact) report(entry, field, `is set, but there is no ${what}; expected none`);
  else if (english && !HAN.test(fact!)) report(entry, field, `is set, but the ${what} "${fact}" is already in Latin letters; expected none`);
}

/** A value written in Chinese words (约 40%, 稳定在 1s 左右) needs its English; digits and symbols do not. */
function pairValues(en: Entry<unknown>, field: string, zh: { value: string }[], english: (string | { value: string })[], report: Report) {
  zh.forEach((row, i) => {
    const item = english[i];
    if (item === undefined) return;
    const hasValue = typeof item === 'object';
    if (HAN.test(row.value) && !hasValue) {
      report(en, `${field}.${i}`, `the Chinese value "${row.value}" is in words; expected { claim: …, value: the value in English }`);
    }
    if (!HAN.test(row.value) && hasValue) {
      report(en, `${field}.${i}.value`, `the Chinese value "${row.value}" needs no English (no Chinese words); expected the claim as plain text`);
    }
  });
}

/** The English reasons name the Chinese marks' fields, in order. */
function pairMarks(en: Entry<unknown>, zhMarks: { field: string }[], enMarks: { field: string }[], report: Report) {
  const zhFields = zhMarks.map((m) => m.field).join(', ');
  const enFields = enMarks.map((m) => m.field).join(', ');
  if (zhFields !== enFields) {
    report(en, 'unverified', `names the fields [${enFields}] but the Chinese marks [${zhFields}]; expected one English reason per Chinese mark, same fields, same order`);
  }
}

/** The body: English iff Chinese, the same number of inline unverified marks, and the Chinese notes' checks (marks with reasons, no stuffing, links, images). */
function pairBody(zh: Entry<unknown>, en: Entry<unknown>, report: Report) {
  const zhHas = hasText(zh.body);
  const enHas = hasText(en.body);
  if (zhHas && !enHas) report(en, 'body', 'is empty but the Chinese has notes; expected the notes in English below the frontmatter');
  if (!zhHas && enHas) report(en, 'body', 'has notes but the Chinese has none; expected an empty body');
  const zhMarks = count(zh.body, INLINE_MARK);
  const enMarks = count(en.body, INLINE_MARK_EN);
  if (zhMarks !== enMarks) {
    report(en, 'body', `has ${enMarks} inline "(unverified: why)" mark(s) but the Chinese has ${zhMarks} （待核实：…）; expected each Chinese mark carried over`);
  }
  checkNotesBody(en, 'en', 'body', report);
}

/** `known`: the ids of every file read, valid or not. */
export function checkEnglish(content: Content, report: Report, known: Record<CollectionName, Set<string>>): void {
  const talkNeeds = (e: Content['talks'][number]) => {
    const t = e.data;
    const parts = ['the English title'];
    if (t.summary) parts.push('summary');
    if (t.takeaways.length) parts.push(`${t.takeaways.length} takeaway(s)`);
    if (t.claims.length) parts.push(`${t.claims.length} claim(s)`);
    if (t.qa.length) parts.push(`${t.qa.length} Q&A`);
    if (t.unverified.length) parts.push(`${t.unverified.length} unverified reason(s)`);
    if (hasText(e.body)) parts.push('the notes in its body');
    return parts.join(', ');
  };
  for (const [zh, en] of twins(content.talks, content.talksEn, { zh: known.talks, en: known.talksEn }, (id) => `content/en/talks/${id}.md`, talkNeeds, report)) {
    const t = zh.data;
    const e = en.data;
    pairField(en, 'summary', t.summary, e.summary, report);
    pairField(en, 'takeaways', t.takeaways, e.takeaways, report);
    pairField(en, 'claims', t.claims, e.claims, report);
    pairValues(en, 'claims', t.claims, e.claims, report);
    pairField(en, 'qa', t.qa, e.qa, report);
    pairMarks(en, t.unverified, e.unverified, report);
    pairBody(zh, en, report);
  }
  for (const talk of content.talks) {
    talk.data.appearances.forEach((a, i) => englishBeside(talk, `appearances.${i}.positionEn`, 'position', a.position, a.positionEn, report));
  }

  const topicNeeds = (e: Content['topics'][number]) => `the description in its body and ${e.data.readingList.length} reading-list reason(s)`;
  for (const [zh, en] of twins(content.topics, content.topicsEn, { zh: known.topics, en: known.topicsEn }, (id) => `content/en/topics/${id}.md`, topicNeeds, report)) {
    const zhTalks = zh.data.readingList.map((s) => s.talk).join(', ');
    const enTalks = en.data.readingList.map((s) => s.talk).join(', ');
    if (zhTalks !== enTalks) {
      report(en, 'readingList', `lists [${enTalks}] but the Chinese lists [${zhTalks}]; expected the same talks in the same order, each with its reason in English`);
    }
    pairBody(zh, en, report);
  }

  const conferenceNeeds = (e: Content['conferences'][number]) =>
    `description, ${e.data.themes.length} theme(s), ${e.data.figures.length} figure(s) and ${e.data.unverified.length} unverified reason(s)`;
  for (const [zh, en] of twins(content.conferences, content.conferencesEn, { zh: known.conferences, en: known.conferencesEn }, (id) => `content/en/conferences/${id}.yaml`, conferenceNeeds, report)) {
    pairField(en, 'themes', zh.data.themes, en.data.themes, report);
    pairField(en, 'figures', zh.data.figures, en.data.figures, report);
    pairValues(en, 'figures', zh.data.figures, en.data.figures, report);
    pairMarks(en, zh.data.unverified, en.data.unverified, report);
    // English pages name a conference in English: ours where the official name is Chinese, never a second name for a Latin one.
    for (const field of ['name', 'shortName'] as const) englishBeside(en, field, `official ${field}`, zh.data[field], en.data[field], report);
  }

  const registry = <T extends Record<string, unknown>>(entries: Entry<T>[], field: string, enField: string) => {
    for (const entry of entries) {
      const zhValue = entry.data[field];
      const enValue = entry.data[enField];
      if (zhValue !== undefined && enValue === undefined) report(entry, enField, `[id ${entry.id}] is missing; expected the English of ${field}`);
      if (zhValue === undefined && enValue !== undefined) report(entry, enField, `[id ${entry.id}] has no Chinese ${field} beside it; expected no English where the Chinese has none`);
    }
  };
  registry(content.features, 'description', 'descriptionEn');
  registry(content.glossary, 'note', 'noteEn');
  registry(content.sources, 'description', 'descriptionEn');
}
