import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyring } from '../src/crypto/keyring.js';
import { checkSecondFactor, rotateTotpSecrets } from '../src/services/two-factor.js';
import { PASSWORD, type TestClient } from './support/client.js';
import { ENGINES, POSTGRES_SKIP_REASON, TEST_DATABASE_URL } from './support/databases.js';
import { startTestHost, type TestHost } from './support/test-host.js';
import { totpCode } from './support/totp-code.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

const codeFor = totpCode;

describe.each(ENGINES)('two-factor sign-in on %s', (engine) => {
  let test: TestHost;
  beforeAll(async () => {
    test = await startTestHost({
      engine,
      rateLimits: { two_factor_account: { points: 5, durationMs: 15 * 60_000 } },
    });
  });
  afterAll(() => test?.close());

  /** Signs up and turns two-factor sign-in on; returns the secret and recovery codes. */
  const withTwoFactor = async (client: TestClient) => {
    const account = await client.signup();
    expect((await client.post('/api/me/two-factor/setup', { password: 'wrong password' })).status).toBe(422);
    const setup = await client.post('/api/me/two-factor/setup', { password: PASSWORD });
    expect(setup.status).toBe(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/PayCore:.+secret=/);
    const secret: string = setup.body.secret;
    const wrong = await client.post('/api/me/two-factor/enable', { code: '000000' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual([
      { path: '/code', message: 'is not the code the app shows now' },
    ]);
    const enabled = await client.post('/api/me/two-factor/enable', { code: await codeFor(secret) });
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect((await client.get('/api/me')).body.user.twoFactorEnabled).toBe(true);
    return { ...account, secret, recoveryCodes: enabled.body.recoveryCodes as string[] };
  };

  /** Signs in with the password; returns the challenge the host asks a second factor for. */
  const passwordStep = async (client: TestClient, email: string) => {
    const res = await client.post('/api/auth/login', { email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ twoFactorRequired: true, challenge: expect.any(String) });
    expect(client.cookie).toBeUndefined();
    return res.body.challenge as string;
  };

  it('asks for a code after the password; a code works once, a recovery code too', async () => {
    const { email, secret, recoveryCodes } = await withTwoFactor(test.client());
    const client = test.client();
    const challenge = await passwordStep(client, email);
    expect((await client.get('/api/me')).status).toBe(401);
    const wrong = await client.post('/api/auth/login/two-factor', { challenge, code: '123456' });
    expect(wrong.status).toBe(401);
    const code = await codeFor(secret, 1);
    const right = await client.post('/api/auth/login/two-factor', { challenge, code });
    expect(right.status).toBe(200);
    expect((await client.get('/api/me')).body.user.email).toBe(email);
    // The challenge is spent, and the same code does not open another sign-in.
    expect((await client.post('/api/auth/login/two-factor', { challenge, code })).status).toBe(401);
    const other = test.client();
    const again = await passwordStep(other, email);
    expect((await other.post('/api/auth/login/two-factor', { challenge: again, code })).status).toBe(401);
    const recovery = await other.post('/api/auth/login/two-factor', {
      challenge: again,
      code: recoveryCodes[0]!.toUpperCase(),
    });
    expect(recovery.status).toBe(200);
    expect((await other.get('/api/me/two-factor')).body).toEqual({ enabled: true, recoveryCodesLeft: 9 });
    const third = test.client();
    const challenge3 = await passwordStep(third, email);
    expect(
      (await third.post('/api/auth/login/two-factor', { challenge: challenge3, code: recoveryCodes[0] }))
        .status,
    ).toBe(401);
  });

  it('keeps working after rotate-keys re-seals the secret under a new master key', async () => {
    const { email, secret } = await withTwoFactor(test.client());
    const old = test.host.deps.keyring;
    const next = createKeyring([
      { id: `rotated-${engine}`, key: randomBytes(32) },
      ...old.ids.map((id) => old.get(id)!),
    ]);
    const report = await rotateTotpSecrets(test.host.deps.db, next);
    expect(report.rotated).toBeGreaterThanOrEqual(1);
    expect(report.failed).toEqual([]);
    const user = await test.host.deps.db.get<{ id: string }>('SELECT id FROM users WHERE email = ?', [email]);
    // Re-sealed under the new key: it opens with the new keyring (as the host has after a restart).
    const opened = await checkSecondFactor(
      { db: test.host.deps.db, keyring: next },
      user!.id,
      await codeFor(secret, 1),
      false,
    );
    expect(opened).toBe('totp');
  });

  it('limits the codes tried for an account with 429 and Retry-After', async () => {
    const { email, secret } = await withTwoFactor(test.client());
    const client = test.client();
    const challenge = await passwordStep(client, email);
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await client.post('/api/auth/login/two-factor', { challenge, code: `10000${i}` }));
    expect(answers.slice(0, 5).every((res) => res.status === 401)).toBe(true);
    expect(answers[5]!.status).toBe(429);
    expect(Number(answers[5]!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right code waits while the block holds.
    const right = await client.post('/api/auth/login/two-factor', {
      challenge,
      code: await codeFor(secret, 1),
    });
    expect(right.status).toBe(429);
  });

  it("lets an owner require it: members without it are refused the organisation's routes", async () => {
    const owner = test.client();
    const { orgId } = await owner.signup();
    const key = await owner.apiKey(orgId);
    const early = await owner.patch(`/api/orgs/${orgId}/two-factor-requirement`, { required: true });
    expect(early.status).toBe(422);
    expect(early.body.error.fields[0].path).toBe('/required');
    const setup = await owner.post('/api/me/two-factor/setup', { password: PASSWORD });
    await owner.post('/api/me/two-factor/enable', { code: await codeFor(setup.body.secret) });
    const required = await owner.patch(`/api/orgs/${orgId}/two-factor-requirement`, { required: true });
    expect(required.body).toEqual({ required: true });
    expect((await owner.get(`/api/orgs/${orgId}/connections`)).status).toBe(200);
    // Turning it off for oneself shuts the organisation until it is on again.
    expect((await owner.post('/api/me/two-factor/disable', { password: PASSWORD })).status).toBe(204);
    const refused = await owner.get(`/api/orgs/${orgId}/connections`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('two_factor_required');
    // API keys are not people: they are not asked for a second factor.
    const bot = test.client();
    bot.bearer = key;
    bot.origin = undefined;
    expect((await bot.get(`/api/orgs/${orgId}/connections`)).status).toBe(200);
    expect((await bot.patch(`/api/orgs/${orgId}/two-factor-requirement`, { required: false })).status).toBe(
      403,
    );
  });
});
