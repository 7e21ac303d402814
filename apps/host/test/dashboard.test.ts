import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_DIR } from './support/paths.js';
import { startTestHost, type TestHost } from './support/test-host.js';

/** A Content-Security-Policy header as directive name → its sources. */
function directives(header: string): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const directive of header.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

describe('serving the dashboard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-dashboard-'));
  let test: TestHost;
  beforeAll(async () => {
    test = await startTestHost({ dashboardDir: dir });
  });
  afterAll(async () => {
    await test?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const html = (path: string) => fetch(`${test.url}${path}`, { headers: { accept: 'text/html' } });

  it('says the dashboard is not built, linking to the API description, until it is', async () => {
    const res = await html('/');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('not built');
    expect(text).toContain('/api/openapi.json');
  });

  it('serves the build, and index.html for deep links, once it exists', async () => {
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'app-123.js'), 'console.log(1)');
    expect(await (await html('/')).text()).toContain('id="root"');
    const deep = await html('/providers/stripe');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('id="root"');
    const policy = directives(deep.headers.get('content-security-policy') ?? '');
    // Scripts only from the host's own files: no inline script, no eval, no other source.
    expect(policy.get('script-src')).toEqual(["'self'"]);
    for (const name of ['script-src-elem', 'script-src-attr', 'worker-src'])
      expect(policy.has(name)).toBe(false);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    const sources = [...policy.values()].flat();
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'"])
      expect(sources).not.toContain(unsafe);
    const asset = await fetch(`${test.url}/assets/app-123.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('sends HSTS only when the request came over https through the trusted proxy', async () => {
    const plain = await html('/');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const proxied = await startTestHost({ dashboardDir: dir, trustProxy: 'loopback' });
    try {
      const viaHttps = await fetch(`${proxied.url}/api/health`, {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(viaHttps.headers.get('strict-transport-security')).toBe('max-age=31536000');
    } finally {
      await proxied.close();
    }
    // Without trust, the header a client sends proves nothing.
    const spoofed = await fetch(`${test.url}/api/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });

  it('the real dashboard build has no inline script and no eval, so its strict policy holds', () => {
    const built = join(HOST_DIR, '..', 'dashboard', 'dist', 'index.html');
    if (!existsSync(built)) {
      console.warn(`skipped: ${built} is not built (pnpm --filter @paycore/dashboard build)`);
      return;
    }
    const text = readFileSync(built, 'utf8');
    const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(text).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    // Nor does any of its scripts build code from strings: the policy has no 'unsafe-eval'.
    const assets = join(built, '..', 'assets');
    for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(join(assets, file), 'utf8');
      // (`new Function(…)` minifies to `Function(…)`.)
      expect(code, file).not.toMatch(/(?<![.\w$])(?:Function|eval)\s*\(/);
    }
  });

  it('compresses the build with brotli, or gzip for clients without it', async () => {
    const script = `export const words = ${JSON.stringify('PayCore dashboard '.repeat(500))};`;
    writeFileSync(join(dir, 'assets', 'big-456.js'), script);
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
        (resolve, reject) => {
          request(`${test.url}/assets/big-456.js`, { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          })
            .on('error', reject)
            .end();
        },
      );
    const br = await raw('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);
    const gzip = await raw('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
  });

  it('keeps /api answers JSON: unknown API paths are 404 even for browsers', async () => {
    const res = await html('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    const missingAsset = await fetch(`${test.url}/assets/missing.js`, {
      headers: { accept: 'application/javascript' },
    });
    expect(missingAsset.status).toBe(404);
  });
});
