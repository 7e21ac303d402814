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
});
