/**
 * `astro dev` checks the content again whenever a file changes, and while there are problems it
 * answers every page with them (file and field) instead of a TypeError naming no file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

const PORT = 4399;
let server: ChildProcess;
let log = '';
let contentDir: string;

const get = async (path: string) => {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(15_000) });
  const page = { status: response.status, text: await response.text() };
  log += `GET ${path} → ${page.status} ${page.text.slice(0, 200).replace(/\s+/g, ' ')}\n`;
  return page;
};

async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}\n${log}`);
}

function outsideVitest(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(VITEST|NODE_ENV$|MODE$|BASE_URL$|DEV$|PROD$|SSR$|TEST$)/.test(key)) delete env[key];
  return env;
}

beforeAll(async () => {
  contentDir = copyFixture();
  // --ignore-lock: this server has its own port and content, so a developer's own `astro dev`, or a
  // lock file left by an earlier run whose process id now belongs to another process, must not stop
  // it; nor does it leave a lock file behind.
  server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: ROOT,
    // Without Vitest's own variables (NODE_ENV=test, BASE_URL…), which would change how astro dev serves.
    env: { ...outsideVitest(), FFA_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  await until(async () => {
    const page = await get('/');
    return page.status === 200 ? true : undefined;
  }, 'the dev server');
}, 90_000);

afterAll(() => {
  server?.kill();
});

it('shows a problem introduced while it runs, with file and field, on the page and in the terminal; and recovers', async () => {
  edit(contentDir, 'talks/conf-a/unaligned.md', 'topics: [checkpoint]', 'topics: [checkpoint, stream-magic]');
  const broken = await until(async () => {
    const page = await get('/talks/conf-a/unaligned/');
    return page.status === 500 ? page : undefined;
  }, 'the problem page');
  expect(broken.text).toContain('content/talks/conf-a/unaligned.md → topics.1: unknown topic &#34;stream-magic&#34;');
  expect(broken.text).not.toContain('TypeError');
  expect(log).toContain('content/talks/conf-a/unaligned.md → topics.1: unknown topic "stream-magic"');

  edit(contentDir, 'talks/conf-a/unaligned.md', 'topics: [checkpoint, stream-magic]', 'topics: [checkpoint]');
  await until(async () => ((await get('/talks/conf-a/unaligned/')).status === 200 ? true : undefined), 'the page to come back');
}, 90_000);
