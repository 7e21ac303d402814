import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostClient } from './api.js';
import { PROBE_ARGS, PROBE_ENV } from './host-probe.js';
import {
  childPids,
  commandLine,
  freePort,
  type StartedServer,
  startNodeServer,
  waitFor200,
} from './processes.js';
import { type Simulator, startStripeSimulator } from './simulator.js';

/** Where things are and how long each load runs. */
export interface BenchContext {
  hostScript: string;
  durationSeconds: number;
}

/** A running host with a merchant, its API key, and the Stripe simulator behind its egress override. */
export interface HostUnderTest {
  host: StartedServer;
  orgId: string;
  apiKey: string;
  simulatorOrigin: string;
  simulator: Simulator;
  stop(): Promise<void>;
}

/** Starts the built host on a free port with a fresh data folder, a Stripe simulator and a merchant. */
export async function startHostUnderTest(
  context: BenchContext,
  env: Record<string, string> = {},
): Promise<HostUnderTest> {
  const simulator = await startStripeSimulator();
  const dataDir = mkdtempSync(join(tmpdir(), 'paycore-bench-data-'));
  const host = await startNodeServer(
    context.hostScript,
    {
      PAYCORE_DATA_DIR: dataDir,
      PAYCORE_EGRESS_OVERRIDES: JSON.stringify({ 'https://api.stripe.com': simulator.origin }),
      [PROBE_ENV]: '1',
      // The bench sends bursts of checks and connects from one address for one organisation.
      PAYCORE_RATE_LIMITS: 'check_org=1000000/1m,check_address=1000000/1m,signup_address=100000/1m',
      ...env,
    },
    '/api/health',
    await freePort(),
    { nodeArgs: PROBE_ARGS, ipc: true },
  );
  await waitFor200(host.origin, '/api/ready');
  const { orgId, apiKey } = await new HostClient(host.origin).merchant();
  return {
    host,
    orgId,
    apiKey,
    simulatorOrigin: simulator.origin,
    simulator,
    stop: async () => {
      await host.stop();
      await simulator.close();
    },
  };
}

/** The body of a Stripe sandbox check or connect with this secret key. */
export function stripeBody(secretKey: string): string {
  return JSON.stringify({ providerId: 'stripe', environment: 'sandbox', credentials: { secretKey } });
}

/** One connect check (`POST …/connections/check`) with the merchant's API key: its time, and whether it said ok. */
export async function timedCheck(
  target: HostUnderTest,
  secretKey: string,
): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const response = await fetch(`${target.host.origin}/api/orgs/${target.orgId}/connections/check`, {
    method: 'POST',
    headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' },
    body: stripeBody(secretKey),
  });
  const body = (await response.json()) as { ok?: boolean };
  return { ms: performance.now() - started, ok: response.status === 200 && body.ok === true };
}

/** The process ids of the host's sandbox workers (its child processes that run the sandbox's entry). */
export function sandboxWorkerPids(target: HostUnderTest): number[] {
  return childPids(target.host.child.pid!).filter((pid) => /sandbox.*child\/main\.js/.test(commandLine(pid)));
}
