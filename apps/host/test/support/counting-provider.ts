import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A provider API for the good fixture that accepts any key and counts what it was asked, per key. */
export interface CountingProvider {
  origin: string;
  /** Requests per API key since the last reset. */
  counts: Map<string, number>;
  total: number;
  /** The most requests with one key that were in flight at the same time. */
  maxInFlightPerKey: number;
  /** How long it takes to answer. */
  delayMs: number;
  reset(): void;
  close(): Promise<void>;
}

/** Starts it on 127.0.0.1: `GET /v1/account` answers 200 for any `Bearer key_…` after `delayMs`. */
export async function startCountingProvider(delayMs = 0): Promise<CountingProvider> {
  const inFlight = new Map<string, number>();
  const provider = { counts: new Map(), total: 0, maxInFlightPerKey: 0, delayMs } as CountingProvider;
  const server = createServer((req, res) => {
    const key = /^Bearer (key_\w+)$/.exec(req.headers.authorization ?? '')?.[1];
    res.setHeader('content-type', 'application/json');
    if (!key) {
      res.writeHead(401).end('{"error":"unauthorized"}');
      return;
    }
    provider.total++;
    provider.counts.set(key, (provider.counts.get(key) ?? 0) + 1);
    const now = (inFlight.get(key) ?? 0) + 1;
    inFlight.set(key, now);
    provider.maxInFlightPerKey = Math.max(provider.maxInFlightPerKey, now);
    setTimeout(() => {
      inFlight.set(key, (inFlight.get(key) ?? 1) - 1);
      res.writeHead(200).end(JSON.stringify({ id: `acct_${key.slice(-8)}`, name: 'Counted Merchant' }));
    }, provider.delayMs);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  provider.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider.reset = () => {
    provider.counts = new Map();
    provider.total = 0;
    provider.maxInFlightPerKey = 0;
  };
  provider.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return provider;
}
