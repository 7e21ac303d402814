import { storableText } from '../security/storable.js';
import { performance } from 'node:perf_hooks';
import { SIGNATURE_HEADER } from '@paycore/webhooks';
import { Agent, request } from 'undici';
import { publicOnlyLookup, refuseLiteralPrivate } from './webhook-url.js';

/** What one attempt got back. */
export interface SendResult {
  /** The HTTP status; null when no answer came. */
  statusCode: number | null;
  latencyMs: number;
  /** Why no answer came (timeout, refused, TLS…). */
  error: string | null;
  /** The start of the answer's body, for the delivery log. */
  responseExcerpt: string | null;
}

/** Posts signed webhook bodies. */
export interface WebhookSender {
  send(url: string, body: string, signature: string): Promise<SendResult>;
  close(): Promise<void>;
}

/** How much of an answer's body the log keeps. */
const EXCERPT_CHARS = 500;

/**
 * Creates the sender: undici, a time limit per attempt, no redirects followed (a 3xx is a failed
 * attempt), and — unless private addresses are allowed — a lookup that refuses names resolving to
 * private addresses when the socket connects.
 */
export function createWebhookSender(options: { timeoutMs: number; allowPrivate: boolean }): WebhookSender {
  const agent = new Agent({
    connect: options.allowPrivate ? {} : { lookup: publicOnlyLookup },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  return {
    send: async (url, body, signature) => {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      try {
        if (!options.allowPrivate) refuseLiteralPrivate(url);
        const answer = await request(url, {
          method: 'POST',
          dispatcher: agent,
          headers: {
            'content-type': 'application/json',
            'user-agent': 'PayCore-Webhooks/1',
            [SIGNATURE_HEADER]: signature,
          },
          body,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        const excerpt = await readExcerpt(answer.body);
        return { statusCode: answer.statusCode, latencyMs: elapsed(), error: null, responseExcerpt: excerpt };
      } catch (error) {
        return {
          statusCode: null,
          latencyMs: elapsed(),
          error: describe(error, options.timeoutMs),
          responseExcerpt: null,
        };
      }
    },
    close: () => agent.close(),
  };
}

async function readExcerpt(body: AsyncIterable<Buffer>): Promise<string | null> {
  let text = '';
  // Leaving the loop early destroys the stream: a large answer is not read to its end.
  for await (const chunk of body) {
    text += chunk.toString('utf8');
    if (text.length >= EXCERPT_CHARS) break;
  }
  // The receiver's text is stored: NUL and lone surrogates (a chunk cut mid-character) go first.
  const excerpt = storableText(text, EXCERPT_CHARS).trim();
  return excerpt === '' ? null : excerpt;
}

function describe(error: unknown, timeoutMs: number): string {
  const { name, code, message } = error as { name?: string; code?: string; message?: string };
  if (name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
    return `No answer within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const text = cause?.message ?? message ?? String(error);
  const kind = cause?.code ?? code;
  return storableText(kind ? `${kind}: ${text}` : text, 300);
}
