import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The Stripe balance object the simulator answers with. */
export const BALANCE = JSON.stringify({
  object: 'balance',
  available: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
  livemode: false,
  pending: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
});

/** A key the simulator answers after {@link SLOW_DELAY_MS}; every other key is answered at once. */
export const SLOW_KEY = 'sk_test_51SlowProviderKeyAbcdefghijklm';
export const FAST_KEY = 'sk_test_51BenchmarkKeyAbcdefghijklmnop';
export const SLOW_DELAY_MS = 2000;

/** A local Stripe simulator answering GET /v1/balance, at once, or after 2 s for {@link SLOW_KEY}. */
export async function startStripeSimulator(): Promise<{
  origin: string;
  server: Server;
  close(): Promise<void>;
}> {
  const server = createServer((req, res) => {
    const answer = () => {
      if (req.url?.startsWith('/v1/balance'))
        res.writeHead(200, { 'content-type': 'application/json' }).end(BALANCE);
      else res.writeHead(404).end();
    };
    if (req.headers.authorization?.includes(SLOW_KEY)) setTimeout(answer, SLOW_DELAY_MS);
    else answer();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
