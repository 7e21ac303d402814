import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { stopChild } from './processes.js';

/** The Stripe balance object the simulator answers with. */
export const BALANCE = JSON.stringify({
  object: 'balance',
  available: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
  livemode: false,
  pending: [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
});

const on = { available: true, display_preference: { overridable: null, preference: 'on', value: 'on' } };

/** The default payment method configuration Stripe's discover reads: cards and Apple Pay on. */
const CONFIGURATIONS = JSON.stringify({
  object: 'list',
  url: '/v1/payment_method_configurations',
  has_more: false,
  data: [
    { id: 'pmc_bench', object: 'payment_method_configuration', is_default: true, card: on, apple_pay: on },
  ],
});

/**
 * The account Stripe's discover reads. Each answer names a new account, as many merchants would:
 * the host refuses to connect the same account twice in an organisation.
 */
function account(n: number): string {
  return JSON.stringify({
    id: `acct_bench${n}`,
    object: 'account',
    country: 'US',
    default_currency: 'usd',
    payouts_enabled: true,
    external_accounts: { object: 'list', data: [{ object: 'bank_account', currency: 'usd' }] },
  });
}

/** The paths of a Stripe check: verify reads the balance, then discover the other two side by side. */
export const STRIPE_PATHS = {
  balance: '/v1/balance',
  configurations: '/v1/payment_method_configurations?limit=100',
  account: '/v1/account',
};

/** A key the simulator answers after {@link SLOW_DELAY_MS}. */
export const SLOW_KEY = 'sk_test_51SlowProviderKeyAbcdefghijklm';
/** A key the simulator never answers: the request is held until the caller closes the socket. */
export const HANG_KEY = 'sk_test_51HangingProviderKeyAbcdefghij';
/** Every other key, this one included, is answered at once. */
export const FAST_KEY = 'sk_test_51BenchmarkKeyAbcdefghijklmnop';
export const SLOW_DELAY_MS = 2000;
/** Answers the simulator's {@link SimulatorStats} as JSON. */
export const STATS_PATH = '/_bench/stats';

/** What the simulator sees of the host's provider calls. */
export interface SimulatorStats {
  /** Slow or hanging requests held right now. */
  waiting: number;
  /** Sockets that have carried a provider request and are open now. */
  sockets: number;
  /** The most such sockets open at the same moment since the simulator started. */
  maxSockets: number;
}

/** A running simulator process. */
export interface Simulator {
  origin: string;
  stats(): Promise<SimulatorStats>;
  close(): Promise<void>;
}

/**
 * Starts the local Stripe simulator (the reads of {@link STRIPE_PATHS}: at once, after 2 s for
 * {@link SLOW_KEY}, never for {@link HANG_KEY}) in its own process, so holding hundreds of requests
 * costs the benchmark's load generator nothing.
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
    stats: async () => (await (await fetch(origin + STATS_PATH)).json()) as SimulatorStats,
    close: () => stopChild(child),
  };
}

function serve(): void {
  let waiting = 0;
  let accounts = 0;
  // Only sockets that carried a provider request: the benchmark's own stats requests are not the host's.
  const providerSockets = new Set<Socket>();
  let maxSockets = 0;
  const track = (req: IncomingMessage) => {
    const { socket } = req;
    if (providerSockets.has(socket)) return;
    providerSockets.add(socket);
    maxSockets = Math.max(maxSockets, providerSockets.size);
    socket.once('close', () => providerSockets.delete(socket));
  };
  const server = createServer((req, res) => {
    if (req.url === STATS_PATH) {
      const stats: SimulatorStats = { waiting, sockets: providerSockets.size, maxSockets };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
      return;
    }
    track(req);
    const answer = () => {
      const path = req.url?.split('?')[0];
      const body =
        path === '/v1/balance'
          ? BALANCE
          : path === '/v1/payment_method_configurations'
            ? CONFIGURATIONS
            : path === '/v1/account'
              ? account(++accounts)
              : undefined;
      if (body) res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      else res.writeHead(404).end();
    };
    const authorization = req.headers.authorization ?? '';
    if (authorization.includes(HANG_KEY)) {
      waiting++;
      req.socket.once('close', () => waiting--);
    } else if (authorization.includes(SLOW_KEY)) {
      waiting++;
      setTimeout(() => {
        waiting--;
        answer();
      }, SLOW_DELAY_MS);
    } else answer();
  });
  server.keepAliveTimeout = 60_000;
  // A hanging request must stay open for as long as the host keeps it.
  server.requestTimeout = 0;
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`http://127.0.0.1:${port}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve();
