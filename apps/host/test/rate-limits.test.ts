import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from './support/client.js';
import { ENGINES, POSTGRES_SKIP_REASON, TEST_DATABASE_URL } from './support/databases.js';
import { GOOD_TEST_KEY, type StripeSimulator, startStripeSimulator } from './support/stripe-simulator.js';
import { startTestHost, type TestHost } from './support/test-host.js';

if (!TEST_DATABASE_URL) console.info(POSTGRES_SKIP_REASON);

const MINUTE = 60_000;

describe.each(ENGINES)('rate limits on %s', (engine) => {
  let test: TestHost;
  let stripe: StripeSimulator;
  beforeAll(async () => {
    stripe = await startStripeSimulator([GOOD_TEST_KEY]);
    test = await startTestHost({
      engine,
      // One proxy in front of the host: it appends the address it saw to X-Forwarded-For.
      trustProxy: 1,
      egressOverrides: stripe.overrides,
      rateLimits: {
        login_account: { points: 5, durationMs: 15 * MINUTE },
        login_address: { points: 10, durationMs: 15 * MINUTE },
        signup_address: { points: 3, durationMs: 60 * MINUTE },
        check_org: { points: 4, durationMs: MINUTE },
        check_address: { points: 6, durationMs: MINUTE },
      },
    });
  });
  afterAll(async () => {
    await test?.close();
    await stripe?.close();
  });

  /** Headers of a request the proxy forwarded from `address`, after a client-chosen entry. */
  const via = (address: string, spoofed = `198.51.100.${Math.floor(Math.random() * 250)}`) => ({
    headers: { 'x-forwarded-for': `${spoofed}, ${address}` },
  });

  let signups = 0;
  /** Signs a client up from an address of its own, so sign-ups do not count against one another. */
  const signup = async (client = test.client(), email = uniqueEmail()) => {
    signups++;
    const res = await client.post(
      '/api/auth/signup',
      { email, password: PASSWORD },
      via(`192.0.2.${signups}`),
    );
    if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${res.text}`);
    return { client, email, orgId: res.body.organisation.id as string };
  };

  it('checks at most the allowed number of 40 parallel guesses; then even the right password waits', async () => {
    const { email } = await signup(test.client(), uniqueEmail('target'));
    // Each guess from a different real address and with a fresh client-chosen X-Forwarded-For entry:
    // only the per-account count can stop them.
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        test.client().post('/api/auth/login', { email, password: `wrong-${i}` }, via(`203.0.113.${i + 1}`)),
      ),
    );
    const statuses = guesses.map((res) => res.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status !== 401).every((status) => status === 429)).toBe(true);
    const right = await test
      .client()
      .post('/api/auth/login', { email, password: PASSWORD }, via('203.0.113.200'));
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('too_many_requests');
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts guesses from one address across accounts, whatever X-Forwarded-For the client writes', async () => {
    const victims = await Promise.all([1, 2, 3, 4].map(() => signup()));
    const own = await signup();
    const address = '203.0.113.77';
    // The attacker's own successful sign-ins do not reset the count of guesses at others.
    const attempts = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 6 === 0
          ? test.client().post('/api/auth/login', { email: own.email, password: PASSWORD }, via(address))
          : test
              .client()
              .post(
                '/api/auth/login',
                { email: victims[i % 4]!.email, password: `guess-${i}` },
                via(address),
              ),
      ),
    );
    const wrongChecked = attempts.filter((res, i) => i % 6 !== 0 && res.status === 401).length;
    expect(wrongChecked).toBeLessThanOrEqual(10);
    expect(attempts.some((res) => res.status === 429)).toBe(true);
    // Another address is not held up by it.
    const other = await test
      .client()
      .post('/api/auth/login', { email: own.email, password: PASSWORD }, via('203.0.113.78'));
    expect(other.status).toBe(200);
  });

  it('counts an IPv6 client by its /64, so fresh addresses of one subscriber share a count', async () => {
    const victim = await signup();
    const attempts = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        test
          .client()
          .post(
            '/api/auth/login',
            { email: i % 2 ? victim.email : uniqueEmail('ghost'), password: `guess-${i}` },
            via(`2001:db8:77:77:${(i + 1).toString(16)}::1`),
          ),
      ),
    );
    expect(attempts.filter((res) => res.status === 401).length).toBeLessThanOrEqual(10);
    expect(attempts.some((res) => res.status === 429)).toBe(true);
  });

  it('limits sign-ups per address with 429 and Retry-After', async () => {
    const address = '203.0.113.90';
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push(
        await test
          .client()
          .post('/api/auth/signup', { email: uniqueEmail(), password: PASSWORD }, via(address)),
      );
    expect(answers.map((res) => res.status)).toEqual([201, 201, 201, 429]);
    expect(Number(answers[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('limits credential checks per organisation and per address, counting connects too', async () => {
    const { client, orgId } = await signup();
    const check = { providerId: 'stripe', environment: 'sandbox', credentials: { secretKey: GOOD_TEST_KEY } };
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        client.post(`/api/orgs/${orgId}/connections/check`, check, via(`203.0.113.${100 + i}`)),
      ),
    );
    expect(answers.filter((res) => res.status === 200).length).toBe(4);
    const refused = answers.filter((res) => res.status === 429);
    expect(refused.length).toBe(4);
    expect(refused[0]!.body.error.message).toContain('organisation');
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
    const connect = await client.post(`/api/orgs/${orgId}/connections`, check, via('203.0.113.120'));
    expect(connect.status).toBe(429);

    // Per address: organisations of their own do not give one address more checks.
    const address = '203.0.113.130';
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { client: other, ...org } = await signup();
      for (let j = 0; j < 2; j++)
        statuses.push(
          (await other.post(`/api/orgs/${org.orgId}/connections/check`, check, via(address))).status,
        );
    }
    expect(statuses.filter((status) => status === 200).length).toBe(6);
    expect(statuses.slice(6)).toEqual([429, 429]);
  });
});
