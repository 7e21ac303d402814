import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from './support/client.js';
import { contractChecker } from './support/contract.js';
import { ENGINES } from './support/databases.js';
import {
  FIXTURE_SECRET,
  fixtureId,
  fixtureOrigin,
  writeFixtureConnectors,
} from './support/fixture-connectors.js';
import { startTestHost, type TestHost } from './support/test-host.js';

// What the simulated account has: the test changes it as a merchant would at the provider.
interface Account {
  id: string;
  methods:
    | {
        paymentMethods: { method: string; currencies?: string[] }[];
        payoutMethods: { method: string }[];
        currencies?: string[];
      }
    | 'down';
}

async function startProvider(account: Account): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.headers.authorization !== `Bearer ${FIXTURE_SECRET}`) return void res.writeHead(401).end('{}');
    if (req.url === '/v1/account')
      return void res
        .writeHead(200)
        .end(JSON.stringify({ id: account.id, name: 'Acme Ltd', country: 'UA', livemode: false }));
    if (account.methods === 'down') return void res.writeHead(503).end('{}');
    res.writeHead(200).end(JSON.stringify(account.methods));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe.each(ENGINES)("a connection's services on %s", (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'paycore-services-'));
  const account: Account = {
    id: 'acct_42',
    methods: {
      paymentMethods: [{ method: 'payment_card', currencies: ['UAH', 'USD'] }],
      payoutMethods: [{ method: 'bank_card' }],
      currencies: ['UAH'],
    },
  };
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let test: TestHost;
  let client: TestClient;
  let orgId: string;
  let matches: Awaited<ReturnType<typeof contractChecker>>;
  const body = (extra: Record<string, unknown> = {}) => ({
    providerId: fixtureId('discovers'),
    environment: 'sandbox',
    credentials: { apiKey: FIXTURE_SECRET },
    ...extra,
  });

  beforeAll(async () => {
    writeFixtureConnectors(dir, ['discovers', 'good']);
    provider = await startProvider(account);
    test = await startTestHost({
      engine,
      connectorPaths: [dir],
      egressOverrides: {
        [fixtureOrigin('discovers')]: provider.origin,
        [fixtureOrigin('good')]: provider.origin,
      },
    });
    client = test.client();
    ({ orgId } = await client.signup());
    matches = await contractChecker(client);
  });
  afterAll(async () => {
    await test?.close();
    provider?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let connectionId = '';

  it('shows who the account is and what it will enable before anything is saved', async () => {
    const res = await client.post(`/api/orgs/${orgId}/connections/check`, body());
    expect(res.status).toBe(200);
    matches(res, 'checkConnection');
    expect(res.body).toMatchObject({ ok: true, account: { id: 'acct_42', name: 'Acme Ltd', country: 'UA' } });
    expect(res.body.services).toMatchObject({
      source: 'account',
      items: [
        {
          direction: 'payment',
          method: 'payment_card',
          methodName: expect.any(String),
          currency: 'UAH',
          available: true,
          enabled: true,
        },
        { direction: 'payout', method: 'bank_card', currency: 'UAH', available: true, enabled: true },
        { direction: 'payment', method: 'payment_card', currency: 'USD', source: 'account', available: true },
      ],
    });
  });

  it('connects, lists the services, and switches one off with an event', async () => {
    const created = await client.post(`/api/orgs/${orgId}/connections`, body({ label: 'Main' }));
    expect(created.status).toBe(201);
    connectionId = created.body.id;
    const path = `/api/orgs/${orgId}/connections/${connectionId}/services`;
    const listed = await client.get(path);
    matches(listed, 'getConnectionServices');
    expect(listed.body.items).toHaveLength(3);
    const off = await client.patch(path, {
      items: [{ direction: 'payment', method: 'payment_card', currency: 'USD', enabled: false }],
    });
    expect(off.status).toBe(200);
    matches(off, 'switchConnectionServices');
    expect(off.body.items.find((s: { currency: string }) => s.currency === 'USD').enabled).toBe(false);
    const history = await client.get(`/api/orgs/${orgId}/connections/${connectionId}/events`);
    expect(history.body.items.at(-1)).toMatchObject({
      type: 'services_changed',
      message: expect.stringMatching(/in USD was disabled/),
    });
  });

  it('refuses a switch that names no service or enables one the account lacks, field by field', async () => {
    const res = await client.patch(`/api/orgs/${orgId}/connections/${connectionId}/services`, {
      items: [
        { direction: 'payment', method: 'payment_card', currency: 'EUR', enabled: true },
        { direction: 'payout', method: 'bank_card', currency: 'UAH', enabled: false },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([
      { path: '/items/0', message: 'is not a service of this connection' },
    ]);
    const after = await client.get(`/api/orgs/${orgId}/connections/${connectionId}/services`);
    expect(after.body.items.find((s: { direction: string }) => s.direction === 'payout').enabled).toBe(true);
  });

  it('answers which connections can take cards in UAH across the organisation', async () => {
    const res = await client.get(
      `/api/orgs/${orgId}/services?direction=payment&method=payment_card&currency=UAH`,
    );
    expect(res.status).toBe(200);
    matches(res, 'listOrganisationServices');
    expect(res.body.items).toEqual([
      expect.objectContaining({ connectionId, providerId: 'fx-discovers', label: 'Main', currency: 'UAH' }),
    ]);
    expect((await client.get(`/api/orgs/${orgId}/services?currency=USD`)).body.items).toEqual([]);
    expect((await client.get(`/api/orgs/${orgId}/services?country=PL`)).body.items).toEqual([]);
    expect((await client.get(`/api/orgs/${orgId}/services?currency=usd`)).status).toBe(422);
  });

  it('marks a service unavailable when the account loses its method, with an event', async () => {
    account.methods = { paymentMethods: [], payoutMethods: [{ method: 'bank_card' }], currencies: ['UAH'] };
    const res = await client.post(`/api/orgs/${orgId}/connections/${connectionId}/verify`, {});
    expect(res.status).toBe(200);
    const services = (await client.get(`/api/orgs/${orgId}/connections/${connectionId}/services`)).body;
    expect(
      services.items.find(
        (s: { currency: string; method: string }) => s.currency === 'UAH' && s.method === 'payment_card',
      ),
    ).toMatchObject({
      available: false,
      enabled: false,
      reason: expect.stringMatching(/has not enabled/),
    });
    const history = await client.get(`/api/orgs/${orgId}/connections/${connectionId}/events`);
    expect(history.body.items.at(-1)).toMatchObject({
      type: 'services_changed',
      message: expect.stringMatching(/in UAH became unavailable/),
    });
  });

  it('keeps what it knew when the provider cannot be read again', async () => {
    account.methods = 'down';
    await client.post(`/api/orgs/${orgId}/connections/${connectionId}/verify`, {});
    const services = (await client.get(`/api/orgs/${orgId}/connections/${connectionId}/services`)).body;
    expect(services).toMatchObject({
      source: 'account',
      note: expect.stringMatching(/could not be read again/),
    });
    expect(services.items.find((s: { direction: string }) => s.direction === 'payout').available).toBe(true);
  });

  it('answers 409 naming the connection when the same account is connected twice, unless asked again under another label', async () => {
    account.methods = { paymentMethods: [], payoutMethods: [] };
    const twice = await client.post(`/api/orgs/${orgId}/connections`, body());
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ code: 'conflict', existingConnectionId: connectionId });
    expect(twice.body.error.message).toMatch(/acct_42.*already connected as \u201cMain\u201d/);
    // A connection stored before the account id was indexed is still found, by its account.
    await test.host.deps.db.run('UPDATE connections SET account_id = NULL WHERE id = ?', [connectionId]);
    const older = await client.post(`/api/orgs/${orgId}/connections`, body());
    expect(older.body.error).toMatchObject({ code: 'conflict', existingConnectionId: connectionId });
    const sameLabel = await client.post(
      `/api/orgs/${orgId}/connections`,
      body({ connectAgain: true, label: 'Main' }),
    );
    expect(sameLabel.status).toBe(422);
    expect(sameLabel.body.error.fields[0].path).toBe('/label');
    const again = await client.post(
      `/api/orgs/${orgId}/connections`,
      body({ connectAgain: true, label: 'Second shop' }),
    );
    expect(again.status).toBe(201);
    // An account with nothing enabled: every service is listed, none available.
    const services = (await client.get(`/api/orgs/${orgId}/connections/${again.body.id}/services`)).body;
    expect(services.items.every((s: { available: boolean }) => !s.available)).toBe(true);
  });

  it('falls back to the connector\u2019s services, marked so, when the connector cannot read the account', async () => {
    const created = await client.post(`/api/orgs/${orgId}/connections`, {
      providerId: fixtureId('good'),
      environment: 'sandbox',
      credentials: { apiKey: FIXTURE_SECRET },
    });
    expect(created.status).toBe(201);
    const services = (await client.get(`/api/orgs/${orgId}/connections/${created.body.id}/services`)).body;
    expect(services).toMatchObject({
      source: 'manifest',
      note: expect.stringMatching(/cannot read what an account has enabled/),
    });
    expect(
      services.items.every(
        (s: { source: string; available: boolean }) => s.source === 'manifest' && s.available,
      ),
    ).toBe(true);
  });
});
