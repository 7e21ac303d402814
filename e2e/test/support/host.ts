import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { childEnv } from './run.js';
import { freePort } from './verdaccio.js';

/** A running host process. */
export interface RunningHost {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the built host (`apps/host/dist/main.js`) on a free port of 127.0.0.1 with `dataDir` for
 * its SQLite file and key, and waits for `/api/ready`.
 */
export async function startHost(
  repo: string,
  options: { dataDir: string; env: Record<string, string> },
): Promise<RunningHost> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [join(repo, 'apps/host/dist/main.js')], {
    cwd: options.dataDir,
    env: childEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      PAYCORE_DATA_DIR: options.dataDir,
      DATABASE_URL: '',
      PAYCORE_MASTER_KEYS: '',
      LOG_LEVEL: 'warn',
      ...options.env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const stop = async () => {
    if (!done) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !done) {
    try {
      if ((await fetch(`${url}/api/ready`)).ok) return { url, output: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await stop();
  throw new Error(`The host did not become ready\n--- host ---\n${output}`);
}

/** A provider simulator answering the scaffold's placeholder check, `GET /v1/account`. */
export async function startAccountSimulator(
  key: string,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const ok = request.method === 'GET' && request.url === '/v1/account';
    const authorised = request.headers.authorization === `Bearer ${key}`;
    response.writeHead(ok ? (authorised ? 200 : 401) : 404, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(authorised ? { id: 'acct_e2e', name: 'Acme merchant' } : { error: 'unauthorized' }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the test reads JSON answers loosely and asserts on them
type Json = any;

/** A browser-like API client: keeps the session cookie and sends `Origin` with writes. */
export function apiClient(base: string) {
  let cookie: string | undefined;
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (cookie) headers.cookie = cookie;
    if (method !== 'GET') headers.origin = base;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(new URL(path, base), {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      if (pair?.startsWith('paycore_session=')) cookie = pair;
    }
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}
