import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Resident set size of a process in MB, read from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** CPU time a process has used so far (user and system, all its threads) in ms, read from /proc (Linux). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // utime and stime are the 12th and 13th fields after the command name, in ticks of 10 ms.
  const [utime, stime] = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 13)
    .map(Number);
  return (utime! + stime!) * 10;
}

/** The process ids of a process's direct children, found by their parent id in /proc (Linux). */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent id follows the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(name));
    } catch {
      // the process has just ended
    }
  }
  return children;
}

/** The command line of a process, its arguments joined by spaces; empty once it has ended. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** A started child server and the time from spawn to its first 200. */
export interface StartedServer {
  child: ChildProcess;
  origin: string;
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Stops a child process: SIGTERM, then SIGKILL if it has not exited within 3 s. Resolves once it
 * has exited.
 */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

/**
 * Spawns `node [nodeArgs] <script>` with `env` (and an IPC channel when asked) and polls
 * `probePath` until it answers 200; the time from spawn to that answer is the start time.
 */
export async function startNodeServer(
  script: string,
  env: Record<string, string>,
  probePath: string,
  port: number,
  options: { nodeArgs?: string[]; ipc?: boolean } = {},
): Promise<StartedServer> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: options.ipc ? ['ignore', 'ignore', 'pipe', 'ipc'] : ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const origin = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}: ${stderr}`);
    try {
      const response = await fetch(origin + probePath);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 30_000) throw new Error(`${script} did not start in 30 s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const startMs = performance.now() - started;
  return {
    child,
    origin,
    startMs,
    stop: () => stopChild(child),
  };
}

/** Runs `node --input-type=module -e <code>` and parses the JSON it prints last. */
export async function runNodeJson<T>(code: string, cwd: string): Promise<T> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const code_ = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code_ !== 0) throw new Error(`child failed (${code_}): ${err.slice(-2000)}`);
  const last = out.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

/** Polls `origin + path` until it answers 200; returns when it did. */
export async function waitFor200(origin: string, path: string, limitMs = 30_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    try {
      const response = await fetch(origin + path);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > limitMs)
      throw new Error(`${origin}${path} did not answer 200 in ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
