/**
 * Finds the reference fields of a schema (those registered with `ref()` in schema.ts) and the ids
 * an entry holds in them, so one generic check covers every reference of every collection.
 */
import type { z } from 'astro/zod';
import { references, type RefTarget } from './schema.ts';

/** A reference field: its path (`*` for any array index) and the collection its ids point into. */
export interface RefField {
  path: string[];
  target: RefTarget;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };

export function referenceFields(schema: z.ZodType, path: string[] = []): RefField[] {
  const meta = references.get(schema);
  if (meta) return [{ path, target: meta.target }];
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, child]) => referenceFields(child, [...path, key]));
    case 'array':
      return referenceFields(def.element!, [...path, '*']);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
      return referenceFields(def.innerType!, path);
    case 'pipe':
      return [...referenceFields(def.in!, path), ...referenceFields(def.out!, path)];
    default:
      return [];
  }
}

/** Every id the data holds in a field, with its concrete dotted path (`appearances.0.speaker`). */
export function idsAt(data: unknown, path: string[], at: string[] = []): { field: string; id: string }[] {
  if (path.length === 0) return typeof data === 'string' ? [{ field: at.join('.'), id: data }] : [];
  if (data == null || typeof data !== 'object') return [];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => idsAt(item, rest, [...at, String(i)])) : [];
  return Object.hasOwn(data, head) ? idsAt((data as Record<string, unknown>)[head], rest, [...at, head]) : [];
}
