import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isPaycoreError } from '../errors.js';
import { egressHarness, rejection } from '../test-support/egress.js';
import { createEgressAgent } from './agent.js';

const { simulator, safeFetch, onClose } = egressHarness();

describe('answer bodies', () => {
  it('decodes gzip, brotli and both kinds of deflate answers', async () => {
    const json = JSON.stringify({ object: 'balance', padding: 'a'.repeat(500) });
    const encoders: Record<string, (text: string) => Buffer> = {
      gzip: gzipSync,
      br: brotliCompressSync,
      deflate: deflateSync,
      'raw-deflate': deflateRawSync,
    };
    const { origin } = await simulator((req, res) => {
      const name = req.url!.slice(1);
      res.writeHead(200, { 'content-encoding': name === 'raw-deflate' ? 'deflate' : name });
      res.end(encoders[name]!(json));
    });
    const fetch = safeFetch(origin);
    for (const name of Object.keys(encoders)) {
      expect(await (await fetch(`https://api.example.com/${name}`)).json(), name).toEqual(JSON.parse(json));
    }
  });

  it('caps the body as received, whether its length is declared or not', async () => {
    const { origin } = await simulator((req, res) => {
      if (req.url === '/chunked') res.write('x'.repeat(3000));
      res.end('x'.repeat(2000));
    });
    const fetch = safeFetch(origin);
    for (const path of ['/declared', '/chunked']) {
      const error = await rejection(fetch(`https://api.example.com${path}`));
      expect(isPaycoreError(error, 'egress_response_too_large'), path).toBe(true);
    }
  });

  it('caps the decoded body as well: a gzip bomb is refused', async () => {
    const { origin } = await simulator((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('x'.repeat(100_000)));
    });
    // 100 kB that arrive as a few hundred bytes: the cap (1 kB here) holds for what is decoded.
    const error = await rejection(safeFetch(origin)('https://api.example.com/bomb'));
    expect(isPaycoreError(error, 'egress_response_too_large')).toBe(true);
  });

  it("holds the agent's own cap when a safe fetch allows more", async () => {
    const { origin } = await simulator((_req, res) => res.end('x'.repeat(5000)));
    const small = createEgressAgent({ maxResponseBytes: 2048 });
    onClose(() => small.close());
    const fetch = safeFetch(origin, { dispatcher: small, maxResponseBytes: 10_000 });
    expect(
      isPaycoreError(await rejection(fetch('https://api.example.com/')), 'egress_response_too_large'),
    ).toBe(true);
  });

  it('reports an answer that cannot be decoded as a network failure', async () => {
    const { origin } = await simulator((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip at all');
    });
    const error = await rejection(safeFetch(origin)('https://api.example.com/'));
    expect(isPaycoreError(error, 'egress_network')).toBe(true);
  });
});
