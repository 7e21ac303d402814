import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { HOST_DIR, TEST_BUILD_DIR } from './paths.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Transpiles the host's sources once (esbuild, module by module, no bundling: the same files
 * `tsc` emits to dist/) for the tests that spawn the host as a real process. Type checking is
 * the `typecheck` task's job; this takes well under a second.
 */
export default async function setup(): Promise<void> {
  rmSync(TEST_BUILD_DIR, { recursive: true, force: true });
  await build({
    entryPoints: sources(join(HOST_DIR, 'src')),
    outdir: TEST_BUILD_DIR,
    outbase: join(HOST_DIR, 'src'),
    format: 'esm',
    platform: 'node',
    target: 'node20',
    bundle: false,
    logLevel: 'warning',
  });
}
