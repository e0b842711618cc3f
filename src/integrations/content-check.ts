/**
 * The whole-content check (schemas and every cross-reference) as the build runs it, and its
 * refusal: every problem with its file and field, at once. Astro's own validation stops at the
 * first bad file and `reference()` only logs.
 */
import { Worker } from 'node:worker_threads';
import { readContent } from '../model/read-content.ts';
import { formatProblem, validateContent } from '../model/validate.ts';

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(
      `The content has ${problems.length} problem(s); nothing was built:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nFix the fields named above (the model is src/model/schema.ts).',
    );
    this.name = 'ContentError';
  }
}

export function contentProblems(contentDir: string): string[] {
  return validateContent(readContent(contentDir, process.cwd())).problems.map(formatProblem);
}

/**
 * The same check on another thread: `astro build` starts it before it syncs the content and waits
 * for it before it renders a page, so on two cores the check costs the build almost nothing.
 */
export function contentProblemsInWorker(contentDir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: { contentDir } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped before it answered (exit code ${code})`)));
  });
}
