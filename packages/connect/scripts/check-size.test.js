import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = new URL('./check-size.js', import.meta.url).pathname;
const dirs = [];
/** A build folder holding `bytes` of code that gzip cannot shrink. */
function build(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'connect-size-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.js'), `export const x = '${randomBytes(bytes).toString('base64')}';`);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the size check of the build', () => {
  it('passes a build under 5 kB gzipped', () => {
    const run = spawnSync(process.execPath, [script, build(1000)], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/bytes gzipped \(budget 5120\)/);
  });

  it('fails a build over it, saying by how much', () => {
    const run = spawnSync(process.execPath, [script, build(6000)], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/over its 5120-byte budget/);
  });
});
