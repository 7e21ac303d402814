import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The host package folder: the nearest folder above this module whose package.json is
 * `@paycore/host`. Walking up (instead of `..`) keeps it right from `src`, `dist`, or a test build.
 */
export function hostPackageDir(from: string | URL = import.meta.url): string {
  let dir = dirname(typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === '@paycore/host')
          return dir;
      } catch {
        // an unreadable package.json on the way up is not ours
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the @paycore/host package folder');
    dir = parent;
  }
}
