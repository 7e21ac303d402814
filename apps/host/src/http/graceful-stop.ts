import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** How long a stop may go on taking connections from the kernel's queue while clients keep arriving. */
const ACCEPT_QUEUE_LIMIT_MS = 1_000;

/**
 * How long a connection accepted during a stop may take to send its first request. A client
 * writes its request as soon as it sees the connection open, so a connection silent for this
 * long is a speculative one that a browser opened in advance and may never use.
 */
export const FIRST_REQUEST_GRACE_MS = 1_000;

/** What {@link trackConnections} returns. */
export interface ConnectionTracker {
  /**
   * Stops accepting connections once the kernel's queue of them is empty, and answers every
   * request on the connections accepted, each with `Connection: close` and its connection closed
   * after it. Idle kept-alive connections are closed at once; a connection that has not sent a
   * request yet gets {@link FIRST_REQUEST_GRACE_MS} to send one. Resolves when the last
   * connection has closed, or after `deadlineMs`, when the connections left are destroyed and
   * `unfinished` counts the requests they still had. Later calls return the first call's promise.
   */
  stop(deadlineMs: number): Promise<{ unfinished: number }>;
}

/** What a stop needs to know of one socket. */
interface SocketState {
  /** Responses not yet ended, oldest first (more than one only when pipelined). */
  responses: ServerResponse[];
  /** Whether a request has arrived on it. */
  used: boolean;
}

/**
 * Follows the requests of every connection of `server`, so that a stop can tell a connection with
 * a request to answer from an idle one. Call it before the server accepts its first connection.
 */
export function trackConnections(server: Server): ConnectionTracker {
  const sockets = new Map<Socket, SocketState>();
  let accepted = 0;
  let stopping = false;
  let stopped: Promise<{ unfinished: number }> | undefined;

  const track = (socket: Socket): SocketState => {
    let state = sockets.get(socket);
    if (!state) {
      accepted++;
      state = { responses: [], used: false };
      sockets.set(socket, state);
      socket.once('close', () => sockets.delete(socket));
    }
    return state;
  };
  server.on('connection', track);
  // Prepended so the header is set before the application's own listener answers.
  server.prependListener('request', (req, res) => {
    const socket = req.socket;
    const state = track(socket);
    state.used = true;
    state.responses.push(res);
    if (stopping) sayClose(state.responses);
    res.once('close', () => {
      state.responses.splice(state.responses.indexOf(res), 1);
      // A response whose headers left before the stop could not say close: its connection is
      // closed here, once what was written has been flushed.
      if (stopping && state.responses.length === 0) socket.destroySoon();
    });
  });

  const destroy = (which: (state: SocketState) => boolean): void => {
    for (const [socket, state] of sockets) if (which(state)) socket.destroy();
  };

  const run = async (deadlineMs: number): Promise<{ unfinished: number }> => {
    stopping = true;
    for (const { responses } of sockets.values()) sayClose(responses);
    const timers: NodeJS.Timeout[] = [];
    const deadline = new Promise<{ unfinished: number }>((resolve) => {
      timers.push(
        setTimeout(() => {
          let unfinished = 0;
          for (const { responses } of sockets.values()) unfinished += responses.length;
          destroy(() => true);
          resolve({ unfinished });
        }, deadlineMs),
      );
    });
    const drained = (async () => {
      // Closing the listening socket makes the kernel reset every connection still in its accept
      // queue, requests and all, and node takes only one from that queue per turn of the event
      // loop. So the stop goes on accepting until a turn finds the queue empty or, while clients
      // keep arriving, until a limit long enough to have taken every connection made before the
      // stop (the queue is first in, first out). Only connections made later can be reset.
      const limit = Date.now() + ACCEPT_QUEUE_LIMIT_MS;
      for (let before = -1; accepted !== before && Date.now() < limit; ) {
        before = accepted;
        await nextPoll();
      }
      // http's close() also closes the idle kept-alive connections, now that a turn has read any
      // request they had already sent. It leaves open those that have not sent a request yet
      // (node counts them busy from the moment they connect): they get the grace.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      timers.push(setTimeout(() => destroy((state) => !state.used), FIRST_REQUEST_GRACE_MS));
      await closed;
      return { unfinished: 0 };
    })();
    try {
      return await Promise.race([drained, deadline]);
    } finally {
      for (const timer of timers) clearTimeout(timer);
    }
  };

  return {
    stop(deadlineMs) {
      stopped ??= run(deadlineMs);
      return stopped;
    },
  };
}

/**
 * Only the newest response of a connection says close: node ends the connection after a response
 * that does, and a request pipelined behind an older one would be cut off unanswered.
 */
function sayClose(responses: readonly ServerResponse[]): void {
  const newest = responses.at(-1);
  for (const res of responses) {
    if (res.headersSent) continue;
    if (res === newest) res.setHeader('connection', 'close');
    else res.removeHeader('connection');
  }
}

/** Resolves after the event loop has gone through at least one whole poll phase for I/O. */
function nextPoll(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
