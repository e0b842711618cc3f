/**
 * Bad content is refused with its file and field named: one broken copy of the fixture per
 * refusal class. The valid fixture itself must pass, so each refusal is caused by its one edit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_NOTES_CHARS, formatProblem } from '../../src/model/validate.ts';
import { chineseProblemsOf, copyFixture, edit, problemsOf } from '../helpers/fixture.ts';

const TALK = 'talks/conf-a/unaligned.md';

/** Breaks the fixture with `edit`, and returns the problems as the build would print them. */
function refuse(file: string, from: string | RegExp, to: string) {
  const dir = copyFixture();
  edit(dir, file, from, to);
  return problemsOf(dir).map(formatProblem);
}

describe('content validation', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(copyFixture())).toEqual([]);
  });

  it('refuses a missing field, naming file and field', () => {
    expect(refuse(TALK, /^kind: talk\n/m, '')).toEqual([expect.stringMatching(/^content\/talks\/conf-a\/unaligned\.md → kind: /)]);
  });

  it('refuses a mistyped field value', () => {
    const [problem] = refuse(TALK, 'kind: talk', 'kind: lecture');
    expect(problem).toMatch(/unaligned\.md → kind: .*"keynote".*"talk".*"panel"/);
  });

  it('refuses a misspelled field name', () => {
    const [problem] = refuse(TALK, 'summary:', 'sumary:');
    expect(problem).toMatch(/unaligned\.md.*sumary/);
  });

  it('refuses an unknown topic and suggests the right id', () => {
    expect(refuse(TALK, 'topics: [checkpoint]', 'topics: [chekpoint]')).toContainEqual(
      'content/talks/conf-a/unaligned.md → topics.0: unknown topic "chekpoint"; expected an id from content/topics/ (did you mean "checkpoint"?)',
    );
  });

  it.each([
    ['company', 'company: acme', 'company: acne', 'appearances.0.company'],
    ['speaker', 'speaker: zhang-san', 'speaker: li-si', 'appearances.0.speaker'],
    ['feature', 'features: [unaligned-checkpoint]', 'features: [aligned-checkpoint]', 'features.0'],
    ['source', 'sources: [notes]', 'sources: [notes, blog]', 'sources.1'],
    ['conference', 'conference: conf-a', 'conference: conf-b', 'conference'],
  ])('refuses an unknown %s reference', (kind, from, to, field) => {
    const problems = refuse(TALK, from, to);
    expect(problems).toContainEqual(expect.stringContaining(`unaligned.md → ${field}: unknown ${kind}`));
  });

  it('refuses an unknown talk on a reading list', () => {
    const dir = copyFixture();
    edit(dir, 'topics/checkpoint.md', 'talk: conf-a/unaligned', 'talk: conf-a/aligned');
    expect(chineseProblemsOf(dir).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/topics\/checkpoint\.md → readingList\.0\.talk: unknown talk "conf-a\/aligned"/),
    ]);
  });

  it('refuses a duplicate id', () => {
    const dir = copyFixture();
    edit(dir, 'companies.yaml', /$/, '\n- id: acme\n  name: 另一个艾克米\n');
    expect(problemsOf(dir).map(formatProblem)).toEqual([expect.stringMatching(/^content\/companies\.yaml → id: \[id acme\] duplicate companies id "acme"/)]);
  });

  it('refuses a talk whose .md and .mdx files share an id', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'talks/conf-a/unaligned.mdx'), '---\ntitle: x\n---\n');
    expect(problemsOf(dir).map(formatProblem)).toContainEqual(expect.stringContaining('duplicate talks id "conf-a/unaligned"'));
  });

  it('refuses a track its conference does not list', () => {
    const [problem] = refuse(TALK, 'track: core', 'track: ai');
    expect(problem).toBe('content/talks/conf-a/unaligned.md → track: "ai" is not a track of conf-a; expected one of: core, platform');
  });

  it('refuses a day outside its conference', () => {
    const [problem] = refuse(TALK, 'day: 2020-12-13', 'day: 2020-12-20');
    expect(problem).toMatch(/unaligned\.md → day: 2020-12-20 is outside conf-a \(2020-12-13 to 2020-12-14\)/);
  });

  it('refuses a malformed URL', () => {
    const problems = refuse(TALK, 'sources: [notes]', 'links:\n  - kind: video\n    url: www.bilibili.com/video/BV1\nsources: [notes]');
    expect(problems).toEqual([expect.stringMatching(/unaligned\.md → links\.0\.url: expected an absolute http\(s\) URL/)]);
  });

  it('refuses an empty reading list', () => {
    const [problem] = refuse('topics/checkpoint.md', /readingList:\n(.*\n){2}/, 'readingList: []\n');
    expect(problem).toBe('content/topics/checkpoint.md → readingList: expected a non-empty reading list');
  });

  it('refuses a reading-list talk that does not carry the topic', () => {
    const dir = copyFixture();
    edit(dir, 'topics/checkpoint.md', '    why: 先读这篇。', '    why: 先读这篇。\n  - talk: conf-a/platform\n    why: 再读这篇。');
    edit(dir, 'en/topics/checkpoint.md', '    why: Read this first.', '    why: Read this first.\n  - talk: conf-a/platform\n    why: Then this one.');
    edit(dir, 'talks/conf-a/platform.md', 'topics: [checkpoint]', 'topics: [checkpoint]\nfeatures: []');
    expect(problemsOf(dir)).toEqual([]);
    edit(dir, 'talks/conf-a/platform.md', 'topics: [checkpoint]', 'topics: [platform]');
    expect(problemsOf(dir).map(formatProblem)).toContainEqual(expect.stringContaining('readingList.1.talk: "conf-a/platform" is not tagged with topic "checkpoint"'));
  });

  it('refuses notes marked brief but empty', () => {
    const [problem] = refuse(TALK, /---\n\n反压时.*\n$/, '---\n');
    expect(problem).toMatch(/^content\/talks\/conf-a\/unaligned\.md → notes: is "brief" but the file has no notes/);
  });

  it('labels notes full or brief by how much they say (FULL_NOTES_CHARS), naming file, field and the label expected', () => {
    const dir = copyFixture();
    const long = `\n${'反压下对齐等待过长，Checkpoint 超时。'.repeat(40)}\n`;
    edit(dir, TALK, /\n反压时.*\n$/, long);
    expect(chineseProblemsOf(dir).map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^content/talks/conf-a/unaligned\\.md → notes: is "brief" but the notes, takeaways and Q&A hold \\d+ letters and digits; "full" means ${FULL_NOTES_CHARS} or more, "brief" fewer: expected "full"$`)),
    ]);
    edit(dir, TALK, 'notes: brief', 'notes: full');
    expect(chineseProblemsOf(dir)).toEqual([]);
    edit(dir, TALK, long, '\n反压时对齐等待过长，改用不对齐的 Checkpoint。\n');
    expect(chineseProblemsOf(dir).map(formatProblem)).toEqual([expect.stringMatching(/unaligned\.md → notes: is "full" but .* expected "brief"$/)]);
  });

  it('refuses notes marked none with a body', () => {
    const [problem] = refuse('talks/conf-a/platform.md', /---\n$/, '---\n\n有笔记。\n');
    expect(problem).toMatch(/platform\.md → notes: is "none" but the file has notes/);
  });

  it('refuses an unverified mark on a field the entry does not have', () => {
    const [problem] = refuse(TALK, 'added: 2026-11-23', "added: 2026-11-23\nunverified:\n  - field: session\n    why: 不确定。");
    expect(problem).toMatch(/unaligned\.md → unverified\.0\.field: "session" names no field/);
  });

  it('refuses an unverified mark on a field the page has no words for', () => {
    const [problem] = refuse(TALK, 'added: 2026-11-23', "added: 2026-11-23\nunverified:\n  - field: added\n    why: 不确定。");
    expect(problem).toMatch(/unaligned\.md → unverified\.0\.field: "added" is a field the page has no words for; expected one of title, /);
  });

  describe('statements without their source', () => {
    const QA = 'qa:\n  - q: 为什么不对齐？\n    a: 反压时对齐太慢。\n    answeredBy: zhang-san\n    source: notes\n  - q: 何时用？\n    a: 反压严重时。\n    answeredBy: zhang-san\n    source: notes\n';

    it('refuses an answeredBy that neither a source nor an unverified mark covers, per answer', () => {
      const dir = copyFixture();
      edit(dir, TALK, 'notes: brief', `${QA}notes: brief`);
      edit(dir, `en/${TALK}`, 'takeaways:', 'qa:\n  - q: Why unaligned?\n    a: Alignment is too slow under backpressure.\n  - q: When?\n    a: Under heavy backpressure.\ntakeaways:');
      expect(problemsOf(dir).map(formatProblem)).toEqual([
        expect.stringMatching(/^content\/talks\/conf-a\/unaligned\.md → qa\.0\.answeredBy: names who answered, but no source/),
        expect.stringMatching(/unaligned\.md → qa\.1\.answeredBy: names who answered/),
      ]);
      // A mark on qa.0 covers qa.0 only; a source that names the answerer covers qa.1.
      edit(dir, TALK, 'added: 2026-11-23', 'added: 2026-11-23\nunverified:\n  - field: qa.0.answeredBy\n    why: 来源没写谁回答，按唯一讲者记录。');
      edit(dir, `en/${TALK}`, 'takeaways:', 'unverified:\n  - field: qa.0.answeredBy\n    why: The source does not say who answered; recorded as the only speaker.\ntakeaways:');
      expect(problemsOf(dir).map(formatProblem)).toEqual([expect.stringContaining('unaligned.md → qa.1.answeredBy: names who answered')]);
      edit(dir, TALK, /(answeredBy: zhang-san\n    source: notes\nnotes)/, 'answeredBy: zhang-san\n    answeredBySource: notes\n    source: notes\nnotes');
      expect(problemsOf(dir)).toEqual([]);
    });

    it('refuses notes marked brief or full that hold no content', () => {
      const dir = copyFixture();
      edit(dir, TALK, /takeaways:\n.*\n/, '');
      edit(dir, `en/${TALK}`, /takeaways:\n.*\n/, '');
      expect(problemsOf(dir).map(formatProblem)).toEqual([
        'content/talks/conf-a/unaligned.md → notes: is "brief" but the page holds no takeaway, claim or Q&A and under 100 characters of notes; expected notes of substance, or notes: none with an empty body',
      ]);
      // 100 readable characters are notes, even without takeaways; an HTML comment is not.
      edit(dir, TALK, /\n反压时.*\n$/, `\n${'反压下的对齐等待。'.repeat(13)}\n`);
      expect(problemsOf(dir)).toEqual([]);
      edit(dir, TALK, /\n(反压下的对齐等待。)+\n$/, `\n<!-- ${'注释'.repeat(80)} -->\n`);
      expect(chineseProblemsOf(dir).map(formatProblem)).toEqual([expect.stringContaining('unaligned.md → notes: is "brief"')]);
    });

    it('refuses an inline 待核实 mark without its reason, naming the line', () => {
      const dir = copyFixture();
      edit(dir, TALK, /\n反压时(.*)\n$/, '\n反压时$1（待核实：来源只说了现象，没说原因）\n\n第二段提到 60 秒。（待核实）\n');
      expect(chineseProblemsOf(dir).map(formatProblem)).toEqual([
        'content/talks/conf-a/unaligned.md → line 24: has a 待核实 mark without its reason; expected the form （待核实：why the statement is not confirmed）',
      ]);
    });

    it('refuses an unverified mark that names an inherited property, not a field', () => {
      const [problem] = refuse(TALK, 'added: 2026-11-23', 'added: 2026-11-23\nunverified:\n  - field: constructor\n    why: 不确定。');
      expect(problem).toMatch(/unaligned\.md → unverified\.0\.field: "constructor" names no field/);
    });
  });

  it('refuses an alternate title that only differs in spacing', () => {
    const [problem] = refuse(TALK, 'conference: conf-a', 'altTitles:\n  - title: Unaligned Checkpoint实践\n    source: notes\nconference: conf-a');
    expect(problem).toMatch(/unaligned\.md → altTitles\.0\.title: differs from the title only in spacing/);
  });

  it('refuses a talk filed under another conference than it names', () => {
    const problems = refuse(TALK, 'conference: conf-a', 'conference: conf-b');
    expect(problems).toContainEqual(expect.stringContaining('unaligned.md → conference: is "conf-b" but the file lives in content/talks/conf-a/'));
  });

  it('refuses a date that is not a calendar day', () => {
    const [problem] = refuse('conferences/conf-a.yaml', 'end: 2020-12-14', 'end: 2020-13-14');
    expect(problem).toMatch(/conf-a\.yaml → end: expected a date written YYYY-MM-DD/);
  });

  it('refuses every file that is not valid YAML at once, naming file and line, without a stack trace', () => {
    const dir = copyFixture();
    edit(dir, 'speakers.yaml', 'name: 张三', 'name: [张三');
    edit(dir, TALK, 'kind: talk', 'kind: talk: lecture');
    const problems = problemsOf(dir).map(formatProblem);
    expect(problems).toContainEqual(expect.stringMatching(/^content\/speakers\.yaml → line \d+: not valid YAML: /));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/talks\/conf-a\/unaligned\.md → line 7: not valid YAML: /));
    expect(problems.join('\n')).not.toMatch(/\n\s+at /);
  });
});
