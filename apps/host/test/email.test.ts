import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type TestClient, uniqueEmail } from './support/client.js';
import { ENGINES, POSTGRES_SKIP_REASON, TEST_DATABASE_URL } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { type LocalSmtp, type ReceivedMail, startLocalSmtp } from './support/smtp-server.js';
import { linkIn, startTestHost, type TestHost, tokenIn } from './support/test-host.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

const NEW_PASSWORD = 'a much better passphrase';

describe.each(ENGINES)('e-mail over a real SMTP server on %s', (engine) => {
  let smtp: LocalSmtp;
  let test: TestHost;
  beforeAll(async () => {
    smtp = await startLocalSmtp();
    test = await startTestHost({
      engine,
      smtpUrl: smtp.url,
      adminEmails: ['ops@example.com'],
      rateLimits: { mail_account: { points: 3, durationMs: 3_600_000 } },
    });
  });
  afterAll(async () => {
    await test?.close();
    await smtp?.close();
  });

  /** The next delivered e-mail to `to` whose subject matches. */
  const mailTo = (to: string, subject: RegExp): Promise<ReceivedMail> =>
    eventually(`an e-mail to ${to} about ${subject}`, () =>
      smtp.mails.find((mail) => mail.to.includes(to) && subject.test(mail.subject)),
    );

  /** Follows a link from a delivered e-mail as the dashboard page does: its token goes to the API. */
  const follow = (
    client: TestClient,
    mail: ReceivedMail,
    page: string,
    body: Record<string, unknown> = {},
  ) => {
    const link = linkIn(mail, page);
    expect(link.origin).toBe(test.url);
    const api = page === '/verify-email' ? '/api/auth/verify-email' : '/api/auth/password-reset/confirm';
    // The token is in the fragment: a browser never sends it, so no access log on the way sees it.
    expect(link.search).toBe('');
    return client.post(api, { token: tokenIn(link), ...body });
  };

  it('e-mails a verification link at sign-up; following it verifies the address, once', async () => {
    const client = test.client();
    const { email } = await client.signup();
    expect((await client.get('/api/me')).body.user.emailVerified).toBe(false);
    const mail = await mailTo(email, /Confirm your e-mail/);
    const verified = await follow(test.client(), mail, '/verify-email');
    expect(verified.status).toBe(200);
    expect(verified.body.user).toMatchObject({ email, emailVerified: true });
    expect((await client.get('/api/me')).body.user.emailVerified).toBe(true);
    const again = await follow(test.client(), mail, '/verify-email');
    expect(again.status).toBe(404);
    expect(again.body.error.message).toContain('not valid');
  });

  it('makes a listed admin address an admin only once its owner has verified it', async () => {
    const client = test.client();
    await client.signup('ops@example.com');
    expect((await client.get('/api/me')).body.isAdmin).toBe(false);
    expect((await client.get('/api/connectors/diagnostics')).status).toBe(403);
    await follow(test.client(), await mailTo('ops@example.com', /Confirm your e-mail/), '/verify-email');
    expect((await client.get('/api/me')).body.isAdmin).toBe(true);
    expect((await client.get('/api/connectors/diagnostics')).status).toBe(200);
  });

  it('resets a password by a single-use link; every session ends and only the new password works', async () => {
    const before = test.client();
    const { email } = await before.signup();
    const stranger = await test.client().post('/api/auth/password-reset', { email: uniqueEmail('nobody') });
    expect(stranger.status).toBe(202);
    const asked = await test.client().post('/api/auth/password-reset', { email: email.toUpperCase() });
    expect(asked.status).toBe(202);
    const mail = await mailTo(email, /Reset your PayCore password/);
    const reset = await follow(test.client(), mail, '/reset-password', { password: NEW_PASSWORD });
    expect(reset.status).toBe(204);
    expect((await before.get('/api/me')).status).toBe(401);
    expect((await test.client().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401);
    expect((await test.client().post('/api/auth/login', { email, password: NEW_PASSWORD })).status).toBe(200);
    expect(
      (await follow(test.client(), mail, '/reset-password', { password: 'yet another password' })).status,
    ).toBe(404);
    await mailTo(email, /password was changed/);
    // No e-mail went to the address that has no account.
    expect(smtp.mails.some((m) => m.to.some((to) => to.startsWith('nobody-')))).toBe(false);
  });

  it('changes the e-mail address after the new one is verified, telling the old one', async () => {
    const client = test.client();
    const { email } = await client.signup();
    const next = uniqueEmail('moved');
    const wrong = await client.post('/api/me/email', { email: next, password: 'not my password' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual([{ path: '/password', message: 'is not your current password' }]);
    expect((await client.post('/api/me/email', { email: next, password: PASSWORD })).status).toBe(202);
    await mailTo(email, /sign-in address is being changed/);
    expect((await client.get('/api/me')).body.user.email).toBe(email);
    const changed = await follow(
      test.client(),
      await mailTo(next, /Confirm your new e-mail/),
      '/verify-email',
    );
    expect(changed.body.user).toMatchObject({ email: next, emailVerified: true });
    expect((await client.get('/api/me')).body.user.email).toBe(next);
    expect((await test.client().post('/api/auth/login', { email: next, password: PASSWORD })).status).toBe(
      200,
    );
    expect((await test.client().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401);
  });

  it('changes the password, ending every other session but this one', async () => {
    const here = test.client();
    const { email } = await here.signup();
    const elsewhere = test.client();
    expect((await elsewhere.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    const wrong = await here.post('/api/me/password', { currentPassword: 'nope', password: NEW_PASSWORD });
    expect(wrong.body.error.fields).toEqual([
      { path: '/currentPassword', message: 'is not your current password' },
    ]);
    const changed = await here.post('/api/me/password', {
      currentPassword: PASSWORD,
      password: NEW_PASSWORD,
    });
    expect(changed.status).toBe(204);
    expect((await here.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    expect((await test.client().post('/api/auth/login', { email, password: NEW_PASSWORD })).status).toBe(200);
  });

  it('limits e-mails asked for one address with 429 and Retry-After', async () => {
    const { email } = await test.client().signup();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await test.client().post('/api/auth/password-reset', { email }));
    expect(answers.map((res) => res.status)).toEqual([202, 202, 202, 429]);
    expect(Number(answers[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
