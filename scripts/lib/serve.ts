/**
 * Serves a built site on a free localhost port, the way a static host would (directory indexes,
 * 404.html for unknown paths). Used by the browser tests, the screenshots and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves `dir` under `base` ("/ffa-kb/" for a project site); paths outside the base are 404. */
export async function serve(dir: string, { gzip = false, base = '/' } = {}): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: true, gzip, extensions: ['html'] });
  const notFound = readFileSync(join(dir, '404.html'));
  const missing = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith(base)) return missing(res);
    req.url = `/${req.url.slice(base.length)}`;
    files(req, res, () => missing(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
