/** Fixture content: a small valid folder, copied and broken one way per test. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/model/read-content.ts';
import { validateContent } from '../../src/model/validate.ts';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'content-valid');

/** A fresh copy of the valid fixture in a temp folder; returns its content dir. */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'ffa-fixture-'));
  const contentDir = join(root, 'content');
  cpSync(VALID_FIXTURE, contentDir, { recursive: true });
  return contentDir;
}

/** Replaces text in one fixture file; fails loudly when the text is not there. */
export function edit(contentDir: string, file: string, from: string | RegExp, to: string) {
  const path = join(contentDir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}: ${from}`);
  writeFileSync(path, after);
}

export function problemsOf(contentDir: string) {
  return validateContent(readContent(contentDir, join(contentDir, '..'))).problems;
}

/** Problems with the Chinese files only: for tests of a Chinese rule, where the English twin's pairing follows from the same edit. */
export function chineseProblemsOf(contentDir: string) {
  return problemsOf(contentDir).filter((p) => !p.file.startsWith('content/en/'));
}
