/** The README's per-conference table: talks, with notes, with video, with slides. */
import type { CoverageRow } from './kb.ts';

export function coverageTable(rows: CoverageRow[]): string {
  const total = rows.reduce((sum, r) => [sum[0] + r.talks, sum[1] + r.withNotes, sum[2] + r.withVideo, sum[3] + r.withSlides], [0, 0, 0, 0]);
  return [
    '| Conference | Talks | With notes | With video | With slides |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.conference.data.name} | ${r.talks} | ${r.withNotes} | ${r.withVideo} | ${r.withSlides} |`),
    `| **All** | **${total[0]}** | **${total[1]}** | **${total[2]}** | **${total[3]}** |`,
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
