import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { HOST_MAIN } from './paths';

/** A host process serving a dashboard build. */
export interface RunningHost {
  url: string;
  /** Everything the host printed, for a failure message. */
  output: () => string;
  /** Runs the host's `admin` command (`grant|revoke <email>`, `list`) on this host's database. */
  admin(...args: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** Options for {@link startHost}. */
export interface StartHostOptions {
  dashboardDir: string;
  egressOverrides: Record<string, string>;
  /** Folders of connector packages written outside the repository (`PAYCORE_CONNECTOR_PATHS`). */
  connectorPaths?: string[];
  /** More configuration, e.g. `PAYCORE_CHECK_INTERVAL`. */
  env?: Record<string, string>;
}

/**
 * Starts the built host (`apps/host/dist/main.js`) as `pnpm start` would, on a free port of
 * 127.0.0.1 with a throw-away data folder (SQLite and key file), and waits for `/api/ready`.
 */
export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  if (!existsSync(HOST_MAIN))
    throw new Error(
      `The host is not built (${HOST_MAIN} is missing): run pnpm --filter @paycore/host... build`,
    );
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'paycore-dashboard-test-'));
  let output = '';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PAYCORE_DATA_DIR: dataDir,
    PAYCORE_DASHBOARD_DIR: options.dashboardDir,
    PAYCORE_EGRESS_OVERRIDES: JSON.stringify(options.egressOverrides),
    PAYCORE_CONNECTOR_PATHS: (options.connectorPaths ?? []).join(delimiter),
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    PAYCORE_MASTER_KEYS: '',
    PAYCORE_PUBLIC_URL: `http://127.0.0.1:${port}`,
    // The journeys sign up, log in and check many times from 127.0.0.1.
    PAYCORE_RATE_LIMITS: ['login_address', 'signup_address', 'mail_address', 'check_org', 'check_address']
      .map((name) => `${name}=100000/1m`)
      .join(','),
    ...options.env,
  };
  const child: ChildProcess = spawn(process.execPath, [HOST_MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, exited);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- host output ---\n${output}`);
  }
  const admin = (...args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const command = spawn(process.execPath, [join(HOST_MAIN, '..', 'admin.js'), ...args], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let said = '';
      command.stdout?.on('data', (chunk) => (said += chunk));
      command.stderr?.on('data', (chunk) => (said += chunk));
      command.once('error', reject);
      command.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`admin ${args.join(' ')} exited ${code}: ${said}`)),
      );
    });
  return { url, output: () => output, admin, stop };
}

async function waitUntilReady(url: string, exited: Promise<number | null>): Promise<void> {
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (done) throw new Error('The host exited while starting');
    try {
      const response = await fetch(`${url}/api/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('The host did not become ready within 60 s');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The newest link to `path` (e.g. `/invitation`) in an e-mail to `email` that the host's
 * development mailer wrote to its log (the host must log at info); waits up to 15 s for it.
 */
export async function mailedLink(host: RunningHost, email: string, path: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const line of host.output().split('\n').reverse()) {
      if (!line.includes('"mail"') || !line.includes(email)) continue;
      const link = /(https?:\/\/[^\s"\\]+)/g;
      for (const [found] of line.matchAll(link)) if (new URL(found).pathname === path) return found;
    }
    if (Date.now() > deadline) throw new Error(`no e-mail to ${email} with a ${path} link in the host's log`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
