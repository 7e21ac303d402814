import type { Server } from 'node:http';
import { afterAll, afterEach } from 'vitest';
import { createEgressAgent, type EgressAgentOptions } from '../egress/agent.js';
import { createSafeFetch, type SafeFetchOptions } from '../egress/safe-fetch.js';
import { startServer } from './fixtures.js';

/** The hosts every egress test declares; both are mapped to the test's local simulator. */
export const TEST_HOSTS = ['api.example.com', 'auth.example.com'];

/**
 * One agent for a test file (closed after it) and local simulators (closed after each test), with
 * a safe fetch that maps the test hosts to a simulator: 1 s and 1 kB unless a test says otherwise.
 */
export function egressHarness(agentOptions: EgressAgentOptions = {}) {
  const agent = createEgressAgent(agentOptions);
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  afterAll(() => agent.close());
  return {
    agent,
    /** Starts a simulator and returns its origin (and server, to watch its connections). */
    async simulator(handler: Parameters<typeof startServer>[0]): Promise<{ origin: string; server: Server }> {
      const started = await startServer(handler);
      closers.push(started.close);
      return started;
    },
    /** Registers something to close after the test, e.g. a server started by hand. */
    onClose(close: () => Promise<void>): void {
      closers.push(close);
    },
    safeFetch(origin: string, extra: Partial<SafeFetchOptions> = {}) {
      return createSafeFetch({
        hosts: TEST_HOSTS,
        overrides: Object.fromEntries(TEST_HOSTS.map((host) => [`https://${host}`, origin])),
        timeoutMs: 1000,
        maxResponseBytes: 1024,
        dispatcher: agent,
        ...extra,
      });
    },
  };
}

/** What `promise` rejects with; fails the test when it fulfils. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
