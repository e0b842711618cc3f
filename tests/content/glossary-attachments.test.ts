/**
 * Glossary terms on the real talks are true: a term attaches to a talk only where the talk's own
 * text (title, summary, takeaways, claims, Q&A, notes) uses the term or an alias as a word, and
 * never where the text uses a longer word with the opposite meaning (非对齐 is not 对齐). A longer
 * form that ends with a term's form names a kind of it and carries it too (实时数仓 → 数仓).
 *
 * The check below is written independently of src/lib/glossary-match.ts (regular expressions over
 * the raw text), so the two must agree talk by talk.
 */
import { describe, expect, it } from 'vitest';
import { glossaryMatcher } from '../../src/lib/glossary-match.ts';
import { talkText, withoutCitedTitles } from '../../src/lib/kb.ts';
import { corpus, kb } from '../helpers/corpus.ts';

const glossary = corpus.content.glossary;
const LATIN = /[A-Za-z0-9]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression for one form: case-insensitive, any run of spaces or dashes between words. */
function formPattern(form: string): RegExp {
  const body = form
    .trim()
    .split(/[\s\-‐‑–]+/)
    .map(escape)
    .join('[\\s\\-‐‑–]+');
  // A Latin edge must not continue a word, directly or through a hyphen ("mini-batch").
  const before = LATIN.test(form.trim()[0]) ? '(?<![A-Za-z0-9])(?<![A-Za-z0-9][\\-‐‑–])' : '';
  const after = LATIN.test(form.trim().at(-1)!) ? '(?![A-Za-z0-9])(?![\\-‐‑–][A-Za-z0-9])' : '';
  return new RegExp(`${before}${body}${after}`, 'giu');
}

type Span = { id: string; start: number; end: number };

/** Every place a form of a term stands in the text, honouring the term's notAfter / notBefore. */
function spans(text: string): Span[] {
  const out: Span[] = [];
  for (const { id, data } of glossary) {
    for (const form of [data.zh, data.en, ...data.aliases]) {
      for (const m of text.matchAll(formPattern(form))) {
        const start = m.index!;
        const end = start + m[0].length;
        const lower = text.toLowerCase();
        if ((data.notAfter ?? []).some((p) => lower.slice(0, start).trimEnd().endsWith(p.trim().toLowerCase()))) continue;
        if ((data.notBefore ?? []).some((p) => lower.slice(end).trimStart().startsWith(p.trim().toLowerCase()))) continue;
        out.push({ id, start, end });
      }
    }
  }
  return out;
}

/**
 * Terms whose form stands in the text and is not just the start or middle of a longer form of
 * another term (a longer form that ends with it names a kind of it: 实时数仓 is a 数仓).
 */
function termsUsed(text: string): Set<string> {
  const all = spans(text);
  const used = all.filter((s) => !all.some((o) => o.id !== s.id && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start && o.end !== s.end));
  return new Set(used.map((s) => s.id));
}

const ownText = (id: string) => withoutCitedTitles(talkText(kb.talk(id)!));

describe('glossary attachments', () => {
  it('attaches terms to talks at all', () => {
    expect(kb.talks.filter((t) => t.terms.length > 0).length).toBeGreaterThan(50);
  });

  it.each(kb.talks.map((t) => [t.id]))('%s: every term is used in the talk’s own text, as a word', (id) => {
    const talk = kb.talk(id)!;
    const used = termsUsed(ownText(id));
    expect(talk.terms.filter((term) => !used.has(term))).toEqual([]);
    expect([...used].filter((term) => !talk.terms.includes(term)).sort()).toEqual([]);
  });

  it('does not read a term from the talk’s tags: feature, topic and company names are not its text', () => {
    for (const talk of kb.talks) {
      expect(glossaryMatcher(glossary).termsIn(ownText(talk.id))).toEqual(talk.terms);
    }
  });
});

/** Prefixes that turn a word into its opposite or into another word (非对齐, 反序列化, unaligned). */
const OPPOSITE = /^(非|不|反|无|un|non[\s-]?|de)/i;

describe('opposite meanings', () => {
  const matcher = glossaryMatcher(glossary);
  // Every written form the site knows: glossary forms and feature names.
  const known = [
    ...glossary.flatMap((g) => [g.data.zh, g.data.en, ...g.data.aliases].map((form) => ({ form, owner: g.id }))),
    ...corpus.content.features.flatMap((f) => [f.data.name, ...(f.data.nameZh ? [f.data.nameZh] : []), ...f.data.aliases].map((form) => ({ form, owner: `feature ${f.id}` }))),
  ];

  it('no term matches inside a known form that negates or inverts it', () => {
    const wrong: string[] = [];
    const checked: string[] = [];
    for (const { form, owner } of known) {
      const m = form.match(OPPOSITE);
      if (!m) continue;
      const rest = form.slice(m[0].length);
      for (const g of glossary) {
        if (g.id === owner) continue;
        // The inverted word is the term's own form, right after the prefix: 非 + 对齐 checkpoint.
        const hit = [g.data.zh, g.data.en, ...g.data.aliases].find((f) => rest.toLowerCase().trimStart().startsWith(f.toLowerCase()));
        if (hit) checked.push(`${form} / ${g.id}`);
        if (hit && matcher.termsIn(form).includes(g.id)) wrong.push(`"${form}" (${owner}) attaches ${g.id} through "${hit}"`);
      }
    }
    expect(wrong).toEqual([]);
    // The known opposites are there to check: 非对齐 Checkpoint and Unaligned Checkpoint against
    // barrier alignment, 反序列化 against 序列化.
    expect(checked).toEqual(expect.arrayContaining(['非对齐 Checkpoint / barrier-alignment', 'Unaligned Checkpoint / barrier-alignment', '反序列化 / serialization']));
  });

  it.each([
    ['非对齐 Checkpoint', 'barrier-alignment'],
    ['不对齐的 checkpoint', 'barrier-alignment'],
    ['Unaligned Checkpoint', 'barrier-alignment'],
    ['反序列化', 'serialization'],
    ['扛得住高并发查询', 'parallelism'],
    ['SQL 聚合开启 mini-batch', 'batch-processing'],
    ['JobManager 高可用性', 'availability'],
    ['high availability', 'availability'],
    ['延迟数据的处理', 'latency'],
    ['增量 Checkpoint', 'incremental'],
    ['容器化部署', 'container'],
    ['Flink Kubernetes Operator', 'operator'],
  ])('"%s" does not attach %s', (text, id) => {
    expect(matcher.termsIn(text)).not.toContain(id);
  });

  it.each([
    ['对齐的 Checkpoint 在反压下做不完', 'barrier-alignment'],
    ['序列化开销', 'serialization'],
    ['作业并发越高启动越慢', 'parallelism'],
    ['批处理作业', 'batch-processing'],
    ['可用性档位 99.9%', 'availability'],
  ])('"%s" attaches %s', (text, id) => {
    expect(matcher.termsIn(text)).toContain(id);
  });
});
