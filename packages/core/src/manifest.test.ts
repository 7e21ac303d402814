import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ajvErrorsToProblems, createAjv } from './ajv.js';
import { SCHEMA_SHA256, validateManifestSchema } from './generated/validate-manifest.js';
import { exampleManifest, testVocabulary } from './test-support/fixtures.js';
import { MANIFEST_SCHEMA, validateManifest } from './manifest.js';

const vocabulary = testVocabulary;

describe('validateManifest', () => {
  it("refuses the scaffold's placeholders for a ready connector and keeps them for a not-ready one", () => {
    const scaffolded = {
      ...exampleManifest(),
      website: 'https://acme.example',
      docsUrl: 'https://acme.example/docs',
      countries: [],
      paymentMethods: [],
      payoutMethods: [],
      paymentServices: [],
      payoutServices: [],
      environments: {
        sandbox: { baseUrl: 'https://sandbox.api.acme.example', hosts: ['sandbox.api.acme.example'] },
      },
    };
    const pointers = validateManifest(scaffolded, { vocabulary }).problems.map((p) => p.pointer);
    expect(pointers).toEqual([
      '/website',
      '/docsUrl',
      '/environments/sandbox/baseUrl',
      '/environments/sandbox/hosts/0',
      '/paymentMethods',
    ]);
    expect(validateManifest(scaffolded, { vocabulary }).problems[0]?.message).toMatch(
      /placeholder \(\.example\): a ready connector names the provider's real URL/,
    );
    expect(validateManifest({ ...scaffolded, status: 'not-ready' }, { vocabulary }).problems).toEqual([]);
    const payoutsOnly = { ...exampleManifest(), paymentMethods: [], paymentServices: [] };
    expect(validateManifest(payoutsOnly, { vocabulary }).problems).toEqual([]);
  });

  it('lists the valid flows when it refuses one', () => {
    const manifest = exampleManifest();
    manifest.paymentServices[0]!.flow = 'redirect';
    expect(
      validateManifest(manifest, { vocabulary: { ...vocabulary, paymentFlows: new Set(['hpp', 'card']) } })
        .problems,
    ).toEqual([
      {
        pointer: '/paymentServices/0/flow',
        message: '"redirect" is not a known payment flow code; use one of card, hpp',
      },
    ]);
  });

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

  it('takes key prefixes per environment only for credential fields', () => {
    const manifest = exampleManifest();
    const sandbox = manifest.environments.sandbox!;
    manifest.environments.sandbox = {
      ...sandbox,
      keyPrefixes: { secretKey: ['sk_test_'], apiToken: ['t_'] },
    };
    expect(validateManifest(manifest).problems).toEqual([
      {
        pointer: '/environments/sandbox/keyPrefixes/apiToken',
        message: '"apiToken" is not a credential field',
      },
    ]);
    manifest.environments.sandbox = { ...sandbox, keyPrefixes: { secretKey: ['sk test'] } };
    expect(validateManifest(manifest).problems.map((problem) => problem.pointer)).toEqual([
      '/environments/sandbox/keyPrefixes/secretKey/0',
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

describe('the precompiled manifest schema', () => {
  const compiled = createAjv({ strict: true }).compile(MANIFEST_SCHEMA);
  const full = exampleManifest();
  Object.assign(full, {
    openfintechCode: 'example.pay',
    docsUrl: 'https://example.com/docs',
    logo: './logo.svg',
  });
  full.paymentServices[0]!.flow = 'hpp';
  full.environments.sandbox!.label = 'Test mode';
  full.credentials.schema.properties.region = {
    type: 'string',
    title: 'Region',
    enum: ['eu', 'us'],
    default: 'eu',
    format: 'hostname',
    minLength: 2,
    maxLength: 2,
  };
  const manifests: Record<string, unknown> = {
    'a small valid manifest': exampleManifest(),
    'a manifest using every optional field': full,
    'not an object': 'example',
    'an empty object': {},
    'every top-level field of the wrong type': Object.fromEntries(
      Object.keys(exampleManifest()).map((key) => [key, key === 'countries' ? 'UA' : 42]),
    ),
    'broken values in every nested part': {
      ...exampleManifest(),
      id: '-x',
      name: '',
      website: 'https://exa mple.com',
      docsUrl: 'http://example.com',
      logo: 'logo.gif',
      colour: 'blue',
      countries: ['UA', 'UA', 'ua'],
      paymentMethods: ['Card', 'Card'],
      paymentServices: [{ method: 'payment_card', minAmount: -1, maxAmount: 0, flow: 'H P P', extra: 1 }],
      payoutServices: [{ currency: 'uah' }],
      environments: { sandbox: { baseUrl: 'http://x', hosts: ['a..b', 'a..b'] }, live: {}, staging: {} },
      credentials: {
        version: 0,
        schema: {
          type: 'array',
          required: ['a', 'a'],
          additionalProperties: true,
          properties: {
            a: { type: 'object', title: '', pattern: '(', format: 'color', enum: [], minLength: -1 },
            b: { description: 'no type or title', writeonly: true },
          },
        },
      },
    },
    'no environments and no credential fields': {
      ...exampleManifest(),
      environments: {},
      credentials: { version: 1, schema: { type: 'object', properties: {} } },
    },
  };

  it('was generated from the current schema (else run `pnpm --filter @paycore/core codegen`)', () => {
    expect(SCHEMA_SHA256).toBe(createHash('sha256').update(JSON.stringify(MANIFEST_SCHEMA)).digest('hex'));
  });

  it.each(Object.entries(manifests))('agrees with a run-time compile of the schema: %s', (_, manifest) => {
    const valid = compiled(manifest);
    expect(validateManifestSchema(manifest)).toBe(valid);
    expect(validateManifestSchema.errors).toEqual(compiled.errors);
    if (!valid) expect(validateManifest(manifest).problems).toEqual(ajvErrorsToProblems(compiled.errors));
  });
});
