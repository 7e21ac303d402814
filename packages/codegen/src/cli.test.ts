import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli.js';
import { credentialsTypeName, GENERATED_HEADER } from './credential-types.js';

function connector(schema: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ id: 'acme-pay', name: 'Acme Pay', credentials: { version: 2, schema } }),
  );
  return dir;
}

const schema = {
  type: 'object',
  required: ['apiKey'],
  properties: {
    apiKey: { type: 'string', title: 'API key', description: 'starts with ak_', writeOnly: true },
    region: { type: 'string', title: 'Region', enum: ['eu', 'us'] },
  },
};

afterEach(() => vi.restoreAllMocks());

describe('paycore-codegen', () => {
  it('names types after the connector id', () => {
    expect(credentialsTypeName('acme-pay')).toBe('AcmePayCredentials');
    expect(credentialsTypeName('2checkout')).toBe('P2checkoutCredentials');
  });

  it('writes typed credentials with the generated header, then finds them up to date', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const dir = connector(schema);
    expect(await main([dir])).toBe(0);
    const source = readFileSync(join(dir, 'src', 'credentials.ts'), 'utf8');
    expect(source.startsWith(GENERATED_HEADER)).toBe(true);
    expect(source).toContain('export const CREDENTIALS_VERSION = 2;');
    expect(source).toMatch(/export interface AcmePayCredentials \{/);
    expect(source).toMatch(/apiKey: string;/);
    expect(source).toMatch(/region\?: 'eu' \| 'us';/);
    expect(await main(['--check', dir])).toBe(0);
  });

  it('fails the check and names the stale file when the schema changed', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const dir = connector(schema);
    await main([dir]);
    const changed = {
      ...schema,
      properties: { ...schema.properties, merchantId: { type: 'string', title: 'Merchant ID' } },
    };
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ id: 'acme-pay', name: 'Acme Pay', credentials: { version: 2, schema: changed } }),
    );
    expect(await main(['--check', dir])).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toContain(
      join(dir, 'src', 'credentials.ts').split('/').pop(),
    );
    expect(errors.mock.calls.flat().join('\n')).toMatch(/stale: .*credentials\.ts/);
  });
});
