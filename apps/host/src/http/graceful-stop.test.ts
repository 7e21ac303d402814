import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ConnectionTracker, FIRST_REQUEST_GRACE_MS, trackConnections } from './graceful-stop.js';

/** One HTTP/1.1 response as read off the wire. */
interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A client on a raw socket, so a test decides exactly when a request is written and sees
 * exactly when the server closes the connection.
 */
function rawClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.setEncoding('utf8');
  let buffer = '';
  let onData = (): void => {};
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    onData();
  });
  // A reset shows as an early close: the tests assert on the answers, not on the error.
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));

  const nextResponse = (): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const parse = (): void => {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const [statusLine = '', ...lines] = buffer.slice(0, end).split('\r\n');
        const headers: Record<string, string> = {};
        for (const line of lines) {
          const colon = line.indexOf(':');
          headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
        }
        const length = Number(headers['content-length'] ?? 0);
        if (buffer.length < end + 4 + length) return;
        const body = buffer.slice(end + 4, end + 4 + length);
        buffer = buffer.slice(end + 4 + length);
        resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
      };
      onData = parse;
      void closed.then(() => reject(new Error(`connection closed before a whole response: ${buffer}`)));
      parse();
    });

  return {
    connected,
    closed,
    /** Writes a GET for `path` and resolves with its response. */
    get(path: string): Promise<RawResponse> {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: test\r\n\r\n`);
      return nextResponse();
    },
  };
}

/** Whether a new connection to `port` is refused. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('trackConnections', () => {
  const SLOW_MS = 300;
  let server: Server;
  let tracker: ConnectionTracker;
  let port: number;
  // Resolved when the server receives a request for the path.
  let received: Map<string, () => void>;
  const receivedOf = (path: string) =>
    new Promise<void>((resolve) => {
      received.set(path, resolve);
    });

  beforeEach(async () => {
    received = new Map();
    server = createServer((req: IncomingMessage, res) => {
      received.get(req.url ?? '')?.();
      if (req.url === '/slow') setTimeout(() => res.end('slow'), SLOW_MS);
      else if (req.url !== '/hang') res.end('fast');
    });
    tracker = trackConnections(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => {
    server.closeAllConnections();
    server.close();
  });

  it('answers a request in flight with connection: close, closes its connection and stops listening', async () => {
    const client = rawClient(port);
    const seen = receivedOf('/slow');
    const answer = client.get('/slow');
    await seen;
    const stopped = tracker.stop(5_000);
    expect(await answer).toMatchObject({ status: 200, body: 'slow', headers: { connection: 'close' } });
    await client.closed;
    expect(await stopped).toEqual({ unfinished: 0 });
    expect(await refused(port)).toBe(true);
  });

  it('closes an idle kept-alive connection at once, without waiting for the requests in flight', async () => {
    const idle = rawClient(port);
    expect((await idle.get('/fast')).headers.connection).toBe('keep-alive');
    const busy = rawClient(port);
    const seen = receivedOf('/slow');
    let slowDone = false;
    const slow = busy.get('/slow').then((res) => {
      slowDone = true;
      return res;
    });
    await seen;
    const stopped = tracker.stop(5_000);
    await idle.closed;
    expect(slowDone).toBe(false);
    expect((await slow).headers.connection).toBe('close');
    expect(await stopped).toEqual({ unfinished: 0 });
  });

  it('answers with connection: close a request that arrives on a kept-alive connection as the stop begins', async () => {
    const client = rawClient(port);
    expect((await client.get('/fast')).headers.connection).toBe('keep-alive');
    const again = client.get('/fast');
    const stopped = tracker.stop(5_000);
    expect(await again).toMatchObject({ status: 200, body: 'fast', headers: { connection: 'close' } });
    await client.closed;
    expect(await stopped).toEqual({ unfinished: 0 });
  });

  it('answers a connection the kernel had queued but node had not yet accepted', async () => {
    const client = rawClient(port);
    const answer = client.get('/fast');
    const stopped = tracker.stop(5_000);
    expect(await answer).toMatchObject({ status: 200, body: 'fast', headers: { connection: 'close' } });
    expect(await stopped).toEqual({ unfinished: 0 });
  });

  it("answers every connection still in the kernel's queue when the stop begins", async () => {
    // Node takes one connection from the queue per turn of the event loop: these are all queued
    // before the server has had a turn to take any of them.
    const clients = Array.from({ length: 20 }, () => rawClient(port));
    await new Promise((resolve) => process.nextTick(resolve));
    const answers = clients.map((client) => client.get('/fast'));
    const stopped = tracker.stop(5_000);
    for (const answer of answers) {
      expect(await answer).toMatchObject({ status: 200, headers: { connection: 'close' } });
    }
    expect(await stopped).toEqual({ unfinished: 0 });
  });

  it('answers a connection accepted before the stop whose first request comes only after it', async () => {
    const accepted = new Promise<void>((resolve) => server.once('connection', () => resolve()));
    const client = rawClient(port);
    await accepted;
    const stopped = tracker.stop(5_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await client.get('/fast')).toMatchObject({ status: 200, headers: { connection: 'close' } });
    expect(await stopped).toEqual({ unfinished: 0 });
  });

  it('closes a connection that sends no request within the grace', async () => {
    const client = rawClient(port);
    await client.connected;
    const started = Date.now();
    expect(await tracker.stop(5_000)).toEqual({ unfinished: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(FIRST_REQUEST_GRACE_MS - 10);
    await client.closed;
  });

  it('destroys at the deadline the connections left and counts their requests', async () => {
    const client = rawClient(port);
    const seen = receivedOf('/hang');
    const answer = client.get('/hang').catch((error: Error) => error);
    await seen;
    const started = Date.now();
    expect(await tracker.stop(100)).toEqual({ unfinished: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    await client.closed;
    expect(await answer).toBeInstanceOf(Error);
    expect(await refused(port)).toBe(true);
  });
});
