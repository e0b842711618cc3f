/** The README's per-conference table: talks, with notes, with notes from a write-up, with video, with slides. */
import type { CoverageRow } from './kb.ts';

const COLUMNS = ['talks', 'withNotes', 'withWriteup', 'withVideo', 'withSlides'] as const;

export function coverageTable(rows: CoverageRow[]): string {
  const total = COLUMNS.map((c) => rows.reduce((sum, r) => sum + r[c], 0));
  return [
    '| Conference | Talks | With notes | Notes citing a write-up | With video | With slides |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.conference.data.name} | ${COLUMNS.map((c) => r[c]).join(' | ')} |`),
    `| **All** | ${total.map((n) => `**${n}**`).join(' | ')} |`,
  ].join('\n');
}

export const COVERAGE_START = '<!-- coverage:start (npm run readme:coverage) -->';
export const COVERAGE_END = '<!-- coverage:end -->';

/** The README with its coverage block replaced. */
export function withCoverage(readme: string, table: string): string {
  const start = readme.indexOf(COVERAGE_START);
  const end = readme.indexOf(COVERAGE_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${COVERAGE_START} … ${COVERAGE_END} block`);
  return `${readme.slice(0, start + COVERAGE_START.length)}\n${table}\n${readme.slice(end)}`;
}
