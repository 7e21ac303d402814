import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The key the simulator accepts, as a merchant would paste it from Stripe's test mode. */
export const GOOD_KEY = 'sk_test_51PayCoreBrowserGoodKey0000000000';
/** A well-formed key the simulator refuses, like a rolled or deleted key. */
export const WRONG_KEY = 'sk_test_51PayCoreBrowserWrongKey000000000';

/** A local Stripe answering `GET /v1/balance` as Stripe documents it. */
export interface StripeSimulator {
  origin: string;
  close(): Promise<void>;
}

/** Starts the simulator on a free port of 127.0.0.1. */
export async function startStripeSimulator(): Promise<StripeSimulator> {
  const server = createServer((req, res) => {
    const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    res.setHeader('content-type', 'application/json');
    if (req.method !== 'GET' || req.url !== '/v1/balance') {
      res
        .writeHead(404)
        .end(
          JSON.stringify({ error: { type: 'invalid_request_error', message: 'Unrecognized request URL' } }),
        );
      return;
    }
    if (key !== GOOD_KEY) {
      const masked = `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;
      res.writeHead(401).end(
        JSON.stringify({
          error: { message: `Invalid API Key provided: ${masked}`, type: 'invalid_request_error' },
        }),
      );
      return;
    }
    res.writeHead(200).end(
      JSON.stringify({
        object: 'balance',
        livemode: false,
        available: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
        pending: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
      }),
    );
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
