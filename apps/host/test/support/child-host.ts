import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { TestClient } from './client.js';
import { TEST_MAIN } from './paths.js';

/** A host running as its own process (the build from the global setup). */
export interface ChildHost {
  url: string;
  process: ChildProcess;
  /** stdout and stderr lines. */
  output: string[];
  client(): TestClient;
  /** Sends a signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

// Hosts this test process started; killed if it ends first, so no test leaves a server behind.
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** A fresh `PAYCORE_MASTER_KEYS` value with one key. */
export function masterKeysValue(id = 'test'): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/**
 * Limits out of the way of process tests, which sign up, log in and connect many times from
 * 127.0.0.1; a test may set `PAYCORE_RATE_LIMITS` itself.
 */
const GENEROUS_LIMITS = [
  'login_address',
  'signup_address',
  'mail_address',
  'mail_account',
  'check_org',
  'check_address',
]
  .map((name) => `${name}=100000/1m`)
  .join(',');

/** The environment of the test process without anything that configures a host. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PAYCORE_RATE_LIMITS: GENEROUS_LIMITS };
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(PAYCORE_|DATABASE_URL$|PORT$|HOST$|LOG_LEVEL$|npm_)/.test(name)) continue;
    env[name] = value;
  }
  return env;
}

/** Runs a script of the test build (e.g. `rotate-keys.js`) to its end. */
export function runScript(
  script: string,
  env: Record<string, string>,
  args: readonly string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TEST_MAIN.replace(/main\.js$/, script), ...args], {
      env: { ...baseEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Starts the host on a free port and resolves once `/api/ready` answers 200. `env` configures it
 * (use absolute paths; keep LOG_LEVEL at info or lower: the port is read from the
 * "listening" line); rejects with the output when the process ends first.
 */
export async function spawnHost(env: Record<string, string>, timeoutMs = 20_000): Promise<ChildHost> {
  const child = spawn(process.execPath, [TEST_MAIN], {
    env: { ...baseEnv(), PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const output: string[] = [];
  let exited: number | null | undefined;
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exited = code;
      children.delete(child);
      resolve(code);
    }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not start:\n${output.join('\n')}`));
    }, timeoutMs);
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        output.push(line);
        const match = /"port":(\d+)/.exec(line);
        if (match && line.includes('listening')) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output.join('\n')}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) throw new Error(`host exited:\n${output.join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`host never became ready:\n${output.join('\n')}`);
    }
    const ready = await fetch(`${url}/api/ready`).catch(() => undefined);
    if (ready?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    process: child,
    output,
    client: () => new TestClient(url),
    stop: async (signal = 'SIGTERM') => {
      if (exited === undefined) child.kill(signal);
      return exit;
    },
  };
}

/** A host process that may still be starting: it listens, but may not be ready yet. */
export interface StartingHost {
  url: string;
  process: ChildProcess;
  /** stdout and stderr lines. */
  output: string[];
  /** How the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A port nothing listens on at the moment of asking. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts the host on a free port and resolves as soon as `/api/health` answers, which the host
 * does from before its start finishes: for tests of what happens while it is still starting.
 */
export async function spawnStartingHost(
  env: Record<string, string>,
  timeoutMs = 20_000,
): Promise<StartingHost> {
  const port = await freePort();
  const child = spawn(process.execPath, [TEST_MAIN], {
    env: { ...baseEnv(), LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const output: string[] = [];
  const onLine = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout.on('data', onLine);
  child.stderr.on('data', onLine);
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      ended = true;
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (ended) throw new Error(`host exited:\n${output.join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`host never listened:\n${output.join('\n')}`);
    }
    const health = await fetch(`${url}/api/health`).catch(() => undefined);
    if (health?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { url, process: child, output, exited };
}
