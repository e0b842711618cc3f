/**
 * The knowledge base as pages need it: validated content plus the indexes derived from it
 * (talks by conference, topic, company, speaker, feature, glossary term and source; related
 * talks; reading lists; agendas). Pure: built once per build from plain entries.
 */
import type { Content, Entry } from '../model/validate.ts';
import type { Appearance, Company, Conference, ConferenceEn, Feature, GlossaryTerm, Source, Speaker, Talk, TalkEn, Topic, TopicEn } from '../model/schema.ts';
import { glossaryMatcher } from './glossary-match.ts';
import { countBy, groupBy, unique } from './group.ts';
import { relatedIndex, relatedTalks, type Related } from './related.ts';
import { compareTalks, sortDay, sortKey } from './talk-order.ts';

export interface TalkView extends Entry<Talk> {
  conference: Entry<Conference>;
  /** The edition year (FFA 2021 is 2021, though held in January 2022). */
  year: number;
  /** Companies that gave the talk: speakers' and hosts' companies at the time, then the companies it presents. */
  companies: string[];
  /** Companies whose staff explained the talk (讲解嘉宾 of the 2020 Chinese edition) without giving it. */
  explainedBy: string[];
  speakers: string[];
  /** Glossary terms the talk's text uses. */
  terms: string[];
  sortDay: string;
  sortKey: number;
}

export interface AgendaDay {
  day?: string;
  session?: Talk['session'];
  tracks: { track?: Conference['tracks'][number]; talks: TalkView[] }[];
}

export interface Neighbours<T> {
  prev?: T;
  next?: T;
  index: number;
  total: number;
}

export interface ReadingStep {
  talk: TalkView;
  why: string;
}

export interface CoverageRow {
  conference: Entry<Conference>;
  talks: number;
  withNotes: number;
  /** Talks whose notes cite a published write-up of the talk. */
  withWriteup: number;
  withVideo: number;
  withSlides: number;
}

/** All the text of a talk a reader can search or a glossary term can appear in. */
export function talkText(talk: Entry<Talk>): string {
  const t = talk.data;
  return [
    t.title,
    ...t.altTitles.map((a) => a.title),
    t.summary ?? '',
    ...t.takeaways,
    ...t.claims.map((c) => `${c.claim} ${c.value}`),
    ...t.qa.flatMap((qa) => [qa.q, qa.a]),
    talk.body ?? '',
  ].join('\n');
}

/** Text without the 《titles》 of other talks it cites: a citation does not make a talk use a term. */
export function withoutCitedTitles(text: string): string {
  return text.replace(/《[^》]*》/g, '');
}

/** The companies that gave a talk. An explainer presents another speaker's talk: their company did not give it. */
export function talkCompanies(talk: Talk): string[] {
  return unique([...talk.appearances.flatMap((a) => (a.company && a.role !== 'explainer' ? [a.company] : [])), ...talk.companies]);
}

/** Companies whose staff explained the talk, and did not also give it. */
export function explainerCompanies(talk: Talk): string[] {
  const given = new Set(talkCompanies(talk));
  return unique(talk.appearances.flatMap((a) => (a.company && a.role === 'explainer' && !given.has(a.company) ? [a.company] : [])));
}

export function neighbours<T>(list: readonly T[], item: T): Neighbours<T> {
  const index = list.indexOf(item);
  return { prev: index > 0 ? list[index - 1] : undefined, next: index >= 0 ? list[index + 1] : undefined, index, total: list.length };
}

const byName = (locale = 'zh-CN') => (a: { data: { name: string } }, b: { data: { name: string } }) =>
  a.data.name.localeCompare(b.data.name, locale);

export function buildKb(content: Content) {
  const conferences = [...content.conferences].sort((a, b) => a.data.start.localeCompare(b.data.start));
  const conferenceById = new Map(conferences.map((c) => [c.id, c]));
  const matcher = glossaryMatcher(content.glossary);
  // A talk carries a glossary term only when its own text uses it. Tag names (features, topics,
  // companies) are not the talk's words: a loose feature alias would spread the term to every talk
  // that carries the feature.
  const talks: TalkView[] = content.talks
    .map((entry) => {
      const conference = conferenceById.get(entry.data.conference)!;
      return {
        ...entry,
        conference,
        year: conference.data.year,
        companies: talkCompanies(entry.data),
        explainedBy: explainerCompanies(entry.data),
        speakers: unique(entry.data.appearances.map((a) => a.speaker)),
        terms: matcher.termsIn(withoutCitedTitles(talkText(entry))),
        sortDay: sortDay(entry.data, conference.data),
        sortKey: sortKey(entry.data, conference.data),
      };
    })
    .sort((a, b) => compareTalks({ talk: a.data, conference: a.conference.data, id: a.id }, { talk: b.data, conference: b.conference.data, id: b.id }));
  const talkById = new Map(talks.map((t) => [t.id, t]));

  const topics = [...content.topics].sort((a, b) => a.data.order - b.data.order);
  const companies = [...content.companies].sort(byName());
  const speakers = [...content.speakers].sort(byName());
  const features = [...content.features].sort(byName('en'));
  const glossary = [...content.glossary].sort((a, b) => a.data.en.localeCompare(b.data.en, 'en'));
  // In number order, as readers look them up: s2 before s10.
  const sources = [...content.sources].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  const talksBy = {
    conference: groupBy(talks, (t) => [t.data.conference]),
    topic: groupBy(talks, (t) => t.data.topics),
    company: groupBy(talks, (t) => t.companies),
    explainedBy: groupBy(talks, (t) => t.explainedBy),
    speaker: groupBy(talks, (t) => t.speakers),
    feature: groupBy(talks, (t) => t.data.features),
    term: groupBy(talks, (t) => t.terms),
    source: groupBy(talks, (t) => t.data.sources),
  };
  const positionInConference = new Map([...talksBy.conference.values()].flatMap((list) => list.map((t, i) => [t.id, i] as const)));
  const lookup = <T>(entries: Entry<T>[]) => {
    const map = new Map(entries.map((e) => [e.id, e]));
    return (id: string) => map.get(id);
  };

  const tagged = talks.map((t) => ({ id: t.id, features: t.data.features, companies: t.companies, speakers: t.speakers, topics: t.data.topics, year: t.year }));
  const taggedById = new Map(tagged.map((t) => [t.id, t]));
  const byTag = relatedIndex(tagged);
  const relatedCache = new Map<string, Related[]>();

  const readingLists = new Map(
    topics.map((topic) => [topic.id, topic.data.readingList.map((step) => ({ talk: talkById.get(step.talk)!, why: step.why }))]),
  );

  const kb = {
    talks,
    conferences,
    topics,
    companies,
    speakers,
    features,
    glossary,
    sources,
    talk: (id: string) => talkById.get(id),
    conference: (id: string) => conferenceById.get(id),
    topic: lookup<Topic>(topics),
    company: lookup<Company>(companies),
    speaker: lookup<Speaker>(speakers),
    feature: lookup<Feature>(features),
    term: lookup<GlossaryTerm>(glossary),
    source: lookup<Source>(sources),
    talksOf: (kind: keyof typeof talksBy, id: string): TalkView[] => talksBy[kind].get(id) ?? [],
    /** The English twins; the content check guarantees one for every talk, topic and conference. */
    en: {
      talk: lookup<TalkEn>(content.talksEn ?? []),
      topic: lookup<TopicEn>(content.topicsEn ?? []),
      conference: lookup<ConferenceEn>(content.conferencesEn ?? []),
    },

    related(id: string): { talk: TalkView; score: number; reasons: Related['reasons'] }[] {
      if (!relatedCache.has(id)) relatedCache.set(id, relatedTalks(taggedById.get(id)!, byTag));
      return relatedCache.get(id)!.map((r) => ({ ...r, talk: talkById.get(r.id)! }));
    },

    /** Companies whose talks discuss a feature, most talks first. */
    featureUsers: (featureId: string) => countBy(kb.talksOf('feature', featureId).flatMap((t) => t.companies)),

    /** A speaker's appearances in time order, with the company and title they had then. */
    appearancesOf: (speakerId: string): { talk: TalkView; appearance: Appearance }[] =>
      kb.talksOf('speaker', speakerId).flatMap((talk) =>
        talk.data.appearances.filter((a) => a.speaker === speakerId).map((appearance) => ({ talk, appearance })),
      ),

    /** The conference's talks by day (unknown last) and, within a day, by track as listed. */
    agenda(conferenceId: string): AgendaDay[] {
      const conference = conferenceById.get(conferenceId)!;
      const days = groupBy(kb.talksOf('conference', conferenceId), (t) => [`${t.data.day ?? ''}|${t.data.session ?? ''}`]);
      return [...days].map(([key, dayTalks]) => {
        const [day, session] = key.split('|');
        const byTrack = groupBy(dayTalks, (t) => [t.data.track]);
        return {
          day: day || undefined,
          session: (session || undefined) as Talk['session'],
          tracks: [...byTrack]
            .map(([trackId, trackTalks]) => ({ track: conference.data.tracks.find((tr) => tr.id === trackId), talks: trackTalks }))
            .sort((a, b) => rank(a.track) - rank(b.track)),
        };
      });
      function rank(track?: { id: string }) {
        const index = track ? conference.data.tracks.findIndex((t) => t.id === track.id) : -1;
        return index < 0 ? Number.MAX_SAFE_INTEGER : index;
      }
    },

    readingList: (topicId: string): ReadingStep[] => readingLists.get(topicId) ?? [],

    /** Talks on a topic that are not on its reading list, by edition year, 2019 first. */
    timeline(topicId: string): { year: number; talks: TalkView[] }[] {
      const listed = new Set(kb.readingList(topicId).map((s) => s.talk.id));
      const others = kb.talksOf('topic', topicId).filter((t) => !listed.has(t.id));
      return [...groupBy(others, (t) => [t.year])].sort((a, b) => a[0] - b[0]).map(([year, yearTalks]) => ({ year, talks: yearTalks }));
    },

    /** The reading lists a talk is on, with its neighbours on each. */
    readingListsOf: (talkId: string) =>
      topics.flatMap((topic) => {
        const steps = kb.readingList(topic.id);
        const step = steps.find((s) => s.talk.id === talkId);
        return step ? [{ topic, ...neighbours(steps, step) }] : [];
      }),

    /** Previous and next talk in the conference's agenda order. */
    conferenceNeighbours(talk: TalkView): Neighbours<TalkView> {
      const list = kb.talksOf('conference', talk.data.conference);
      const index = positionInConference.get(talk.id)!;
      return { prev: list[index - 1], next: list[index + 1], index, total: list.length };
    },

    coverage: (): CoverageRow[] =>
      conferences.map((conference) => {
        const list = kb.talksOf('conference', conference.id);
        const has = (kind: string) => list.filter((t) => t.data.links.some((l) => l.kind === kind)).length;
        return {
          conference,
          talks: list.length,
          withNotes: list.filter((t) => t.data.notes !== 'none').length,
          withWriteup: list.filter((t) => t.data.notes !== 'none' && t.data.sources.some((id) => sourceById.get(id)?.data.writeup)).length,
          withVideo: has('video'),
          withSlides: has('slides'),
        };
      }),

    /** Talks by `added` date, newest first; ties keep agenda order. Never the build time. */
    recentlyAdded: (limit: number) =>
      talks
        .filter((t) => t.data.notes !== 'none')
        .map((t, i) => ({ t, i }))
        // Same day: the newest talks first (talks are in program order, oldest conference first).
        .sort((a, b) => b.t.data.added.localeCompare(a.t.data.added) || b.i - a.i)
        .slice(0, limit)
        .map(({ t }) => t),
  };
  return kb;
}

export type Kb = ReturnType<typeof buildKb>;
