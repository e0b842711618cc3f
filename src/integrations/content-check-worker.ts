/** The content check on a worker thread (content-check.ts): answers with the problems, formatted. */
import { parentPort, workerData } from 'node:worker_threads';
import { contentProblems } from './content-check.ts';

parentPort!.postMessage(contentProblems((workerData as { contentDir: string }).contentDir));
