import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the mock provider received, as the connector sent it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
  /** The body parsed as JSON, or form fields when it is form-encoded; undefined otherwise. */
  json: unknown;
  form: Record<string, string> | undefined;
}

/** What a mock route answers. An object body is sent as JSON. */
export interface MockResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer (the connection stays open until the mock closes). */
  hang?: boolean;
}

/** Answers one request; may be async. */
export type MockHandler = (request: RecordedRequest) => MockResponse | Promise<MockResponse>;

/** A real HTTP server on 127.0.0.1 that plays a payment provider and records every request. */
export interface MockProvider {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request received since the last reset, in order. */
  requests: RecordedRequest[];
  /** Answers `method path` (path without query; `*` matches any method) with `handler`. */
  on(method: string, path: string, handler: MockHandler | MockResponse): MockProvider;
  /** Answers every request no route matches. By default: 404 `{"error":"no mock route"}`. */
  fallback(handler: MockHandler | MockResponse): MockProvider;
  /** Forgets routes, fallback and recorded requests. */
  reset(): void;
  /** Maps each provider host (`api.stripe.com`) to this server, for `egressOverrides`. */
  overridesFor(hosts: Iterable<string>): Record<string, string>;
  close(): Promise<void>;
}

const NOT_FOUND: MockResponse = { status: 404, body: { error: 'no mock route' } };

/** Starts a mock provider on a free port of 127.0.0.1. */
export async function createMockProvider(): Promise<MockProvider> {
  let routes = new Map<string, MockHandler>();
  let fallback: MockHandler = () => NOT_FOUND;
  const requests: RecordedRequest[] = [];
  const asHandler = (h: MockHandler | MockResponse): MockHandler => (typeof h === 'function' ? h : () => h);

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded = record(req, Buffer.concat(chunks).toString('utf8'));
    requests.push(recorded);
    const handler =
      routes.get(`${recorded.method} ${recorded.path}`) ?? routes.get(`* ${recorded.path}`) ?? fallback;
    let answer: MockResponse;
    try {
      answer = await handler(recorded);
    } catch (error) {
      answer = { status: 500, body: { error: `mock handler failed: ${String(error)}` } };
    }
    if (answer.hang) return;
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    const isText = typeof answer.body === 'string' || answer.body === undefined;
    const payload =
      answer.body === undefined ? '' : isText ? String(answer.body) : JSON.stringify(answer.body);
    const headers = { ...(isText ? {} : { 'content-type': 'application/json' }), ...answer.headers };
    if (!res.destroyed) res.writeHead(answer.status, headers).end(payload);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const mock: MockProvider = {
    origin,
    requests,
    on(method, path, handler) {
      routes.set(`${method.toUpperCase()} ${path}`, asHandler(handler));
      return mock;
    },
    fallback(handler) {
      fallback = asHandler(handler);
      return mock;
    },
    reset() {
      routes = new Map();
      fallback = () => NOT_FOUND;
      requests.length = 0;
    },
    overridesFor(hosts) {
      return Object.fromEntries([...hosts].map((host) => [`https://${host}`, origin]));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return mock;
}

function record(req: IncomingMessage, body: string): RecordedRequest {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const type = headers['content-type'] ?? '';
  let json: unknown;
  let form: Record<string, string> | undefined;
  if (type.includes('application/x-www-form-urlencoded'))
    form = Object.fromEntries(new URLSearchParams(body));
  else if (body) {
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
  }
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    body,
    json,
    form,
  };
}
