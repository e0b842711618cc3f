/** RSS, talks.json and the JSON Schemas: parseable, complete, and talks.json valid against its schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { urls, urlsFor } from '../../src/lib/urls.ts';
import { kb } from '../helpers/corpus.ts';
import { DIST } from '../helpers/dist.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const ajv = () => addFormats(new Ajv2020({ allErrors: true, strict: false }));

describe('feeds and data', () => {
  it('publishes an RSS feed of talks with notes, newest talk first, each dated by its talk', () => {
    const rss = new XMLParser({ ignoreAttributes: false }).parse(read('rss.xml')).rss.channel;
    const items = [rss.item].flat();
    expect(items).toHaveLength(kb.talks.filter((t) => t.data.notes !== 'none').length);
    expect(items[0].link).toMatch(/\/talks\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
    const dates = items.map((i: { pubDate: string }) => Date.parse(i.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    // Each item's date is its talk's day, or its conference's first day: not when notes were added.
    for (const item of items as { link: string; pubDate: string }[]) {
      const talk = kb.talks.find((t) => item.link.endsWith(urls.talk(t.id)))!;
      expect(new Date(item.pubDate).toISOString().slice(0, 10), talk.id).toBe(talk.data.day ?? talk.conference.data.start);
    }
    expect(new Set(dates).size).toBeGreaterThan(5);
    expect(rss.lastBuildDate).toBeTruthy();
    expect(rss['atom:link']['@_rel']).toBe('self');
    expect(rss['atom:link']['@_href']).toMatch(/\/rss\.xml$/);
  });

  it('publishes talks.json with every talk, valid against the schema generated from the talk model', () => {
    const talks = JSON.parse(read('talks.json'));
    expect(talks.map((t: { id: string }) => t.id).sort()).toEqual(kb.talks.map((t) => t.id).sort());
    expect(talks[0].url).toBe(urls.talk(talks[0].id));
    // Ids come with the names a reader knows.
    const withSpeakers = talks.find((t: { appearances: unknown[] }) => t.appearances.length > 0);
    expect(withSpeakers.speakerNames[0].name).toBe(kb.speaker(withSpeakers.appearances[0].speaker)!.data.name);
    const validate = ajv().compile(JSON.parse(read('schemas/talks-json.schema.json')));
    expect(validate(talks) ? [] : validate.errors).toEqual([]);
  });

  it('rejects a talks.json entry that breaks the schema (the check can fail)', () => {
    const validate = ajv().compile(JSON.parse(read('schemas/talks-json.schema.json')));
    const [first] = JSON.parse(read('talks.json'));
    expect(validate([{ ...first, kind: 'lecture' }])).toBe(false);
    expect(validate([{ ...first, day: '2020-13-45' }])).toBe(false);
  });

  it('publishes a frontmatter schema an editor can validate a talk file with', () => {
    const validate = ajv().compile(JSON.parse(read('schemas/talk.schema.json')));
    const { id: _id, url: _url, urlEn: _urlEn, en, speakerNames: _s, companyNames: _c, ...frontmatter } = JSON.parse(read('talks.json'))[0];
    expect(validate(frontmatter) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...frontmatter, topics: [] })).toBe(false);
    // The English twin's frontmatter validates against its own schema.
    const validateEn = ajv().compile(JSON.parse(read('schemas/talk-en.schema.json')));
    expect(validateEn(en) ? [] : validateEn.errors).toEqual([]);
    expect(validateEn({ ...en, title: undefined })).toBe(false);
  });

  it('publishes talks.json with every talk\'s English beside its Chinese', () => {
    const talks = JSON.parse(read('talks.json')) as { id: string; urlEn: string; summary?: string; en: { title: string; summary?: string; takeaways: string[] }; takeaways: string[] }[];
    for (const talk of talks) {
      expect(talk.en.title, talk.id).toBeTruthy();
      expect(talk.urlEn).toBe(urlsFor('en').talk(talk.id));
      expect(Boolean(talk.en.summary), talk.id).toBe(Boolean(talk.summary));
      expect(talk.en.takeaways.length, talk.id).toBe(talk.takeaways.length);
    }
  });

  it('publishes an English RSS feed at /en/rss.xml, its items linking to English pages', () => {
    const feed = read('en/rss.xml');
    expect(feed).toContain('<language>en</language>');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname).slice(1);
    expect(links.length).toBe(kb.talks.filter((t) => t.data.notes !== 'none').length);
    for (const link of links) expect(link).toMatch(/^\/en\/talks\//);
    const first = kb.talks.filter((t) => t.data.notes !== 'none').sort((a, b) => b.sortKey - a.sortKey)[0];
    const items = new XMLParser().parse(feed).rss.channel.item as { title: string }[];
    expect(String(items[0].title)).toBe(kb.en.talk(first.id)!.data.title);
  });

  it('lists every page in the sitemap', () => {
    const sitemap = read('sitemap-0.xml');
    for (const talk of kb.talks.slice(0, 10)) expect(sitemap).toContain(urls.talk(talk.id));
  });
});
