/**
 * References are declared in the schema (`ref()`), and one generic check covers them all: a new
 * reference field is checked without new code, and no id field can be left unchecked.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { idsAt, referenceFields } from '../../src/model/references.ts';
import { COLLECTIONS, references, speakerId, topicId } from '../../src/model/schema.ts';

/** Every string field of a schema with its description, by path. */
function stringFields(schema: z.ZodType, path: string[] = []): { path: string; description?: string; registered: boolean }[] {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'string':
      return [{ path: path.join('.'), description: schema.description, registered: !!references.get(schema) }];
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => stringFields(v, [...path, k]));
    case 'array':
      return stringFields(def.element, [...path, '*']);
    case 'optional':
    case 'default':
    case 'nullable':
      return stringFields(def.innerType, path).map((f) => ({ ...f, description: f.description ?? schema.description, registered: f.registered }));
    default:
      return [];
  }
}

describe('declared references', () => {
  it('finds a new reference field at any depth, and the ids an entry holds in it', () => {
    const schema = z.object({
      title: z.string(),
      reviewers: z.array(z.object({ who: speakerId.optional().describe('who reviewed'), note: z.string() })).default([]),
      lead: topicId,
    });
    expect(referenceFields(schema)).toEqual([
      { path: ['reviewers', '*', 'who'], target: 'speakers' },
      { path: ['lead'], target: 'topics' },
    ]);
    expect(idsAt({ reviewers: [{ who: 'a' }, { note: 'x' }, { who: 'b' }] }, ['reviewers', '*', 'who'])).toEqual([
      { field: 'reviewers.0.who', id: 'a' },
      { field: 'reviewers.2.who', id: 'b' },
    ]);
  });

  it('leaves no id field of any collection unregistered (so none escapes the generic check)', () => {
    const unchecked = Object.entries(COLLECTIONS).flatMap(([name, spec]) =>
      stringFields(spec.schema as z.ZodType)
        .filter((f) => f.description?.startsWith('The id of') && !f.registered)
        // An entry's own id, and track ids (local to one conference, checked against its tracks).
        .filter((f) => f.path !== 'id' && !/(^|\.)track$|^tracks\.\*\.id$/.test(f.path))
        .map((f) => `${name}: ${f.path}`),
    );
    expect(unchecked).toEqual([]);
  });

  it('covers the talk’s references', () => {
    const paths = referenceFields(COLLECTIONS.talks.schema as z.ZodType).map((f) => `${f.path.join('.')} → ${f.target}`);
    expect(paths).toEqual(
      expect.arrayContaining(['conference → conferences', 'appearances.*.speaker → speakers', 'appearances.*.company → companies', 'topics.* → topics', 'qa.*.answeredBy → speakers', 'sameAs → talks']),
    );
  });
});
