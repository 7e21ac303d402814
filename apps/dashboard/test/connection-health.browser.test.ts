import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GOOD_TEST_KEY,
  type StripeSimulator,
  startStripeSimulator,
} from '@paycore/host/test/support/stripe-simulator';
import { startWebhookReceiver, type WebhookReceiver } from '@paycore/host/test/support/webhook-receiver';
import {
  DASHBOARD_BUILD,
  DESKTOP,
  journey,
  launchBrowser,
  newEmail,
  SKIP_REASON,
  signUp,
} from './support/browser';
import { type RunningHost, startHost } from './support/start-host';

/** Reloads the page until `text` shows (what a merchant does while waiting for the next check). */
async function reloadUntil(page: Page, text: string | RegExp): Promise<void> {
  // Scheduled checks back off while the provider is down; a busy machine stretches them further.
  const deadline = Date.now() + 45_000;
  for (;;) {
    if ((await page.getByText(text).count()) > 0) return;
    if (Date.now() > deadline) throw new Error(`"${text}" never showed`);
    await page.waitForTimeout(500);
    await page.reload();
  }
}

// This journey makes its Stripe fail, so it runs on a host and simulator of its own, checking
// every 2 s; the receiver stands for the platform's server.
describe.skipIf(SKIP_REASON !== '')('connection health and webhooks in a real browser', () => {
  let browser: Browser;
  let stripe: StripeSimulator;
  let receiver: WebhookReceiver;
  let host: RunningHost;
  beforeAll(async () => {
    stripe = await startStripeSimulator();
    receiver = await startWebhookReceiver();
    host = await startHost({
      dashboardDir: DASHBOARD_BUILD,
      egressOverrides: { 'https://api.stripe.com': stripe.origin },
      env: {
        PAYCORE_CHECK_INTERVAL: '2s',
        PAYCORE_WEBHOOKS_ALLOW_PRIVATE: '1',
        PAYCORE_WEBHOOK_RETRY_BASE: '500ms',
      },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await stripe?.close();
    await receiver?.close();
  });

  it('registers a webhook, shows Stripe down as degraded and a rejected key as needs reconnect, and logs the deliveries', async () => {
    await journey(
      browser,
      'connection-health',
      DESKTOP,
      async (page) => {
        await signUp(page, newEmail('health'), 'Acme Health');

        // A webhook endpoint: the secret is shown once.
        await page.getByRole('link', { name: 'Webhooks' }).click();
        await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
        await page.getByText('No endpoints yet').waitFor();
        await page.getByLabel(/^Endpoint URL/).fill(receiver.url);
        await page.getByLabel(/Connection created/).check();
        await page.getByRole('button', { name: 'Add endpoint' }).click();
        const secret = page.locator('.new-key__value code');
        await secret.waitFor();
        receiver.secret = (await secret.textContent()) ?? '';
        expect(receiver.secret).toMatch(/^whsec_/);
        await page.getByRole('button', { name: 'I have stored it safely' }).click();
        await page.getByRole('article', { name: receiver.url }).getByText('Enabled').waitFor();

        // A Stripe connection, made through the API as the connect journey is tested elsewhere.
        const me = await (await page.request.get('/api/me')).json();
        const created = await page.request.post(`/api/orgs/${me.currentOrgId}/connections`, {
          headers: { origin: host.url },
          data: {
            providerId: 'stripe',
            environment: 'sandbox',
            label: 'EU',
            credentials: { secretKey: GOOD_TEST_KEY },
          },
        });
        expect(created.status()).toBe(201);
        const { id } = await created.json();
        await page.getByRole('link', { name: 'Connections' }).first().click();
        const row = page.getByRole('row', { name: /Stripe/ });
        await row.waitFor();
        expect(await row.textContent()).toMatch(/Sandbox.*EU.*Healthy/);

        // Stripe goes down: PayCore says so, and that it is retrying; the credentials are not blamed.
        stripe.mode = 'down';
        await page.goto(`/connections/${id}`);
        await reloadUntil(page, 'PayCore could not reach Stripe; retrying');
        const notice = page.getByRole('status').filter({ hasText: 'retrying' });
        expect(await notice.textContent()).toContain('not known to be wrong');
        expect(await page.getByText('Degraded', { exact: true }).count()).toBeGreaterThan(0);

        // Back up: healthy again, and the history says what happened.
        stripe.mode = 'accept';
        await reloadUntil(page, /^Recovered/);
        const history = page.getByRole('region', { name: 'History' });
        expect(await history.textContent()).toMatch(/Recovered.*by a scheduled check.*Degraded/s);

        // Stripe rejects the key: a reconnect is asked for, with a button that opens the form.
        stripe.mode = 'reject';
        await reloadUntil(page, /reconnect to keep this connection working/);
        await page.getByRole('button', { name: 'Reconnect' }).click();
        stripe.mode = 'accept';
        await page.getByLabel(/^Secret key/).fill(GOOD_TEST_KEY);
        await page.getByRole('button', { name: 'Check and save' }).click();
        await page.getByText('Credentials replaced and verified').waitFor();
        await reloadUntil(page, 'Healthy');

        // The delivery log: the health events arrived, each answered 200; one is sent again.
        await page.getByRole('link', { name: 'Webhooks' }).click();
        await page.getByRole('link', { name: /^Deliveries/ }).click();
        await page.getByRole('heading', { level: 1, name: 'Deliveries' }).waitFor();
        await reloadUntil(page, 'Needs reconnect');
        const table = page.getByRole('table');
        expect(await table.textContent()).toMatch(/Provider unreachable \(degraded\)/);
        expect(await table.textContent()).toContain('HTTP 200');
        const before = receiver.received.length;
        await page
          .getByRole('button', { name: /^Redeliver/ })
          .first()
          .click();
        await page.getByText(/queued again/).waitFor();
        const deadline = Date.now() + 10_000;
        while (receiver.received.length === before && Date.now() < deadline) await page.waitForTimeout(200);
        expect(receiver.received.length).toBeGreaterThan(before);
        expect(receiver.received.every((r) => r.verified)).toBe(true);
        expect(receiver.received.map((r) => r.event.type)).toEqual(
          expect.arrayContaining([
            'connection.created',
            'connection.degraded',
            'connection.needs_reconnect',
            'connection.recovered',
          ]),
        );
      },
      host.url,
    );
  }, 150_000);
});
