/** Rewrites the coverage table in README.md from the content. usage: node scripts/readme-coverage.ts */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildKb } from '../src/lib/kb.ts';
import { coverageTable, withCoverage } from '../src/lib/coverage-table.ts';
import { readContent } from '../src/model/read-content.ts';
import { validateContent } from '../src/model/validate.ts';

const table = coverageTable(buildKb(validateContent(readContent('content')).content).coverage());
writeFileSync('README.md', withCoverage(readFileSync('README.md', 'utf8'), table));
console.log(table);
