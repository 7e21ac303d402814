import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

/** A scratch copy of the package's generator inputs and outputs (source and sharp are linked). */
function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'openfintech-codegen-'));
  for (const path of ['scripts', 'data', 'logos', 'src/generated'])
    cpSync(join(PACKAGE, path), join(dir, path), { recursive: true });
  symlinkSync(join(PACKAGE, 'source'), join(dir, 'source'));
  symlinkSync(join(PACKAGE, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function generate(dir, ...args) {
  return spawnSync(process.execPath, ['scripts/generate.js', ...args], { cwd: dir, encoding: 'utf8' });
}

describe('scripts/generate.js', () => {
  let dir;
  beforeEach(() => {
    dir = scratchCopy();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes --check on the committed output', () => {
    const result = generate(dir, '--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails --check naming every stale file, and a run brings them back', () => {
    appendFileSync(join(dir, 'data/providers.json'), ' ');
    writeFileSync(join(dir, 'src/generated/enums.ts'), '');
    writeFileSync(join(dir, 'logos/stripe.svg'), '<svg/>');
    writeFileSync(join(dir, 'logos/wayforpay.png'), 'not a png');
    unlinkSync(join(dir, 'logos/paypal.svg'));
    writeFileSync(join(dir, 'logos/stray.png'), '');

    const check = generate(dir, '--check');
    expect(check.status).toBe(1);
    for (const stale of [
      'data/providers.json',
      'src/generated/enums.ts',
      'logos/stripe.svg',
      'logos/wayforpay.png',
      'logos/paypal.svg',
      'logos/stray.png (not generated)',
    ]) {
      expect(check.stderr).toContain(stale);
    }
    expect(check.stderr).not.toContain('data/currencies.json');

    expect(generate(dir).status).toBe(0);
    expect(generate(dir, '--check').status).toBe(0);
  }, 30_000);
});
