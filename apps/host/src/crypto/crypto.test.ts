import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { open, seal } from './envelope.js';
import { createKeyring, loadKeyring, parseMasterKeys } from './keyring.js';
import { hashPassword, verifyPassword } from './passwords.js';

const k1 = { id: 'k1', key: Buffer.alloc(32, 7) };
const k2 = { id: 'k2', key: Buffer.alloc(32, 9) };
const binding = { orgId: 'org_a', connectionId: 'conn_a', providerId: 'stripe' };

describe('credential envelopes', () => {
  it('round-trips and names the key, with no plaintext in the stored text', () => {
    const text = seal(createKeyring([k1]), binding, { secretKey: 'sk_test_abcdefghijklmnop' });
    expect(JSON.parse(text)).toMatchObject({ v: 1, alg: 'A256GCM', kid: 'k1' });
    expect(text).not.toContain('sk_test');
    expect(open(createKeyring([k2, k1]), binding, text)).toEqual({ secretKey: 'sk_test_abcdefghijklmnop' });
  });

  it('cannot be opened for another organisation, connection or provider, nor after tampering', () => {
    const keyring = createKeyring([k1]);
    const text = seal(keyring, binding, { a: 1 });
    expect(() => open(keyring, { ...binding, orgId: 'org_b' }, text)).toThrow();
    expect(() => open(keyring, { ...binding, connectionId: 'conn_b' }, text)).toThrow();
    expect(() => open(keyring, { ...binding, providerId: 'paypal' }, text)).toThrow();
    const envelope = JSON.parse(text);
    envelope.ct = Buffer.from('tampered!').toString('base64');
    expect(() => open(keyring, binding, JSON.stringify(envelope))).toThrow();
    expect(() => open(createKeyring([k2]), binding, text)).toThrow('No master key "k1"');
  });
});

describe('master keys', () => {
  it('parses id:base64 lists newest first and refuses bad ones', () => {
    const text = `k2:${k2.key.toString('base64')}, k1:${k1.key.toString('base64')}`;
    expect(parseMasterKeys(text)).toMatchObject({ ok: true, keys: [{ id: 'k2' }, { id: 'k1' }] });
    expect(parseMasterKeys('nocolon')).toMatchObject({ ok: false });
    expect(parseMasterKeys(`a:${k1.key.toString('base64')},a:${k2.key.toString('base64')}`)).toMatchObject({
      ok: false,
      error: 'key id "a" appears twice',
    });
  });

  it('creates a key file readable by the owner only when no key is configured, then reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paycore-keys-'));
    const first = loadKeyring([], dir);
    expect(first.fileKey).toBe('created');
    expect(statSync(first.keyFile).mode & 0o777).toBe(0o600);
    const second = loadKeyring([], dir);
    expect(second.fileKey).toBe('file');
    expect(second.keyring.current.id).toBe(first.keyring.current.id);
    // Configured keys come first; the file's key stays available for decryption and rotation.
    const configured = loadKeyring([k2], dir);
    expect(configured.keyring.ids).toEqual(['k2', first.keyring.current.id]);
    expect(readFileSync(first.keyFile, 'utf8')).toMatch(/^local-\d{8}:/);
  });
});

describe('passwords', () => {
  it('hashes with scrypt and verifies', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('wrong', hash)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});
