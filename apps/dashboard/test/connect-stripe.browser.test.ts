import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  HOST_URL,
  journey,
  launchBrowser,
  newEmail,
  SKIP_REASON,
  shot,
  signUp,
} from './support/browser';
import {
  GOOD_TEST_KEY as GOOD_KEY,
  WRONG_TEST_KEY as WRONG_KEY,
} from '@paycore/host/test/support/stripe-simulator';

describe.skipIf(SKIP_REASON !== '')('connecting Stripe in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs up, finds Stripe, is told about bad keys, connects, re-verifies and disconnects', async () => {
    await journey(browser, 'connect-stripe', DESKTOP, async (page) => {
      await signUp(page, newEmail('connect'), 'Acme Shop');
      await page.getByRole('link', { name: 'New connection' }).first().click();

      // Filter the directory: search as you type, status and currency, all kept in the URL.
      await page.getByRole('heading', { level: 1, name: 'New connection' }).waitFor();
      await page.getByLabel('Search providers').fill('stri');
      await page.getByLabel('Status').selectOption('ready');
      const currencies = page.getByRole('combobox', { name: 'Currencies' });
      await currencies.fill('usd');
      await page.getByRole('option', { name: /US Dollar/ }).waitFor();
      await currencies.press('Enter');
      await page.waitForURL(
        (url) =>
          url.search.includes('q=stri') &&
          url.search.includes('status=ready') &&
          url.search.includes('currency=USD'),
      );
      await page.getByText('1 provider matching “stri”').waitFor();
      const stripeCard = page.getByRole('link', { name: /^Stripe Ready/ });
      expect(await stripeCard.count()).toBe(1);

      // The overview, then Connect.
      await stripeCard.click();
      await page.getByRole('heading', { level: 1, name: 'Stripe' }).waitFor();
      await page.getByRole('heading', { name: 'Integration manual' }).waitFor();
      await page.getByRole('link', { name: 'Connect Stripe' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connect Stripe' }).waitFor();

      const secretKey = page.getByLabel(/^Secret key/);
      const check = page.getByRole('button', { name: /Check/ });

      // A key in the wrong format: a plain field error from the browser's own check of the
      // provider's schema (no eval under the host's policy), before anything is sent.
      const checks: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/check')) checks.push(request.url());
      });
      await secretKey.fill('sk_test_tooshort');
      await check.click();
      const formatError = page.getByText("This doesn't look like a valid secret key");
      await formatError.waitFor();
      expect(await secretKey.getAttribute('aria-invalid')).toBe('true');
      await page.getByRole('alert').filter({ hasText: 'One field needs attention' }).waitFor();
      if (process.env.SHOTS_DIR) {
        mkdirSync(process.env.SHOTS_DIR, { recursive: true });
        await page.screenshot({
          path: join(process.env.SHOTS_DIR, 'connect-field-error.png'),
          fullPage: true,
        });
      }
      expect(checks).toEqual([]);
      // Emptied, the field says it is needed; fixed, the error goes as the person types.
      await secretKey.fill('');
      await page.getByText('Enter the secret key.').waitFor();
      await secretKey.fill(WRONG_KEY);
      await formatError.waitFor({ state: 'detached' });
      expect(await secretKey.getAttribute('aria-invalid')).not.toBe('true');
      expect(checks).toEqual([]);

      // A well-formed key Stripe rejects: the reason in plain words, the field highlighted.
      await secretKey.fill(WRONG_KEY);
      await check.click();
      const refusal = page.getByRole('alert').filter({ hasText: 'Stripe did not accept these credentials' });
      await refusal.waitFor();
      expect(await secretKey.getAttribute('aria-invalid')).toBe('true');
      // One message per outcome: the connector's words once, on the field; nothing is put in Stripe's mouth.
      await expect.poll(() => page.getByText(/Invalid API Key provided/).count()).toBe(1);
      expect(await page.locator('main').textContent()).not.toContain('said');

      // A live key: its prefix selects Live, and the form says why.
      await secretKey.fill(`sk_live_${'4'.repeat(24)}`);
      await expect.poll(() => page.getByRole('radio', { name: /Live/ }).isChecked()).toBe(true);
      await page.getByText('Live selected: the Secret key starts with sk_live_.').waitFor();
      await shot(page, 'connect-live-preselected');
      // Put back in Sandbox by hand, the check refuses it before anything is sent, with a button to switch.
      await page.getByRole('radio', { name: /Sandbox/ }).check();
      await check.click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'These credentials belong to the other environment' })
        .waitFor();
      await page.getByRole('button', { name: 'Switch to Live' }).scrollIntoViewIfNeeded();
      await shot(page, 'connect-wrong-environment');
      await page.getByRole('button', { name: 'Switch to Live' }).click();
      await expect.poll(() => page.getByRole('radio', { name: /Live/ }).isChecked()).toBe(true);
      // Checked again in Live at once: the simulator knows no live key, so Stripe refuses it.
      await refusal.waitFor();
      expect(await page.getByRole('button', { name: /Switch to/ }).count()).toBe(0);
      await page.getByRole('radio', { name: /Sandbox/ }).check();

      // The good key: the account is shown, and Confirm saves the connection.
      await secretKey.fill(GOOD_KEY);
      await page.getByLabel('Label (optional)').fill('EU store');
      await page.getByRole('button', { name: 'Check credentials' }).click();
      await page.getByRole('heading', { name: 'Stripe account found' }).waitFor();
      await page.getByText('Test', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Confirm and connect' }).click();
      await page.waitForURL(/\/connections\/[^/]+$/);
      await page.getByRole('heading', { level: 1, name: 'Stripe · EU store' }).waitFor();
      // The secret is never shown back: only a masked hint.
      const credentials = await page.getByRole('region', { name: 'Credentials' }).textContent();
      expect(credentials).toContain('••••');
      expect(credentials).not.toContain(GOOD_KEY);

      // Listed with its environment and health.
      await page.getByRole('link', { name: 'Connections' }).first().click();
      const row = page.getByRole('row', { name: /Stripe/ });
      await row.waitFor();
      expect(await row.textContent()).toMatch(/Sandbox.*EU store.*Healthy/);

      // Re-verify from the detail page; the history records it.
      await row.getByRole('link', { name: /Stripe/ }).click();
      await page.getByRole('button', { name: 'Re-verify' }).click();
      await page.getByText('Verified: Stripe confirmed these credentials.').waitFor();
      await page.getByRole('list').filter({ hasText: 'Connected' }).getByText('Verified').first().waitFor();

      // Edit the label in place; replace credentials leaving the secret blank (it keeps its value).
      await page.getByRole('button', { name: 'Edit label' }).click();
      await page.getByRole('textbox', { name: 'Label' }).fill('EU shop');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Stripe · EU shop' }).waitFor();
      await page.getByText('Label: “EU store” → “EU shop”').waitFor();
      await page.getByRole('button', { name: 'Replace credentials' }).click();
      expect(await page.getByLabel(/^Secret key/).inputValue()).toBe('');
      await page.getByLabel(/^Publishable key/).fill('pk_test_51PayCoreBrowserPublishable00');
      await page.getByRole('button', { name: 'Check and save' }).click();
      await page.getByText('Credentials replaced and verified').waitFor();
      const replaced = await page.getByRole('region', { name: 'Credentials' }).textContent();
      expect(replaced).toContain('pk_test_51PayCoreBrowserPublishable00');
      expect(replaced).toContain('••••');
      // The history names the field that got a new value, and only that one.
      await page.getByText('New value for Publishable key', { exact: true }).waitFor();
      await shot(page, 'connection-history');

      // Disconnect, with a confirmation.
      await page.getByRole('button', { name: 'Disconnect' }).click();
      const dialog = page.getByRole('dialog', { name: /Disconnect Stripe/ });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Disconnect' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
      await page.getByText('No connections yet').waitFor();
      expect(page.url()).toBe(`${HOST_URL}/connections`);
    });
  });
});
