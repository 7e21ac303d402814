import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_DIR } from './support/paths.js';
import { startTestHost, type TestHost } from './support/test-host.js';

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
    const csp = deep.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
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

  it('the real dashboard build has no inline script, so its strict policy holds', () => {
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
