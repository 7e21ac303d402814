import { spawn } from 'node:child_process';

/** What a finished command printed, stdout and stderr interleaved. */
export interface RunResult {
  code: number | null;
  output: string;
}

/**
 * The environment of a child process: this one's, without what the outer pnpm, turbo and vitest
 * set (a registry, a lifecycle, a test pool), plus `env`.
 */
export function childEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|VITEST|TURBO_|INIT_CWD$|NODE_ENV$|TEST$)/i.test(key)) continue;
    clean[key] = value;
  }
  return { ...clean, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** Runs a command to its end, quietly; throws with its output when it fails. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: childEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve({ code, output });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code} in ${options.cwd}\n${output}`));
    });
  });
}
