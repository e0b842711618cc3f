/**
 * The English edition's rule, as an author meets it: every Chinese prose field has its English,
 * no more and no fewer, and a missing one is refused naming the file and the field.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/validate.ts';
import { copyFixture, edit, problemsOf } from '../helpers/fixture.ts';

const TALK = 'talks/conf-a/unaligned.md';
const EN = `en/${TALK}`;
const problems = (change: (dir: string) => void) => {
  const dir = copyFixture();
  change(dir);
  return problemsOf(dir).map(formatProblem);
};

describe('the English edition', () => {
  it('accepts the fixture, whose every Chinese field has its English', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('refuses a talk without its English twin, naming the Chinese file and what the twin needs', () => {
    expect(problems((dir) => rmSync(join(dir, EN)))).toEqual([
      'content/talks/conf-a/unaligned.md → en: has no English; expected content/en/talks/conf-a/unaligned.md with the English title, summary, 1 takeaway(s), the notes in its body',
    ]);
  });

  it('refuses a twin without its title', () => {
    expect(problems((dir) => edit(dir, EN, /^title: .*\n/m, ''))).toEqual([expect.stringMatching(/^content\/en\/talks\/conf-a\/unaligned\.md → title: /)]);
  });

  it('refuses a missing English summary, and an English summary the Chinese does not have', () => {
    expect(problems((dir) => edit(dir, EN, /^summary: .*\n/m, ''))).toEqual([
      "content/en/talks/conf-a/unaligned.md → summary: is missing; expected the English of the Chinese entry's summary",
    ]);
    expect(problems((dir) => edit(dir, 'en/talks/conf-a/platform.md', 'title: Building a platform', 'title: Building a platform\nsummary: More than the Chinese says.'))).toEqual([
      'content/en/talks/conf-a/platform.md → summary: has no Chinese counterpart; expected no English where the Chinese has none',
    ]);
  });

  it('refuses a takeaway, claim or answer without its English', () => {
    expect(problems((dir) => edit(dir, TALK, 'takeaways:', 'takeaways:\n  - 第二条要点。'))).toEqual([
      'content/en/talks/conf-a/unaligned.md → takeaways: has 1 English entry but the Chinese has 2; expected one English entry per Chinese one, in the same order',
    ]);
    expect(problems((dir) => edit(dir, TALK, 'notes: brief', 'claims:\n  - claim: 完成率\n    value: 99%\n    source: notes\nnotes: brief'))).toEqual([
      expect.stringContaining('unaligned.md → claims: has 0 English entries but the Chinese has 1'),
    ]);
  });

  it('refuses a value in Chinese words without its English, and an English value where the Chinese is only digits', () => {
    const claim = (value: string) => `claims:\n  - claim: 完成率\n    value: "${value}"\n    source: notes\nnotes: brief`;
    expect(problems((dir) => {
      edit(dir, TALK, 'notes: brief', claim('约 99%'));
      edit(dir, EN, 'takeaways:', 'claims:\n  - Completion rate\ntakeaways:');
    })).toEqual([
      'content/en/talks/conf-a/unaligned.md → claims.0: the Chinese value "约 99%" is in words; expected { claim: …, value: the value in English }',
    ]);
    expect(problems((dir) => {
      edit(dir, TALK, 'notes: brief', claim('约 99%'));
      edit(dir, EN, 'takeaways:', 'claims:\n  - claim: Completion rate\n    value: about 99%\ntakeaways:');
    })).toEqual([]);
    expect(problems((dir) => {
      edit(dir, TALK, 'notes: brief', claim('99%'));
      edit(dir, EN, 'takeaways:', 'claims:\n  - claim: Completion rate\n    value: 99 percent\ntakeaways:');
    })).toEqual([expect.stringContaining('claims.0.value: the Chinese value "99%" needs no English')]);
  });

  it('refuses notes without their English body, and an English body for a talk without notes', () => {
    expect(problems((dir) => edit(dir, EN, /\n\nWhen alignment.*\n$/, '\n'))).toEqual([
      'content/en/talks/conf-a/unaligned.md → body: is empty but the Chinese has notes; expected the notes in English below the frontmatter',
    ]);
    expect(problems((dir) => edit(dir, 'en/talks/conf-a/platform.md', /---\n$/, '---\n\nNotes the Chinese does not have.\n'))).toEqual([
      'content/en/talks/conf-a/platform.md → body: has notes but the Chinese has none; expected an empty body',
    ]);
  });

  it('refuses an unverified mark whose reason has no English, and an inline mark not carried over', () => {
    expect(problems((dir) => edit(dir, TALK, 'added: 2026-11-23', 'added: 2026-11-23\nunverified:\n  - field: summary\n    why: 来源只给了标题。'))).toEqual([
      'content/en/talks/conf-a/unaligned.md → unverified: names the fields [] but the Chinese marks [summary]; expected one English reason per Chinese mark, same fields, same order',
    ]);
    expect(problems((dir) => edit(dir, TALK, /\n反压时(.*)\n$/, '\n反压时$1（待核实：来源没说原因）\n'))).toEqual([
      'content/en/talks/conf-a/unaligned.md → body: has 0 inline "(unverified: why)" mark(s) but the Chinese has 1 （待核实：…）; expected each Chinese mark carried over',
    ]);
  });

  it('refuses a twin of no Chinese talk, a topic and a conference without their English, and a registry description without its English', () => {
    expect(problems((dir) => writeFileSync(join(dir, 'en/talks/conf-a/ghost.md'), '---\ntitle: Ghost\n---\n'))).toEqual([
      'content/en/talks/conf-a/ghost.md: is the English of nothing: no Chinese entry "conf-a/ghost"; expected a twin of an existing entry (or delete this file)',
    ]);
    expect(problems((dir) => rmSync(join(dir, 'en/topics/checkpoint.md')))).toEqual([
      'content/topics/checkpoint.md → en: has no English; expected content/en/topics/checkpoint.md with the description in its body and 1 reading-list reason(s)',
    ]);
    expect(problems((dir) => rmSync(join(dir, 'en/conferences/conf-a.yaml')))).toEqual([
      expect.stringMatching(/^content\/conferences\/conf-a\.yaml → en: has no English; expected content\/en\/conferences\/conf-a\.yaml with description/),
    ]);
    expect(problems((dir) => edit(dir, 'features.yaml', 'flip: 76', 'flip: 76\n  description: 反压下也能完成的 Checkpoint。'))).toEqual([
      'content/features.yaml → descriptionEn: [id unaligned-checkpoint] is missing; expected the English of description',
    ]);
  });

  it('asks for an English conference name where the official one is Chinese, and refuses a second name for a Latin one', () => {
    const chinese = (dir: string) => edit(dir, 'conferences/conf-a.yaml', 'name: Fixture Conference 2020\nshortName: FC 2020', 'name: 测试大会 2020 中文精华版\nshortName: FC 2020 中文精华版');
    expect(problems(chinese)).toEqual([
      'content/en/conferences/conf-a.yaml → name: is missing; the official name "测试大会 2020 中文精华版" is not in Latin letters, so English pages need ours',
      'content/en/conferences/conf-a.yaml → shortName: is missing; the official shortName "FC 2020 中文精华版" is not in Latin letters, so English pages need ours',
    ]);
    const english = 'name: Test Conference 2020 Chinese edition\nshortName: FC 2020 Chinese edition\ndescription:';
    expect(problems((dir) => {
      chinese(dir);
      edit(dir, 'en/conferences/conf-a.yaml', 'description:', english);
    })).toEqual([]);
    expect(problems((dir) => edit(dir, 'en/conferences/conf-a.yaml', 'description:', english))).toEqual([
      'content/en/conferences/conf-a.yaml → name: is set, but the official name "Fixture Conference 2020" is already in Latin letters; expected none',
      'content/en/conferences/conf-a.yaml → shortName: is set, but the official shortName "FC 2020" is already in Latin letters; expected none',
    ]);
  });

  it('asks for the English of a position printed in Chinese, beside it, and refuses one beside a Latin position', () => {
    const position = (text: string) => (dir: string) => edit(dir, TALK, '    flinkTitle: Committer', `    flinkTitle: Committer\n    ${text}`);
    expect(problems(position('position: 示例公司高级工程师'))).toEqual([
      'content/talks/conf-a/unaligned.md → appearances.0.positionEn: is missing; the position "示例公司高级工程师" is not in Latin letters, so English pages need ours',
    ]);
    expect(problems(position('position: 示例公司高级工程师\n    positionEn: Senior engineer, 示例公司'))).toEqual([]);
    expect(problems(position('position: Apache Flink PMC\n    positionEn: Apache Flink PMC member'))).toEqual([
      'content/talks/conf-a/unaligned.md → appearances.0.positionEn: is set, but the position "Apache Flink PMC" is already in Latin letters; expected none',
    ]);
  });

  it('refuses an English body stuffed with one word, and an inline mark without its reason; plain prose full of "the" passes', () => {
    const stuffed = Array.from({ length: 30 }, () => 'backpressure').join(' ');
    expect(problems((dir) => edit(dir, EN, 'switch to unaligned checkpoints.', `switch to unaligned checkpoints. ${stuffed}`))).toEqual([
      'content/en/talks/conf-a/unaligned.md → body: repeats "backpressure" 31 times (76% of its words); expected notes written for readers, not words repeated for search ranking',
    ]);
    expect(problems((dir) => edit(dir, EN, 'switch to unaligned checkpoints.', 'switch to unaligned checkpoints (unverified).'))).toEqual([
      'content/en/talks/conf-a/unaligned.md → line 8: has a "(unverified" mark without its reason; expected the form (unverified: why the statement is not confirmed)',
    ]);
    const the = Array.from({ length: 25 }, (_, i) => `the job ${i} kept the state`).join(', ');
    expect(problems((dir) => edit(dir, EN, 'switch to unaligned checkpoints.', `switch to unaligned checkpoints: ${the}.`))).toEqual([]);
  });
});
