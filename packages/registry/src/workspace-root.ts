import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Walks up from `from` (a folder, file path or `file:` URL) to the first folder holding
 * `pnpm-workspace.yaml`; `undefined` when there is none up to the file-system root.
 */
export function findWorkspaceRoot(from: string | URL): string | undefined {
  let dir = resolve(from instanceof URL || from.startsWith('file:') ? fileURLToPath(from) : from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
