import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SECRET } from '@paycore/host/test/support/fixture-connectors';
import { SIMULATED_ACCOUNT } from './support/account-simulator';
import { DESKTOP, journey, launchBrowser, newEmail, SKIP_REASON, signUp } from './support/browser';

// A connector written outside the repository whose discover hook reads the account's methods
// (the host's `discovers` fixture, against test/support/account-simulator.ts).
const PROVIDER = 'Fixture discovers';

async function checkAccount(page: Page, label: string): Promise<void> {
  await page.goto('/providers/fx-discovers/connect');
  await page.getByRole('heading', { level: 1, name: `Connect ${PROVIDER}` }).waitFor();
  await page.getByLabel(/^API key/).fill(FIXTURE_SECRET);
  await page.getByLabel('Label (optional)').fill(label);
  await page.getByRole('button', { name: 'Check credentials' }).click();
  await page.getByRole('heading', { name: `${PROVIDER} account found: ${SIMULATED_ACCOUNT.name}` }).waitFor();
}

async function servicesOf(page: Page, connectionId: string) {
  const me = await (await page.request.get('/api/me')).json();
  const answer = await page.request.get(`/api/orgs/${me.currentOrgId}/connections/${connectionId}/services`);
  expect(answer.status()).toBe(200);
  return (await answer.json()) as { items: { currency: string; direction: string; enabled: boolean }[] };
}

describe.skipIf(SKIP_REASON !== '')("a connection's services in a real browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names the account before connecting, switches a service off, refuses the same account twice, and answers where cards in USD go', async () => {
    await journey(browser, 'connection-services', DESKTOP, async (page) => {
      await signUp(page, newEmail('services'), 'Acme Trading');

      // The confirm step says who the account is and what connecting enables.
      await checkAccount(page, 'Main shop');
      const found = page.getByRole('status').filter({ hasText: 'account found' });
      // Country names come with the vocabulary, which may arrive after the check's answer.
      await found.filter({ hasText: 'Ukraine' }).waitFor();
      const text = (await found.textContent()) ?? '';
      for (const shown of [
        SIMULATED_ACCOUNT.name,
        SIMULATED_ACCOUNT.id,
        'Ukraine',
        'Test',
        SIMULATED_ACCOUNT.email,
      ])
        expect(text).toContain(shown);
      const preview = found.getByRole('region', { name: /Services connecting enables/ });
      expect(await preview.getByRole('list', { name: 'Payment card currencies' }).textContent()).toBe(
        'UAHUSDEUR',
      );
      expect(await preview.textContent()).toMatch(/Payouts.*Card.*Not available.*UAH.*has not enabled Card/);
      await page.getByRole('button', { name: 'Confirm and connect' }).click();
      await page.getByRole('heading', { level: 1, name: `${PROVIDER} · Main shop` }).waitFor();
      const connectionId = page.url().split('/').pop() ?? '';

      // The Services tab: a switch per service, the one the account lacks disabled with its reason.
      await page.getByRole('link', { name: 'Services' }).click();
      await page.waitForURL(/\/services$/);
      const usd = page.getByRole('switch', { name: 'Payment card in USD' });
      expect(await usd.isChecked()).toBe(true);
      const payout = page.getByRole('switch', { name: 'Card in UAH', exact: true });
      expect(await payout.isDisabled()).toBe(true);
      await page.getByText('UAH not available: The account has not enabled Card').waitFor();

      // Off with the keyboard, saved, and still off after a reload, in the page and the API.
      await usd.focus();
      await page.keyboard.press('Space');
      expect(await usd.isChecked()).toBe(false);
      await page.getByText('1 unsaved change').waitFor();
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').getByText('Services saved').waitFor();
      await page.reload();
      await page.getByRole('switch', { name: 'Payment card in USD' }).waitFor();
      expect(await page.getByRole('switch', { name: 'Payment card in USD' }).isChecked()).toBe(false);
      expect(await page.getByRole('switch', { name: 'Payment card in UAH' }).isChecked()).toBe(true);
      const stored = await servicesOf(page, connectionId);
      expect(stored.items.find((s) => s.currency === 'USD')?.enabled).toBe(false);

      // The history says what changed.
      await page.getByRole('link', { name: 'Overview' }).click();
      const history = page.getByRole('region', { name: 'History' });
      await history.getByText('Services changed').waitFor();
      await history.getByText('Payment card in USD was disabled').waitFor();

      // The same account again: the existing connection is named and linked; connecting it again
      // asks for another label.
      await checkAccount(page, '');
      await page.getByRole('button', { name: 'Confirm and connect' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'This account is already connected' });
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain(`${SIMULATED_ACCOUNT.id} is already connected`);
      expect(
        await conflict.getByRole('link', { name: `Open ${PROVIDER} · Main shop` }).getAttribute('href'),
      ).toBe(`/connections/${connectionId}`);
      await conflict.getByRole('button', { name: 'Connect again under another label' }).click();
      const again = page.getByLabel(/^Label for the new connection/);
      await again.fill('Main shop');
      await page.keyboard.press('Enter');
      await page.getByText('The existing connection is already called “Main shop”').waitFor();
      await again.fill('Second shop');
      await page.getByRole('button', { name: 'Connect again' }).click();
      await page.getByRole('heading', { level: 1, name: `${PROVIDER} · Second shop` }).waitFor();

      // Where can cards in USD go? Only the second connection still takes them.
      await page.getByRole('link', { name: 'Where can I take…' }).click();
      await page.getByRole('heading', { level: 1, name: 'Where can I take…' }).waitFor();
      await page.getByLabel('Currency').selectOption('UAH');
      await page.getByText('2 connections can take payments or payouts in UAH').waitFor();
      await page.getByLabel('Direction').selectOption('payment');
      await page.getByLabel('Method').selectOption('payment_card');
      await page.getByLabel('Currency').selectOption('USD');
      await page.waitForURL((url) => url.search === '?direction=payment&method=payment_card&currency=USD');
      await page.getByText('1 connection can take payments by Payment card in USD').waitFor();
      const rows = page.getByRole('row', { name: new RegExp(PROVIDER) });
      expect(await rows.count()).toBe(1);
      await rows.getByRole('link', { name: /Second shop/ }).click();
      await page.getByRole('heading', { level: 1, name: `${PROVIDER} · Second shop` }).waitFor();
    });
  });
});
