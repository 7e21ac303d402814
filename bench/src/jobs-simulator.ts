import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BALANCE } from './simulator.js';
import { stopChild } from './processes.js';

/** How the simulator answers `GET /v1/balance`: after a delay, or 503 at once (an outage). */
export interface JobsSimulatorMode {
  delayMs: number;
  down: boolean;
}

/** What it has seen: provider checks and webhook deliveries, with the times of the first and last delivery. */
export interface JobsSimulatorStats {
  checks: number;
  deliveries: number;
  firstDeliveryAt: number;
  lastDeliveryAt: number;
}

/** A running simulator process: a Stripe for scheduled checks and a webhook receiver. */
export interface JobsSimulator {
  origin: string;
  /** Where webhook deliveries go (it answers 200). */
  hookUrl: string;
  stats(): Promise<JobsSimulatorStats>;
  /** Sets how checks are answered and zeroes the counters. */
  reset(mode: JobsSimulatorMode): Promise<void>;
  close(): Promise<void>;
}

const CONTROL = '/_jobs';

/** Starts it in its own process, so holding the host's requests costs the benchmark nothing. */
export async function startJobsSimulator(): Promise<JobsSimulator> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the jobs simulator exited with ${code}`)));
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  child.removeAllListeners('exit');
  return {
    origin,
    hookUrl: `${origin}/hook`,
    stats: async () => (await (await fetch(origin + CONTROL)).json()) as JobsSimulatorStats,
    reset: async (mode) => {
      await (await fetch(origin + CONTROL, { method: 'POST', body: JSON.stringify(mode) })).arrayBuffer();
    },
    close: () => stopChild(child),
  };
}

function serve(): void {
  let mode: JobsSimulatorMode = { delayMs: 0, down: false };
  let stats: JobsSimulatorStats = { checks: 0, deliveries: 0, firstDeliveryAt: 0, lastDeliveryAt: 0 };
  const server = createServer((req, res) => {
    if (req.url === CONTROL) {
      if (req.method !== 'POST') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
        return;
      }
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      req.on('end', () => {
        mode = JSON.parse(body) as JobsSimulatorMode;
        stats = { checks: 0, deliveries: 0, firstDeliveryAt: 0, lastDeliveryAt: 0 };
        res.writeHead(204).end();
      });
      return;
    }
    if (req.url === '/hook') {
      req.resume();
      req.on('end', () => {
        const now = Date.now();
        stats.deliveries++;
        stats.firstDeliveryAt ||= now;
        stats.lastDeliveryAt = now;
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
      return;
    }
    stats.checks++;
    if (mode.down) {
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"type":"api_error"}}');
      return;
    }
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(BALANCE), mode.delayMs);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`http://127.0.0.1:${port}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve();
