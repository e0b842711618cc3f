/**
 * Checks the content folder against the model, the same check that stops `astro build`.
 * usage: node scripts/check-content.ts [content-dir] [--only PATH-PREFIX]
 * Prints one line per problem (file → field: what was expected) and exits 1 if there are any.
 */
import { resolve } from 'node:path';
import { readContent } from '../src/model/read-content.ts';
import { formatProblem, validateContent } from '../src/model/validate.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const contentDir = resolve(args[0] ?? 'content');

const { problems, content } = validateContent(readContent(contentDir));
const shown = only ? problems.filter((p) => p.file.startsWith(only)) : problems;
for (const problem of shown) console.error(formatProblem(problem));
const counts = Object.entries(content).map(([name, entries]) => `${entries.length} ${name}`).join(', ');
console.log(shown.length ? `${shown.length} problem(s)${only ? ` under ${only}` : ''}` : `content ok: ${counts}`);
process.exit(shown.length ? 1 : 0);
