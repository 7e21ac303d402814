import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What the burst process reports when every request has been answered. */
export interface BurstResult {
  ok: number;
  failed: number;
}

/**
 * Sends `count` connect checks at once from a separate process (so the load generator's own
 * CPU is not spent on them) and resolves when all are answered.
 */
export function burstOfChecks(
  target: { origin: string; orgId: string; apiKey: string },
  body: string,
  count: number,
) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
    env: {
      ...process.env,
      BURST_URL: `${target.origin}/api/orgs/${target.orgId}/connections/check`,
      BURST_KEY: target.apiKey,
      BURST_BODY: body,
      BURST_COUNT: String(count),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  return new Promise<BurstResult>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as BurstResult);
      else reject(new Error(`the burst process exited with ${code}`));
    });
  });
}

async function burst(): Promise<void> {
  const { BURST_URL, BURST_KEY, BURST_BODY, BURST_COUNT } = process.env;
  const answers = await Promise.all(
    Array.from({ length: Number(BURST_COUNT) }, () =>
      fetch(BURST_URL!, {
        method: 'POST',
        headers: { authorization: `Bearer ${BURST_KEY}`, 'content-type': 'application/json' },
        body: BURST_BODY!,
      })
        .then(async (response) => ((await response.json()) as { ok?: boolean }).ok === true)
        .catch(() => false),
    ),
  );
  const ok = answers.filter(Boolean).length;
  process.stdout.write(JSON.stringify({ ok, failed: answers.length - ok }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await burst();
