import { describe, expect, it } from 'vitest';
import { exampleManifest, testVocabulary } from './test-support/fixtures.js';
import { validateManifest } from './manifest.js';

const vocabulary = testVocabulary;

describe('validateManifest', () => {
  it('accepts a complete manifest', () => {
    expect(validateManifest(exampleManifest(), { vocabulary, hasVerify: true })).toEqual({
      ok: true,
      manifest: exampleManifest(),
      problems: [],
    });
  });

  it('reports every schema problem at once with a pointer each', () => {
    const manifest = {
      ...exampleManifest(),
      id: 'Bad Id',
      status: 'done',
      website: 'http://example.com',
    } as unknown;
    delete (manifest as Record<string, unknown>).countries;
    const result = validateManifest(manifest);
    expect(result.ok).toBe(false);
    const pointers = result.problems.map((p) => p.pointer).sort();
    expect(pointers).toEqual(['/countries', '/id', '/status', '/website']);
    expect(result.problems.find((p) => p.pointer === '/countries')?.message).toBe('is required');
  });

  it('reports an unknown top-level field by name', () => {
    const result = validateManifest({ ...exampleManifest(), colour: 'blue' });
    expect(result.problems).toEqual([{ pointer: '/colour', message: 'is not a known field' }]);
  });

  it('gives exactly one error for each broken contract rule, with pointers', () => {
    const manifest = exampleManifest();
    manifest.paymentMethods = ['payment_crad'];
    manifest.paymentServices = [{ method: 'payment_crad', currency: 'UAX' }];
    manifest.credentials.schema.properties.apiToken = { type: 'string', title: 'API token' };
    manifest.environments.live = { baseUrl: 'https://api.example.com', hosts: [] };
    const result = validateManifest(manifest, { vocabulary });
    expect(result.problems).toEqual([
      {
        pointer: '/paymentMethods/0',
        message: '"payment_crad" is not a known payment method code (did you mean "payment_card"?)',
      },
      {
        pointer: '/paymentServices/0/currency',
        message: '"UAX" is not an ISO 4217 currency code (did you mean "UAH"?)',
      },
      {
        pointer: '/credentials/schema/properties/apiToken/writeOnly',
        message: '"apiToken" looks like a secret: mark it writeOnly: true',
      },
      {
        pointer: '/environments/live/hosts',
        message: 'a ready connector must list the hosts its verify hook calls in live',
      },
    ]);
  });

  it('requires services to use declared methods', () => {
    const manifest = exampleManifest();
    manifest.payoutServices = [{ method: 'wire_transfer', currency: 'USD' }];
    expect(validateManifest(manifest, { vocabulary }).problems).toEqual([
      { pointer: '/payoutServices/0/method', message: '"wire_transfer" is not listed in payoutMethods' },
    ]);
  });

  it('ties ready to the presence of a verify hook', () => {
    expect(validateManifest(exampleManifest(), { hasVerify: false }).problems).toEqual([
      { pointer: '/status', message: 'is "ready" but the package has no verify hook' },
    ]);
    const notReady = { ...exampleManifest(), status: 'not-ready' as const };
    expect(validateManifest(notReady, { hasVerify: true }).problems[0]?.pointer).toBe('/status');
    expect(validateManifest(notReady, { hasVerify: false }).ok).toBe(true);
  });

  it('lets public keys and identifiers go without writeOnly', () => {
    const manifest = exampleManifest();
    Object.assign(manifest.credentials.schema.properties, {
      publicKey: { type: 'string', title: 'Public key' },
      key_id: { type: 'string', title: 'Key ID' },
      clientKey: { type: 'string', title: 'Client key' },
      password: { type: 'string', title: 'Password' },
    });
    expect(validateManifest(manifest).problems).toEqual([
      {
        pointer: '/credentials/schema/properties/password/writeOnly',
        message: '"password" looks like a secret: mark it writeOnly: true',
      },
    ]);
  });

  it('checks host placeholders against non-secret, patterned credential fields', () => {
    const manifest = exampleManifest();
    manifest.environments.live = {
      baseUrl: 'https://{prefix}-api.example.com',
      hosts: ['{prefix}-api.example.com', '{secretKey}.example.com'],
    };
    manifest.credentials.schema.properties.prefix = {
      type: 'string',
      title: 'Live URL prefix',
      description: 'lower-case letters and digits',
      pattern: '^[a-z0-9]+$',
    };
    expect(validateManifest(manifest).problems).toEqual([
      { pointer: '/environments/live/hosts/1', message: 'placeholder {secretKey} names a secret field' },
    ]);
  });

  it('names a misspelt credential keyword, which would otherwise leave a secret unmarked', () => {
    const manifest = exampleManifest();
    Object.assign(manifest.credentials.schema.properties.accountName!, { writeonly: true });
    expect(validateManifest(manifest).problems).toEqual([
      { pointer: '/credentials/schema/properties/accountName/writeonly', message: 'is not a known field' },
    ]);
  });
});
