import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
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

// node:http rather than fetch: half the CPU per request, and this process shares the machine's
// two cores with the host it measures.
const AGENT = new Agent({ keepAlive: true });

function post(url: URL, key: string, body: string): Promise<boolean> {
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent: AGENT,
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          try {
            resolve((JSON.parse(Buffer.concat(chunks).toString()) as { ok?: boolean }).ok === true);
          } catch {
            resolve(false);
          }
        });
        incoming.on('error', () => resolve(false));
      },
    );
    outgoing.on('error', () => resolve(false));
    outgoing.end(body);
  });
}

async function burst(): Promise<void> {
  const { BURST_URL, BURST_KEY, BURST_BODY, BURST_COUNT } = process.env;
  const url = new URL(BURST_URL!);
  const answers = await Promise.all(
    Array.from({ length: Number(BURST_COUNT) }, () => post(url, BURST_KEY!, BURST_BODY!)),
  );
  const ok = answers.filter(Boolean).length;
  process.stdout.write(JSON.stringify({ ok, failed: answers.length - ok }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await burst();
