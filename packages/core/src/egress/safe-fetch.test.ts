import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isPaycoreError } from '../errors.js';
import { egressHarness, rejection } from '../test-support/egress.js';
import { createEgressAgent } from './agent.js';

const { simulator, safeFetch, onClose } = egressHarness();

describe('createSafeFetch', () => {
  it('reaches a declared host through its override and returns the body', async () => {
    const { origin } = await simulator((req, res) => res.end(JSON.stringify({ path: req.url })));
    const response = await safeFetch(origin)('https://api.example.com/v1/balance?x=1');
    expect(await response.json()).toEqual({ path: '/v1/balance?x=1' });
  });

  it('refuses an undeclared host, plain http, a non-standard port and credentials without sending anything', async () => {
    let hits = 0;
    const { origin } = await simulator((_req, res) => {
      hits++;
      res.end();
    });
    const fetch = safeFetch(origin);
    for (const url of [
      'https://evil.example.net/',
      'http://api.example.com/',
      'https://api.example.com:8443/',
      'https://user:secret@api.example.com/',
    ]) {
      const error = await rejection(fetch(url));
      expect(isPaycoreError(error, 'egress_denied'), url).toBe(true);
    }
    expect(String(await rejection(fetch('https://evil.example.net/')))).toContain('evil.example.net');
    expect(hits).toBe(0);
  });

  it('follows a redirect to a declared host and refuses one to an undeclared host or past the limit', async () => {
    const { origin } = await simulator((req, res) => {
      if (req.url === '/hop') res.writeHead(302, { location: 'https://auth.example.com/done' }).end();
      else if (req.url === '/away') res.writeHead(302, { location: 'https://evil.example.net/steal' }).end();
      else if (req.url === '/loop') res.writeHead(307, { location: '/loop' }).end();
      else res.end('arrived');
    });
    const fetch = safeFetch(origin);
    expect(await (await fetch('https://api.example.com/hop')).text()).toBe('arrived');
    for (const path of ['/away', '/loop']) {
      expect(isPaycoreError(await rejection(fetch(`https://api.example.com${path}`)), 'egress_denied')).toBe(
        true,
      );
    }
  });

  it("sends fetch's default headers, the caller's headers over them, and a string body as text", async () => {
    const seen: { headers: Record<string, unknown>; body: string }[] = [];
    const { origin } = await simulator((req, res) => {
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
        'Content-Length': '999',
      }),
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    await fetch('https://api.example.com/json', {
      method: 'POST',
      headers: [['Content-Type', 'application/json']],
      body: new TextEncoder().encode('{"a":1}'),
    });
    await fetch('https://api.example.com/blob', { method: 'PUT', body: new Blob(['raw'], { type: 'x/y' }) });
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
      'content-length': '29',
    });
    // The agent names the host it connects to; a hook cannot aim at another virtual host.
    expect(seen[1]!.headers.host).toBe(new URL(origin).host);
    expect(seen[1]!.body).toBe('grant_type=client_credentials');
    expect(seen[2]!.headers['content-type']).toBe('application/json');
    expect(seen[2]!.body).toBe('{"a":1}');
    expect([seen[3]!.headers['content-type'], seen[3]!.body]).toEqual(['x/y', 'raw']);
    const error = await rejection(fetch('https://api.example.com/', { body: 'x' }));
    expect(error).toBeInstanceOf(TypeError);
    expect(seen).toHaveLength(4);
  });

  it('sends form data with its multipart boundary', async () => {
    const seen: string[] = [];
    const { origin } = await simulator((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        seen.push(String(req.headers['content-type']), body);
        res.end();
      });
    });
    const form = new FormData();
    form.set('scope', 'read');
    await safeFetch(origin)('https://api.example.com/form', { method: 'POST', body: form });
    const boundary = seen[0]!.match(/^multipart\/form-data; boundary=(.+)$/)?.[1];
    expect(boundary).toBeDefined();
    expect(seen[1]).toContain(`--${boundary}`);
    expect(seen[1]).toContain('name="scope"\r\n\r\nread');
  });

  it('turns a POST answered with 303 into a GET without the body or its headers', async () => {
    const seen: string[] = [];
    const { origin } = await simulator((req, res) => {
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

  it('gives HEAD and 204 answers no body, and keeps status text and repeated headers', async () => {
    const { origin } = await simulator((req, res) => {
      if (req.url === '/empty') res.writeHead(204).end();
      else if (req.url === '/cookies')
        res.writeHead(201, 'Made', { 'set-cookie': ['a=1', 'b=2'] }).end('{"made":true}');
      // A HEAD answer names the size of the body a GET would get, here over the cap.
      else
        res
          .writeHead(200, { 'content-length': '5000' })
          .end(req.method === 'HEAD' ? undefined : 'x'.repeat(5000));
    });
    const fetch = safeFetch(origin);
    const head = await fetch('https://api.example.com/', { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, null]);
    const empty = await fetch('https://api.example.com/empty');
    expect([empty.status, empty.body]).toEqual([204, null]);
    const made = await fetch('https://api.example.com/cookies');
    expect([made.status, made.statusText, made.headers.getSetCookie()]).toEqual([
      201,
      'Made',
      ['a=1', 'b=2'],
    ]);
    expect(await made.json()).toEqual({ made: true });
  });

  it('refuses a provider whose TLS certificate is not trusted, and reaches it once its CA is given', async () => {
    const tls = (name: string) => readFileSync(new URL(`../test-support/tls/${name}`, import.meta.url));
    let hits = 0;
    const server = createHttpsServer(
      { key: tls('self-signed.key'), cert: tls('self-signed.crt') },
      (_req, res) => {
        hits++;
        res.end('{"trusted":true}');
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onClose(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const error = await rejection(safeFetch(origin)('https://api.example.com/v1/balance'));
    expect(isPaycoreError(error, 'egress_network')).toBe(true);
    expect(String((error as Error).cause)).toMatch(/self[- ]signed/i);
    expect(hits).toBe(0);

    const trusting = createEgressAgent({ tls: { ca: tls('self-signed.crt') } });
    onClose(() => trusting.close());
    const response = await safeFetch(origin, { dispatcher: trusting })('https://api.example.com/v1/balance');
    expect(await response.json()).toEqual({ trusted: true });
  });
});
