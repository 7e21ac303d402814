import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIXTURE_SECRET } from '@paycore/host/test/support/fixture-connectors';

/** Who the simulated account is: what the confirm step must show. */
export const SIMULATED_ACCOUNT = {
  id: 'acct_1AcmeTrading42',
  name: 'Acme Trading Ltd',
  email: 'finance@acme.example',
  country: 'UA',
  defaultCurrency: 'UAH',
  livemode: false,
};

/**
 * A provider API for the host's fixture connectors (`discovers` and `good`): `GET /v1/account`
 * answers {@link SIMULATED_ACCOUNT} and `GET /v1/methods` cards in UAH, USD and EUR and no payout
 * method, for {@link FIXTURE_SECRET} only (401 otherwise).
 */
export async function startAccountSimulator(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.headers.authorization !== `Bearer ${FIXTURE_SECRET}`)
      return void res.writeHead(401).end(JSON.stringify({ error: 'unauthorized' }));
    if (req.url === '/v1/account') return void res.writeHead(200).end(JSON.stringify(SIMULATED_ACCOUNT));
    if (req.url === '/v1/methods')
      return void res.writeHead(200).end(
        JSON.stringify({
          paymentMethods: [{ method: 'payment_card', currencies: ['UAH', 'USD', 'EUR'] }],
          payoutMethods: [],
        }),
      );
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
