import autocannon from 'autocannon';

/** Requests per second and latency percentiles of one load run. */
export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Options of one autocannon run. */
export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Answers other than 2xx/3xx are counted as failures. */
  expectStatus?: number;
}

/** Runs autocannon against `url` and returns its figures. */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: options.method ?? 'GET',
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.body ? { body: options.body } : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** One kind of work a latency measurement times: one request, or several the way a caller makes them. */
export type Timed = () => Promise<void>;

/** p50 and p99 of each kind, in ms. */
export interface Latency {
  p50: number;
  p99: number;
}

/** A request whose answer is read to the end; it throws unless the answer is a 2xx. */
export function request(url: string, init: RequestInit = {}): Timed {
  return async () => {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  };
}

function percentiles(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: sorted[Math.floor(sorted.length * 0.5)]!,
    p99: sorted[Math.floor(sorted.length * 0.99)]!,
  };
}

/**
 * The latency a single caller sees, without queueing: `count` rounds of one of each kind, one
 * after another on kept-alive connections, after 20 warm-up rounds. Taking turns, the kinds
 * see the same machine: a slow spell on a shared VM slows both instead of skewing their difference.
 */
export async function interleavedLatency(kinds: Timed[], count: number): Promise<Latency[]> {
  const times: number[][] = kinds.map(() => []);
  for (let round = 0; round < count + 20; round++) {
    for (const [k, kind] of kinds.entries()) {
      const started = performance.now();
      await kind();
      if (round >= 20) times[k]!.push(performance.now() - started);
    }
  }
  return times.map(percentiles);
}
