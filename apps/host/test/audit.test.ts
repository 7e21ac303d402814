import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, PASSWORD, type TestClient, uniqueEmail } from './support/client.js';
import { ENGINES, POSTGRES_SKIP_REASON, TEST_DATABASE_URL } from './support/databases.js';
import { invitationToken, type RecordingMailer, recordingMailer } from './support/recording-mailer.js';
import { GOOD_TEST_KEY, type StripeSimulator, startStripeSimulator } from './support/stripe-simulator.js';
import { startTestHost, type TestHost } from './support/test-host.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

const ROTATED_KEY = 'sk_test_51SimulatorRotatedKey0000000000';
const AGENT = 'audit-test/1.0 (team)';

describe.each(ENGINES)('the audit log on %s', (engine) => {
  let stripe: StripeSimulator;
  let mailer: RecordingMailer;
  let test: TestHost;
  let owner: TestClient;
  let orgId: string;
  let ownerId: string;
  let memberId: string;
  let memberEmail: string;
  let connectionId: string;
  let keyId: string;
  const startedAt = new Date().toISOString();

  const audit = async (query = ''): Promise<Json> => {
    const res = await owner.get(`/api/orgs/${orgId}/audit${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    stripe = await startStripeSimulator([GOOD_TEST_KEY, ROTATED_KEY]);
    mailer = recordingMailer();
    test = await startTestHost({ engine, mailer, egressOverrides: stripe.overrides });
    owner = test.client();
    const headers = { 'user-agent': AGENT };
    ({ orgId, userId: ownerId } = await owner.signup());
    const base = `/api/orgs/${orgId}`;
    const made = await owner.post(
      `${base}/connections`,
      {
        providerId: 'stripe',
        environment: 'sandbox',
        credentials: { secretKey: GOOD_TEST_KEY },
        label: 'Shop',
      },
      { headers },
    );
    expect(made.status).toBe(201);
    connectionId = made.body.id;
    expect(
      (await owner.patch(`${base}/connections/${connectionId}`, { label: 'Main shop' }, { headers })).status,
    ).toBe(200);
    const replaced = await owner.patch(
      `${base}/connections/${connectionId}`,
      { credentials: { secretKey: ROTATED_KEY } },
      { headers },
    );
    expect(replaced.status).toBe(200);
    expect(
      (await owner.post(`${base}/connections/${connectionId}/verify`, undefined, { headers })).status,
    ).toBe(200);
    const services = (await owner.get(`${base}/connections/${connectionId}/services`)).body.items;
    const switchable = services.find((item: Json) => item.available && item.enabled);
    expect(switchable).toBeDefined();
    const switched = await owner.patch(
      `${base}/connections/${connectionId}/services`,
      {
        items: [
          {
            direction: switchable.direction,
            method: switchable.method,
            currency: switchable.currency,
            enabled: false,
          },
        ],
      },
      { headers },
    );
    expect(switched.status).toBe(200);
    const key = await owner.post(`${base}/api-keys`, { name: 'CI', role: 'viewer' }, { headers });
    keyId = key.body.apiKey.id;
    expect((await owner.delete(`${base}/api-keys/${keyId}`, { headers })).status).toBe(204);
    expect((await owner.patch(base, { name: 'Renamed org' }, { headers })).status).toBe(200);
    memberEmail = uniqueEmail('member');
    expect(
      (await owner.post(`${base}/invitations`, { email: memberEmail, role: 'viewer' }, { headers })).status,
    ).toBe(201);
    const member = test.client();
    ({ userId: memberId } = await member.signup(memberEmail));
    const token = invitationToken(await mailer.lastInvitationTo(memberEmail));
    expect((await member.post('/api/invitations/accept', { token }, { headers })).status).toBe(200);
    expect(
      (await owner.patch(`${base}/members/${memberId}`, { role: 'developer' }, { headers })).status,
    ).toBe(200);
    // A member's sign-ins, good and bad, are the organisation's business.
    const again = test.client();
    expect(
      (await again.post('/api/auth/login', { email: memberEmail, password: 'wrong password!' }, { headers }))
        .status,
    ).toBe(401);
    expect(
      (await again.post('/api/auth/login', { email: memberEmail, password: PASSWORD }, { headers })).status,
    ).toBe(200);
    expect((await owner.delete(`${base}/connections/${connectionId}`, { headers })).status).toBe(204);
    expect((await owner.delete(`${base}/members/${memberId}`, { headers })).status).toBe(204);
  });
  afterAll(async () => {
    await test?.close();
    await stripe?.close();
  });

  it('records every change with the actor, time, client address and user agent, newest first', async () => {
    const { items } = await audit('?limit=200');
    const actions = items.map((entry: Json) => entry.action).reverse();
    expect(actions).toEqual([
      'connection.created',
      'connection.label_changed',
      'connection.credentials_replaced',
      'connection.verified',
      'connection.services_changed',
      'api_key.created',
      'api_key.revoked',
      'organisation.settings_changed',
      'member.invited',
      'member.joined',
      'member.role_changed',
      'auth.sign_in_failed',
      'auth.signed_in',
      'connection.deleted',
      'member.removed',
    ]);
    const byAction = Object.fromEntries(items.map((entry: Json) => [entry.action, entry]));
    expect(byAction['connection.created']).toMatchObject({
      actor: { type: 'user', id: ownerId, label: expect.stringContaining('@example.com') },
      target: { type: 'connection', id: connectionId },
      details: { providerId: 'stripe', environment: 'sandbox', label: 'Shop' },
      ip: expect.stringMatching(/127\.0\.0\.1/),
      userAgent: AGENT,
    });
    expect(byAction['connection.label_changed'].details).toEqual({ from: 'Shop', to: 'Main shop' });
    expect(byAction['connection.credentials_replaced'].details).toEqual({ fields: ['secretKey'] });
    expect(byAction['connection.verified'].details).toEqual({ ok: true });
    expect(byAction['connection.services_changed'].details.services).toEqual([
      expect.stringMatching(/was disabled$/),
    ]);
    expect(byAction['api_key.created'].details).toEqual({ name: 'CI', role: 'viewer' });
    expect(byAction['organisation.settings_changed'].details).toEqual({
      changes: { name: { from: expect.any(String), to: 'Renamed org' } },
    });
    expect(byAction['member.role_changed'].details).toMatchObject({ from: 'viewer', to: 'developer' });
    expect(byAction['member.joined']).toMatchObject({
      actor: { type: 'user', id: memberId },
      details: { role: 'viewer' },
    });
    expect(byAction['auth.sign_in_failed']).toMatchObject({ actor: { id: memberId }, userAgent: AGENT });
    for (let i = 1; i < items.length; i++) expect(items[i - 1].at >= items[i].at).toBe(true);
  });

  it('never holds a secret value', async () => {
    const text = JSON.stringify(await audit('?limit=200'));
    expect(text).not.toContain(GOOD_TEST_KEY);
    expect(text).not.toContain(ROTATED_KEY);
    const rows = JSON.stringify(await test.host.deps.db.all('SELECT * FROM audit_log'));
    expect(rows).not.toContain(GOOD_TEST_KEY.slice(8));
    expect(rows).not.toContain(ROTATED_KEY.slice(8));
  });

  it('filters by actor, action, target and time, each narrowing the list', async () => {
    const byMember = await audit(`?actorId=${memberId}`);
    expect(byMember.items.map((e: Json) => e.action).sort()).toEqual([
      'auth.sign_in_failed',
      'auth.signed_in',
      'member.joined',
    ]);
    const onConnection = await audit(`?targetId=${connectionId}`);
    expect(onConnection.items).toHaveLength(6);
    expect(onConnection.items.every((e: Json) => e.target.id === connectionId)).toBe(true);
    const deleted = await audit(`?action=connection.deleted&targetType=connection`);
    expect(deleted.items).toHaveLength(1);
    const all = (await audit('?limit=200')).items;
    const middle = all[Math.floor(all.length / 2)].at;
    const before = await audit(`?to=${encodeURIComponent(middle)}&limit=200`);
    const after = await audit(`?from=${encodeURIComponent(middle)}&limit=200`);
    expect(before.items.length + after.items.length).toBe(all.length);
    expect(before.items.every((e: Json) => e.at < middle)).toBe(true);
    expect((await audit(`?to=${encodeURIComponent(startedAt)}`)).items).toEqual([]);
    expect((await audit('?actorType=system')).items).toEqual([]);
    const bad = await owner.get(`/api/orgs/${orgId}/audit?from=2026-13-01&action=nope`);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f: Json) => f.path).sort()).toEqual(['/query/action', '/query/from']);
  });

  it('pages with a cursor: every entry once, in order, whatever is written meanwhile', async () => {
    const all = (await audit('?limit=200')).items.map((e: Json) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Json = await audit(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((e: Json) => e.id));
      cursor = page.nextCursor;
      pages++;
      // An entry written between pages lands before the first page, not in the next one.
      if (pages === 1) await owner.patch(`/api/orgs/${orgId}`, { name: `Renamed ${pages}` });
    } while (cursor);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 3));
    const bad = await owner.get(`/api/orgs/${orgId}/audit?cursor=not-a-cursor`);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual([{ path: '/query/cursor', message: expect.any(String) }]);
  });

  it('is append-only: the database refuses to change or delete its rows', async () => {
    const db = test.host.deps.db;
    await expect(db.run("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/append-only/);
    await expect(db.run('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    const count = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_log WHERE org_id = ?', [
      orgId,
    ]);
    expect(Number(count?.n)).toBeGreaterThan(10);
  });
});
