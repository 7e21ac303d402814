import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';

const SANDBOX_ROOT = realpathSync(fileURLToPath(new URL('..', import.meta.url)));

/**
 * The folders a worker for this connector may read: the sandbox's own code, the connector package,
 * every `node_modules` folder its imports can be resolved from, and the real folders its linked
 * dependencies live in (a workspace's `@paycore/core`). Nothing else — not the host's data folder
 * with its key file and database.
 */
export function readPathsFor(packageDir: string): string[] {
  const allowed = new Set<string>([SANDBOX_ROOT]);
  const visit = (dir: string): void => {
    const real = realpathSync(dir);
    if (allowed.has(real)) return;
    allowed.add(real);
    for (const modules of nodeModulesUp(real)) {
      if (allowed.has(modules)) continue;
      allowed.add(modules);
      for (const linked of packagesIn(modules)) {
        const target = realpathSync(linked);
        if (![...allowed].some((folder) => target === folder || target.startsWith(`${folder}/`)))
          visit(target);
      }
    }
  };
  visit(packageDir);
  return [...allowed];
}

function nodeModulesUp(dir: string): string[] {
  const found: string[] = [];
  const { root } = parse(dir);
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules');
    if (existsSync(candidate)) found.push(realpathSync(candidate));
    if (at === root) return found;
  }
}

function packagesIn(modules: string): string[] {
  const entries: string[] = [];
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(modules, entry.name);
    if (entry.name.startsWith('@') && entry.isDirectory()) {
      for (const scoped of readdirSync(path)) entries.push(join(path, scoped));
    } else if (entry.isSymbolicLink() || entry.isDirectory()) entries.push(path);
  }
  return entries.filter((path) => existsSync(path));
}
