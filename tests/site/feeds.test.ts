/** RSS, talks.json and the JSON Schemas: parseable, complete, and talks.json valid against its schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/lib/urls.ts';
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
    const { id: _id, url: _url, speakerNames: _s, companyNames: _c, ...frontmatter } = JSON.parse(read('talks.json'))[0];
    expect(validate(frontmatter) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...frontmatter, topics: [] })).toBe(false);
  });

  it('lists every page in the sitemap', () => {
    const sitemap = read('sitemap-0.xml');
    for (const talk of kb.talks.slice(0, 10)) expect(sitemap).toContain(urls.talk(talk.id));
  });
});
