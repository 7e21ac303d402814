import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json, TestClient } from './support/client.js';
import { ENGINES, POSTGRES_SKIP_REASON, TEST_DATABASE_URL } from './support/databases.js';
import { FIXTURE_SECRET, writeFixtureConnectors } from './support/fixture-connectors.js';
import { GOOD_TEST_KEY, type StripeSimulator, startStripeSimulator } from './support/stripe-simulator.js';
import { startTestHost, type TestHost } from './support/test-host.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

/** Text the database cannot store as sent, and text longer than any field allows. */
const BAD_TEXT: readonly [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['lone surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udc00'],
  ['over-long', 'x'.repeat(20_000)],
];

type Schema = Record<string, Json>;

/** A plausible value of a schema, for the parts of a request the fuzz does not change. */
function sample(schema: Schema | undefined, name = ''): Json {
  if (!schema) return 'x';
  if (schema.anyOf || schema.oneOf) return sample((schema.anyOf ?? schema.oneOf)[0], name);
  if (schema.enum) return schema.enum[0];
  if (schema.examples) return schema.examples[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' || schema.properties) {
    if (name === 'credentials') return { secretKey: GOOD_TEST_KEY };
    return Object.fromEntries(
      Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(([key, sub]) => [
        key,
        sample(sub, key),
      ]),
    );
  }
  if (type === 'array') return schema.items ? [sample(schema.items, name)] : [];
  if (type === 'integer' || type === 'number') return schema.minimum ?? 1;
  if (type === 'boolean') return false;
  if (schema.format === 'email') return `fuzz-${Math.random().toString(36).slice(2)}@example.com`;
  if (schema.format === 'uri' || name === 'url' || name === 'website')
    return 'https://hooks.example.com/fuzz';
  if (name === 'providerId') return 'stripe';
  if (name === 'currency' || name === 'defaultCurrency') return 'EUR';
  return 'x';
}

/** JSON pointers of every string (and every free-form object, which gets an extra property) in a body. */
function stringPaths(value: Json, at: string[] = []): string[][] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...at, String(index)]));
  if (value !== null && typeof value === 'object') {
    const inner = Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...at, key]));
    return [...inner, [...at, 'fuzzed']];
  }
  return [];
}

/**
 * A URL cannot carry a lone surrogate as text: it arrives as the UTF-8 bytes of one
 * (`%ED%A0%80`), which is not valid UTF-8.
 */
function encode(text: string): string {
  return encodeURIComponent(text.toWellFormed()).replaceAll('%EF%BF%BD', '%ED%A0%80');
}

function replaced(value: Json, path: string[], bad: string): Json {
  if (path.length === 0) return bad;
  const copy = Array.isArray(value) ? [...value] : { ...value };
  copy[path[0]!] = replaced(value?.[path[0]!], path.slice(1), bad);
  return copy;
}

describe.each(ENGINES)('text the database cannot store, on %s', (engine) => {
  let test: TestHost;
  let stripe: StripeSimulator;
  let client: TestClient;
  let ids: Record<string, string>;
  beforeAll(async () => {
    stripe = await startStripeSimulator([GOOD_TEST_KEY]);
    test = await startTestHost({ engine, egressOverrides: stripe.overrides });
    client = test.client();
    const { orgId } = await client.signup();
    const connection = await client.post(`/api/orgs/${orgId}/connections`, {
      providerId: 'stripe',
      environment: 'sandbox',
      credentials: { secretKey: GOOD_TEST_KEY },
    });
    const webhook = await client.post(`/api/orgs/${orgId}/webhooks`, {
      url: 'https://hooks.example.com/x',
      events: ['connection.created'],
    });
    const key = await client.post(`/api/orgs/${orgId}/api-keys`, { name: 'fuzz' });
    ids = {
      orgId,
      connectionId: connection.body.id,
      webhookId: webhook.body.webhook.id,
      keyId: key.body.apiKey.id,
      deliveryId: 'whd_none',
      providerId: 'stripe',
    };
  });
  afterAll(async () => {
    await test?.close();
    await stripe?.close();
  });

  it('answers 422 naming the field, never 5xx, for every path id, query field and body field', async () => {
    const document = (await client.get('/api/openapi.json')).body;
    const failures: string[] = [];
    let sent = 0;
    const send = async (method: string, path: string, body: Json, field: string, kind: string) => {
      sent++;
      const res = await client.request(method.toUpperCase(), path, body === undefined ? {} : { body });
      // Not UTF-8 in the URL: a path refuses it as malformed (400); the query parser reads it as
      // U+FFFD, which is storable text, so a search simply finds nothing or everything.
      if (kind.includes('surrogate') && field.startsWith('/path/') && res.status === 400) return;
      if (kind.includes('surrogate') && field.startsWith('/query/') && res.status < 300) return;
      const where = `${method.toUpperCase()} ${path.slice(0, 80)} ${field} (${kind}) → ${res.status} ${res.text.slice(0, 160)}`;
      if (res.status >= 500) failures.push(where);
      else if (kind !== 'over-long' && res.status === 422) {
        const paths = (res.body?.error?.fields ?? []).map((f: { path: string }) => f.path);
        if (!paths.some((p: string) => p === field || p.startsWith(`${field}/`) || field.startsWith(p)))
          failures.push(`${where}: the answer does not name ${field}`);
      } else if (kind !== 'over-long' && res.status !== 401 && res.status !== 403 && res.status !== 413)
        failures.push(`${where}: expected 422`);
    };
    for (const [template, operations] of Object.entries(document.paths as Record<string, Json>)) {
      for (const [method, operation] of Object.entries(operations as Record<string, Json>)) {
        if (template === '/api/auth/logout') continue;
        const params = ((operation.parameters ?? []) as Json[]).filter((p) => p.in === 'path');
        const queries = ((operation.parameters ?? []) as Json[]).filter((p) => p.in === 'query');
        const url = (overrides: Record<string, string> = {}) =>
          template.replace(/\{(\w+)\}/g, (_, name: string) => encode(overrides[name] ?? ids[name] ?? 'x'));
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        const body = schema ? sample(schema) : undefined;
        for (const [kind, bad] of BAD_TEXT) {
          for (const param of params)
            await send(method, url({ [param.name]: bad.slice(0, 3000) }), body, `/path/${param.name}`, kind);
          for (const query of queries)
            await send(
              method,
              `${url()}?${query.name}=${encode(bad.slice(0, 3000))}`,
              body,
              `/query/${query.name}`,
              kind,
            );
          if (body !== undefined)
            for (const path of stringPaths(body))
              await send(method, url(), replaced(body, path, bad), `/${path.join('/')}`, kind);
        }
      }
    }
    expect(sent).toBeGreaterThan(200);
    expect(failures).toEqual([]);
  }, 300_000);

  it("stores a connector's account text cleaned: no NUL, control characters or lone surrogates, bounded", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paycore-dirty-'));
    writeFixtureConnectors(dir, ['dirty-text']);
    const dirty = await startTestHost({ engine, connectorPaths: [dir] });
    try {
      const owner = dirty.client();
      const { orgId } = await owner.signup();
      const created = await owner.post(`/api/orgs/${orgId}/connections`, {
        providerId: 'fx-dirty-text',
        environment: 'sandbox',
        credentials: { apiKey: FIXTURE_SECRET },
      });
      expect(created.status).toBe(201);
      const stored = await owner.get(`/api/orgs/${orgId}/connections/${created.body.id}`);
      const text = JSON.stringify(stored.body);
      expect(text).not.toContain('\\u0000');
      expect(text).not.toContain('\\u0007');
      expect(text.isWellFormed()).toBe(true);
      expect(text).toContain('Acme Trading \ufffdLtd');
      const id: string = stored.body.account?.id ?? stored.body.accountId ?? '';
      expect(id.length).toBeLessThanOrEqual(500);
      expect(id.startsWith('acct_界')).toBe(true);
    } finally {
      await dirty.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
