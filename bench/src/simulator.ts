import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { stopChild } from './processes.js';

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
/** Answers how many slow requests are waiting: `{ "waiting": n }`. */
export const WAITING_PATH = '/_bench/waiting';

/** A running simulator process. */
export interface Simulator {
  origin: string;
  /** Slow requests the simulator holds right now. */
  waiting(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts the local Stripe simulator (GET /v1/balance, at once, or after 2 s for {@link SLOW_KEY})
 * in its own process, so answering 500 held requests costs the benchmark's load generator
 * nothing.
 */
export async function startStripeSimulator(): Promise<Simulator> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the simulator exited with ${code}`)));
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  child.removeAllListeners('exit');
  return {
    origin,
    waiting: async () => ((await (await fetch(origin + WAITING_PATH)).json()) as { waiting: number }).waiting,
    close: () => stopChild(child),
  };
}

function serve(): void {
  let waiting = 0;
  const server = createServer((req, res) => {
    if (req.url === WAITING_PATH) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ waiting }));
      return;
    }
    const answer = () => {
      if (req.url?.startsWith('/v1/balance'))
        res.writeHead(200, { 'content-type': 'application/json' }).end(BALANCE);
      else res.writeHead(404).end();
    };
    if (req.headers.authorization?.includes(SLOW_KEY)) {
      waiting++;
      setTimeout(() => {
        waiting--;
        answer();
      }, SLOW_DELAY_MS);
    } else answer();
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`http://127.0.0.1:${port}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve();
