import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

/** What the burst process reports when every request has been answered. */
export interface BurstResult {
  /** How many answers of each kind: `"<status> <ok | reason | error code>"`, e.g. `"503 overloaded"`. */
  answers: Record<string, number>;
  /** From sending to the answer, in ms: the first and the last answer. */
  fastestMs: number;
  slowestMs: number;
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

interface Answer {
  kind: string;
  ms: number;
}

/** The kind of an answer: its status and what the body says (`ok`, the verify's reason, or the error code). */
function kindOf(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { ok?: boolean; reason?: string; error?: { code?: string } };
    return `${status} ${body.ok === true ? 'ok' : (body.reason ?? body.error?.code ?? 'unknown')}`;
  } catch {
    return `${status} not JSON`;
  }
}

function post(url: URL, key: string, body: string): Promise<Answer> {
  const sent = performance.now();
  const answer = (kind: string): Answer => ({ kind, ms: performance.now() - sent });
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
        incoming.on('end', () =>
          resolve(answer(kindOf(incoming.statusCode ?? 0, Buffer.concat(chunks).toString()))),
        );
        incoming.on('error', () => resolve(answer('connection error')));
      },
    );
    outgoing.on('error', () => resolve(answer('connection error')));
    outgoing.end(body);
  });
}

async function burst(): Promise<void> {
  const { BURST_URL, BURST_KEY, BURST_BODY, BURST_COUNT } = process.env;
  const url = new URL(BURST_URL!);
  const answers = await Promise.all(
    Array.from({ length: Number(BURST_COUNT) }, () => post(url, BURST_KEY!, BURST_BODY!)),
  );
  const result: BurstResult = {
    answers: {},
    fastestMs: Math.min(...answers.map((a) => a.ms)),
    slowestMs: Math.max(...answers.map((a) => a.ms)),
  };
  for (const { kind } of answers) result.answers[kind] = (result.answers[kind] ?? 0) + 1;
  process.stdout.write(JSON.stringify(result));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await burst();
