import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A key the simulator accepts. */
export const GOOD_TEST_KEY = 'sk_test_51SimulatorGoodKey000000000000';
/** A well-formed key the simulator refuses (401), as Stripe does for a rolled key. */
export const WRONG_TEST_KEY = 'sk_test_51SimulatorWrongKey00000000000';

/** A local Stripe that answers `GET /v1/balance` as Stripe documents it. */
export interface StripeSimulator {
  origin: string;
  /** `PAYCORE_EGRESS_OVERRIDES` value for it. */
  overrides: Record<string, string>;
  /** Requests received. */
  count: number;
  /**
   * How it answers known keys: `accept` (the default), `reject` (401 for every key, as after the
   * merchant rolled the key), or `down` (503 `api_error`, as during an outage).
   */
  mode: 'accept' | 'reject' | 'down';
  close(): Promise<void>;
}

/**
 * Starts the simulator on 127.0.0.1. Known keys get a balance object (`livemode` from the key's
 * mode); other keys get Stripe's 401 `invalid_request_error`, whose message repeats the key
 * partly masked (so tests see that the host passes the provider's words on without the secret).
 * Pass the `port` of a closed simulator to bring it back at the same origin.
 */
export async function startStripeSimulator(
  keys: readonly string[] = [GOOD_TEST_KEY],
  port = 0,
): Promise<StripeSimulator> {
  const known = new Set(keys);
  const simulator = { count: 0, mode: 'accept' } as StripeSimulator;
  const server: Server = createServer((req, res) => {
    simulator.count++;
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
    if (simulator.mode === 'down') {
      res
        .writeHead(503)
        .end(JSON.stringify({ error: { type: 'api_error', message: 'Stripe is temporarily unavailable' } }));
      return;
    }
    if (!known.has(key) || simulator.mode === 'reject') {
      res.writeHead(401).end(
        JSON.stringify({
          error: {
            type: 'invalid_request_error',
            message: `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`,
          },
        }),
      );
      return;
    }
    res.writeHead(200).end(
      JSON.stringify({
        object: 'balance',
        livemode: key.startsWith('sk_live_'),
        available: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
        pending: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  simulator.origin = origin;
  simulator.overrides = { 'https://api.stripe.com': origin };
  simulator.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return simulator;
}
