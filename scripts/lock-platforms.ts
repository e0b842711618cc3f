/**
 * Completes package-lock.json with the other platforms' native binaries (pagefind, Astro's
 * compiler). The registry this project installs from serves only linux-x64 builds, so `npm install`
 * leaves those optional packages out of the lock, and `npm ci` then refuses the lock as out of sync
 * ("Missing: @pagefind/darwin-arm64@ from lock file"). Each missing optional dependency gets an entry
 * with its platform (read from its name), which `npm ci` skips on other machines.
 * Run after `npm install` changes the lock: `npm run lock:platforms`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

type LockEntry = { version?: string; optionalDependencies?: Record<string, string>; [key: string]: unknown };

/** The os/cpu/libc a native package's name describes (`…-linux-arm64-musl`, `…-windows-x64`). */
export function platformOf(name: string): Record<string, string[]> {
  const parts = name.split('/').pop()!.split('-');
  const has = (p: string) => parts.includes(p);
  const os = ['android', 'darwin', 'linux', 'freebsd', 'win32', 'windows'].find(has);
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'].find(has);
  if (!cpu) throw new Error(`cannot tell the platform of ${name}`);
  const libc = has('musl') ? 'musl' : has('gnu') ? 'glibc' : undefined;
  return {
    ...(os ? { os: [os === 'windows' ? 'win32' : os] } : {}),
    cpu: [cpu],
    ...(libc ? { libc: [libc] } : {}),
  };
}

export function completeLock(lock: { packages: Record<string, LockEntry> }): string[] {
  const added: string[] = [];
  for (const entry of Object.values(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (lock.packages[key]) continue;
      lock.packages[key] = { version, optional: true, ...platformOf(name) };
      added.push(`${name}@${version}`);
    }
  }
  return added;
}

if (import.meta.main) {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const added = completeLock(lock);
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `package-lock.json: added ${added.join(', ')}` : 'package-lock.json: every optional platform package is listed');
}
