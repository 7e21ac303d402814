import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConnectorManifest, Vocabulary } from '../index.js';

/** A small valid manifest for core's own tests. */
export function exampleManifest(): ConnectorManifest {
  return {
    id: 'example',
    name: 'Example Pay',
    status: 'ready',
    description: 'A provider used by the tests.',
    website: 'https://example.com',
    countries: ['UA', 'DE'],
    paymentMethods: ['payment_card'],
    payoutMethods: ['bank_card'],
    paymentServices: [{ method: 'payment_card', currency: 'UAH', minAmount: 1, maxAmount: 100000 }],
    payoutServices: [{ method: 'bank_card', currency: 'UAH' }],
    environments: {
      sandbox: { baseUrl: 'https://api.example.com', hosts: ['api.example.com'] },
      live: { baseUrl: 'https://api.example.com', hosts: ['api.example.com'] },
    },
    credentials: {
      version: 1,
      schema: {
        type: 'object',
        required: ['secretKey'],
        properties: {
          secretKey: {
            type: 'string',
            title: 'Secret key',
            description: 'starts with sk_test_ or sk_live_',
            pattern: '^sk_(test|live)_[A-Za-z0-9]{8,}$',
            writeOnly: true,
          },
          accountName: { type: 'string', title: 'Account name' },
        },
      },
    },
  };
}

/** A vocabulary just big enough for the fixtures. */
export const testVocabulary: Vocabulary = {
  paymentMethods: new Set(['payment_card', 'applepay', 'googlepay']),
  payoutMethods: new Set(['bank_card', 'wire_transfer']),
  currencies: new Set(['UAH', 'USD', 'EUR']),
  countries: new Set(['UA', 'DE', 'US']),
};

/** Starts an HTTP server on 127.0.0.1 for the duration of a test. */
export async function startServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ origin: string; server: Server; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
