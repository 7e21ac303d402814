import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature, type WebhookEvent } from '@paycore/webhooks';

/** One request the receiver got. */
export interface Received {
  event: WebhookEvent;
  /** Whether `PayCore-Signature` verified with the receiver's secret. */
  verified: boolean;
  header: string;
  at: number;
}

/** A local endpoint that records PayCore webhooks, as a platform's server would receive them. */
export interface WebhookReceiver {
  url: string;
  received: Received[];
  /** The signing secret(s) to verify with; set after registering the endpoint. */
  secret: string | string[];
  /** The status it answers with (200 by default). */
  status: number;
  /** Never answers while set (a receiver that hangs). */
  hang: boolean;
  /** Stops listening: connections are refused, as when the receiver is down. */
  close(): Promise<void>;
  /** Listens again on the same port. */
  listen(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 (on `port`, or a free one). */
export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const receiver = { received: [] as Received[], secret: '', status: 200, hang: false } as WebhookReceiver;
  let server: Server | undefined;
  const listen = async (at: number): Promise<number> => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const header = String(req.headers['paycore-signature'] ?? '');
        let verified = true;
        try {
          verifySignature(raw, header, receiver.secret);
        } catch {
          verified = false;
        }
        receiver.received.push({ event: JSON.parse(raw.toString('utf8')), verified, header, at: Date.now() });
        if (receiver.hang) return;
        res
          .writeHead(receiver.status, { 'content-type': 'text/plain' })
          .end(receiver.status < 300 ? 'ok' : 'broken');
      });
    });
    await new Promise<void>((resolve) => server!.listen(at, '127.0.0.1', resolve));
    return (server!.address() as AddressInfo).port;
  };
  const bound = await listen(port);
  receiver.url = `http://127.0.0.1:${bound}/webhooks/paycore`;
  receiver.close = () =>
    new Promise((resolve) => {
      server?.closeAllConnections();
      server?.close(() => resolve());
    });
  receiver.listen = async () => {
    await listen(bound);
  };
  return receiver;
}
