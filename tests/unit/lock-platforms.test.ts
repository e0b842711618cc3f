import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLock, platformOf } from '../../scripts/lock-platforms.ts';
import { ROOT } from '../helpers/astro.ts';

describe('lock-platforms', () => {
  it('reads a platform from a native package name', () => {
    expect(platformOf('@pagefind/windows-arm64')).toEqual({ os: ['win32'], cpu: ['arm64'] });
    expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({ os: ['linux'], cpu: ['arm64'], libc: ['musl'] });
    expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
  });

  it('leaves the committed lock complete, so npm ci accepts it on a clean clone', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    expect(completeLock(lock)).toEqual([]);
  });
});
