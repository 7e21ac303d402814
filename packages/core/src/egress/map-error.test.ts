import { describe, expect, it } from 'vitest';
import { isPaycoreError } from '../errors.js';
import { egressHarness, rejection } from '../test-support/egress.js';
import { startServer } from '../test-support/fixtures.js';
import { createEgressAgent } from './agent.js';

const { simulator, safeFetch, onClose } = egressHarness();

describe('why a request failed', () => {
  it('times out a provider that never answers', async () => {
    const { origin } = await simulator(() => {});
    const started = Date.now();
    const error = await rejection(safeFetch(origin, { timeoutMs: 200 })('https://api.example.com/hang'));
    expect(isPaycoreError(error, 'egress_timeout')).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('counts the time limit across redirects', async () => {
    const { origin } = await simulator((req, res) => {
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

  it("reports the caller's abort as such, with its reason, and sends nothing once it has", async () => {
    let hits = 0;
    const { origin } = await simulator(() => {
      hits++;
    });
    const controller = new AbortController();
    const fetch = safeFetch(origin, { signal: controller.signal, timeoutMs: 10_000 });
    const pending = rejection(fetch('https://api.example.com/hang'));
    await expect.poll(() => hits).toBe(1);
    const reason = new Error('the merchant closed the page');
    controller.abort(reason);
    const error = await pending;
    expect(isPaycoreError(error, 'egress_aborted')).toBe(true);
    expect((error as Error).cause).toBe(reason);
    const again = await rejection(fetch('https://api.example.com/again'));
    expect([isPaycoreError(again, 'egress_aborted'), (again as Error).cause]).toEqual([true, reason]);
    expect(hits).toBe(1);
  });

  it("ends a request when the hook's own signal aborts", async () => {
    const { origin } = await simulator(() => {});
    const error = await rejection(
      safeFetch(origin, { timeoutMs: 10_000 })('https://api.example.com/hang', {
        signal: AbortSignal.timeout(50),
      }),
    );
    expect(isPaycoreError(error, 'egress_aborted')).toBe(true);
    expect((error as Error).cause).toMatchObject({ name: 'TimeoutError' });
  });

  it('reports a refused connection and a connection dropped mid-answer as network failures', async () => {
    const closed = await startServer(() => {});
    await closed.close();
    const refused = await rejection(safeFetch(closed.origin)('https://api.example.com/'));
    expect(isPaycoreError(refused, 'egress_network')).toBe(true);
    expect((refused as Error).cause).toMatchObject({ code: 'ECONNREFUSED' });

    const { origin } = await simulator((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const dropped = await rejection(safeFetch(origin)('https://api.example.com/'));
    expect(isPaycoreError(dropped, 'egress_network')).toBe(true);
  });

  it("reports the agent's header and body time limits as timeouts", async () => {
    const { origin } = await simulator((req, res) => {
      if (req.url === '/slow-body') res.write('{');
    });
    const impatient = createEgressAgent({ headersTimeoutMs: 100, bodyTimeoutMs: 100 });
    onClose(() => impatient.close());
    const fetch = safeFetch(origin, { dispatcher: impatient, timeoutMs: 10_000 });
    // undici checks these limits on a coarse clock, so both wait side by side.
    const errors = await Promise.all(
      ['/slow-headers', '/slow-body'].map((path) => rejection(fetch(`https://api.example.com${path}`))),
    );
    expect(errors.map((error) => isPaycoreError(error, 'egress_timeout'))).toEqual([true, true]);
  });
});
