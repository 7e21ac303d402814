import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { isPaycoreError } from './errors.js';
import { createSafeFetch } from './safe-fetch.js';
import { startServer } from './test-support/fixtures.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function simulator(handler: Parameters<typeof startServer>[0]) {
  const server = await startServer(handler);
  closers.push(server.close);
  return server.origin;
}

function safeFetch(origin: string, extra: Partial<Parameters<typeof createSafeFetch>[0]> = {}) {
  return createSafeFetch({
    hosts: ['api.example.com', 'auth.example.com'],
    overrides: { 'https://api.example.com': origin, 'https://auth.example.com': origin },
    timeoutMs: 1000,
    maxResponseBytes: 1024,
    ...extra,
  });
}

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('createSafeFetch', () => {
  it('reaches a declared host through its override and returns the body', async () => {
    const origin = await simulator((req, res) => res.end(JSON.stringify({ path: req.url })));
    const response = await safeFetch(origin)('https://api.example.com/v1/balance?x=1');
    expect(await response.json()).toEqual({ path: '/v1/balance?x=1' });
  });

  it('refuses an undeclared host, plain http and a non-standard port without sending anything', async () => {
    let hits = 0;
    const origin = await simulator((_req, res) => {
      hits++;
      res.end();
    });
    const fetch = safeFetch(origin);
    for (const url of [
      'https://evil.example.net/',
      'http://api.example.com/',
      'https://api.example.com:8443/',
    ]) {
      const error = await rejection(fetch(url));
      expect(isPaycoreError(error, 'egress_denied'), url).toBe(true);
    }
    expect(hits).toBe(0);
  });

  it('follows a redirect to a declared host and refuses one to an undeclared host', async () => {
    const origin = await simulator((req, res) => {
      if (req.url === '/hop') res.writeHead(302, { location: 'https://auth.example.com/done' }).end();
      else if (req.url === '/away') res.writeHead(302, { location: 'https://evil.example.net/steal' }).end();
      else res.end('arrived');
    });
    const fetch = safeFetch(origin);
    expect(await (await fetch('https://api.example.com/hop')).text()).toBe('arrived');
    expect(isPaycoreError(await rejection(fetch('https://api.example.com/away')), 'egress_denied')).toBe(
      true,
    );
  });

  it('waits for the pace hook once per answer, after the body is read and before the caller sees it', async () => {
    const origin = await simulator((req, res) => {
      if (req.url === '/old') res.writeHead(302, { location: '/new' }).end();
      else res.end('{"ok":true}');
    });
    const events: string[] = [];
    let release!: () => void;
    const pace = () => {
      events.push('pace');
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    const pending = safeFetch(origin, { pace })('https://api.example.com/old').then((response) => {
      events.push('answered');
      return response;
    });
    await expect.poll(() => events).toEqual(['pace']);
    expect(events).toEqual(['pace']);
    release();
    const response = await pending;
    expect(events).toEqual(['pace', 'answered']);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('caps the response size', async () => {
    const origin = await simulator((_req, res) => res.end('x'.repeat(5000)));
    expect(
      isPaycoreError(
        await rejection(safeFetch(origin)('https://api.example.com/big')),
        'egress_response_too_large',
      ),
    ).toBe(true);
  });

  it('times out a provider that never answers', async () => {
    const origin = await simulator(() => {});
    const started = Date.now();
    const error = await rejection(safeFetch(origin, { timeoutMs: 200 })('https://api.example.com/hang'));
    expect(isPaycoreError(error, 'egress_timeout')).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });
  it("sends fetch's default headers, the caller's headers over them, and a string body as text", async () => {
    const seen: { headers: Record<string, unknown>; body: string }[] = [];
    const origin = await simulator((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        res.end('{}');
      });
    });
    const fetch = safeFetch(origin);
    await fetch('https://api.example.com/text', { method: 'post', body: 'héllo' });
    await fetch('https://api.example.com/form', {
      method: 'POST',
      headers: new Headers({
        'User-Agent': 'hook/1',
        Authorization: 'Basic abc',
        Host: 'internal.example.net',
      }),
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    await fetch('https://api.example.com/json', {
      method: 'POST',
      headers: [['Content-Type', 'application/json']],
      body: new TextEncoder().encode('{"a":1}'),
    });
    expect(seen[0]!.headers).toMatchObject({
      accept: '*/*',
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': 'PayCore',
      'content-type': 'text/plain;charset=UTF-8',
      'content-length': '6',
    });
    expect(seen[0]!.body).toBe('héllo');
    expect(seen[1]!.headers).toMatchObject({
      'user-agent': 'hook/1',
      authorization: 'Basic abc',
      'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
    });
    // The transport names the host it connects to; a hook cannot aim at another virtual host.
    expect(seen[1]!.headers.host).toBe(new URL(origin).host);
    expect(seen[1]!.body).toBe('grant_type=client_credentials');
    expect(seen[2]!.headers['content-type']).toBe('application/json');
    expect(seen[2]!.body).toBe('{"a":1}');
    expect(isPaycoreError(await rejection(fetch('https://api.example.com/', { body: 'x' })))).toBe(false);
  });

  it('turns a POST answered with 303 into a GET without the body or its headers', async () => {
    const seen: string[] = [];
    const origin = await simulator((req, res) => {
      seen.push(
        `${req.method} ${req.url} ${req.headers['content-type'] ?? '-'} ${req.headers['content-length'] ?? '-'}`,
      );
      if (req.url === '/token') res.writeHead(303, { location: '/done' }).end('see other');
      else res.end('done');
    });
    const response = await safeFetch(origin)('https://api.example.com/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await response.text()).toBe('done');
    expect(seen).toEqual(['POST /token application/json 2', 'GET /done - -']);
  });

  it('decodes gzip and brotli answers, and caps the decoded size as well', async () => {
    const json = JSON.stringify({ object: 'balance', padding: 'a'.repeat(500) });
    const origin = await simulator((req, res) => {
      if (req.url === '/gzip') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(json));
      else if (req.url === '/br')
        res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(json));
      else res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('x'.repeat(100_000)));
    });
    const fetch = safeFetch(origin);
    expect(await (await fetch('https://api.example.com/gzip')).json()).toEqual(JSON.parse(json));
    expect(await (await fetch('https://api.example.com/br')).json()).toEqual(JSON.parse(json));
    // 100 kB that arrive as a few hundred bytes: the cap (1 kB here) holds for what is decoded.
    expect(
      isPaycoreError(await rejection(fetch('https://api.example.com/bomb')), 'egress_response_too_large'),
    ).toBe(true);
  });

  it('gives HEAD and 204 answers no body', async () => {
    const origin = await simulator((req, res) => {
      if (req.url === '/empty') res.writeHead(204).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end(req.method === 'HEAD' ? undefined : 'x');
    });
    const fetch = safeFetch(origin);
    const head = await fetch('https://api.example.com/', { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, null]);
    const empty = await fetch('https://api.example.com/empty');
    expect([empty.status, empty.body]).toEqual([204, null]);
  });

  it('reuses the connection for the next request to the same provider', async () => {
    const ports = new Set<number | undefined>();
    const origin = await simulator((req, res) => {
      ports.add(req.socket.remotePort);
      res.end('ok');
    });
    const fetch = safeFetch(origin);
    for (let i = 0; i < 3; i++) await (await fetch('https://api.example.com/')).text();
    expect(ports.size).toBe(1);
  });

  it('sends a request again on a new connection when the kept-alive one turns out closed', async () => {
    const served = new Map<unknown, number>();
    const origin = await simulator((req, res) => {
      const count = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, count);
      // The second request on a connection finds it closed, as when a server drops idle ones.
      if (count === 2) req.socket.destroy();
      else res.end(`answer ${served.size}`);
    });
    const fetch = safeFetch(origin);
    expect(await (await fetch('https://api.example.com/')).text()).toBe('answer 1');
    expect(await (await fetch('https://api.example.com/')).text()).toBe('answer 2');
    expect(served.size).toBe(2);
  });

  it('refuses a provider whose TLS certificate is not trusted, before sending anything', async () => {
    const tls = (name: string) => readFileSync(new URL(`./test-support/tls/${name}`, import.meta.url));
    let hits = 0;
    const server = createHttpsServer(
      { key: tls('self-signed.key'), cert: tls('self-signed.crt') },
      (_req, res) => {
        hits++;
        res.end('{}');
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const error = await rejection(safeFetch(origin)('https://api.example.com/v1/balance'));
    expect(isPaycoreError(error, 'egress_network')).toBe(true);
    expect(String((error as Error).cause)).toMatch(/self[- ]signed/i);
    expect(hits).toBe(0);
  });

  it('reports a connection dropped mid-answer as a network failure', async () => {
    const origin = await simulator((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await rejection(safeFetch(origin)('https://api.example.com/'));
    expect(isPaycoreError(error, 'egress_network')).toBe(true);
  });

  it("ends a request when the caller's signal aborts, and sends nothing once it has", async () => {
    let hits = 0;
    const origin = await simulator(() => {
      hits++;
    });
    const controller = new AbortController();
    const fetch = safeFetch(origin, { signal: controller.signal, timeoutMs: 10_000 });
    const pending = rejection(fetch('https://api.example.com/hang'));
    await expect.poll(() => hits).toBe(1);
    controller.abort();
    expect(isPaycoreError(await pending, 'egress_timeout')).toBe(true);
    expect(isPaycoreError(await rejection(fetch('https://api.example.com/again')), 'egress_timeout')).toBe(
      true,
    );
    expect(hits).toBe(1);
  });

  it('counts the time limit across redirects', async () => {
    const origin = await simulator((req, res) => {
      const hop = Number(req.url?.slice(1));
      setTimeout(() => res.writeHead(302, { location: `/${hop + 1}` }).end(), 120);
    });
    const started = Date.now();
    const error = await rejection(
      safeFetch(origin, { timeoutMs: 300, maxRedirects: 10 })('https://api.example.com/0'),
    );
    expect(isPaycoreError(error, 'egress_timeout')).toBe(true);
    expect(Date.now() - started).toBeLessThan(600);
  });

  it('applies the same limits through a fetch the caller supplies', async () => {
    const origin = await simulator((_req, res) => res.end('x'.repeat(5000)));
    let calls = 0;
    const fetchImpl: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const error = await rejection(safeFetch(origin, { fetchImpl })('https://api.example.com/big'));
    expect(isPaycoreError(error, 'egress_response_too_large')).toBe(true);
    expect(calls).toBe(1);
  });
});
