import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  journey,
  launchBrowser,
  newEmail,
  PHONE,
  SKIP_REASON,
  shot,
  signUp,
} from './support/browser';
import { ADMIN_EMAIL, PASSWORD } from './support/paths';

describe.skipIf(SKIP_REASON !== '')('requesting a provider that is not ready, on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('requests a listed not-ready provider and an unlisted one, and sees both requests', async () => {
    await journey(browser, 'request-connection', PHONE, async (page) => {
      await signUp(page, newEmail('request'), 'Corner Café');

      // On a phone the navigation sits behind the menu button, and the filters behind "Filters".
      await page.getByRole('button', { name: 'Menu' }).click();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'New connection' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'New connection' }).waitFor();
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByLabel('Status').selectOption('not-ready');
      await page.waitForURL(/status=not-ready/);
      const card = page.locator('.provider-card').first().getByRole('link');
      await card.getByText('Not ready').waitFor();
      const name = (await card.locator('h2').textContent()) ?? '';
      expect(name).not.toBe('');

      // The overview offers "Request a connection" instead of Connect.
      await card.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      expect(await page.getByRole('link', { name: /^Connect / }).count()).toBe(0);
      await page.getByRole('link', { name: 'Request a connection' }).click();
      await page.getByRole('heading', { level: 1, name: `Request ${name}` }).waitFor();
      await page.getByLabel('Message (optional)').fill('We take most payments in UAH.');
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connection requests' }).waitFor();
      await page.getByRole('status').getByText(`Request sent for ${name}`).waitFor();
      const listed = page.getByRole('listitem').filter({ hasText: 'We take most payments in UAH.' });
      expect(await listed.textContent()).toContain(name);
      expect(await listed.textContent()).toContain('Open');
      expect(await listed.textContent()).toMatch(/Requested on \d/);

      // The same provider again: the form says it was requested, and sending keeps one request.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: `Request ${name}` }).waitFor();
      await page.getByText(`Your organisation requested ${name} on`).waitFor();
      await shot(page, 'request-duplicate-notice');
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connection requests' }).waitFor();
      await page.getByRole('status').getByText(`You requested ${name} on`).waitFor();
      await expect.poll(() => page.locator('.request').count()).toBe(1);

      // "Can't find your provider?": an unlisted one, named from the search box.
      await page.goto('/directory?q=Zebrapay%20Unlisted');
      await page.getByText('No provider matches these filters').waitFor();
      await page.getByRole('link', { name: 'Request a provider' }).click();
      await page.getByRole('heading', { level: 1, name: 'Request a provider' }).waitFor();
      expect(await page.getByLabel(/Provider name/).inputValue()).toBe('Zebrapay Unlisted');

      // Typing a listed name suggests the directory entry: a ready one is connected, not requested.
      await page.getByLabel(/Provider name/).fill('strpe');
      await page.getByRole('heading', { name: 'Already in the directory' }).waitFor();
      await page.getByRole('link', { name: 'Connect Stripe' }).waitFor();
      await shot(page, 'request-suggestions');
      await page.getByLabel(/Provider name/).fill('Zebrapay Unlisted');

      await page.getByLabel('Website (optional)').fill('not a web address');
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByText('Enter a web address such as acmepay.com or https://acmepay.com.').waitFor();
      // A bare domain is taken, with https:// added.
      await page.getByLabel('Website (optional)').fill('zebrapay.example');
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connection requests' }).waitFor();
      const unlisted = page.getByRole('listitem').filter({ hasText: 'Zebrapay Unlisted' });
      await unlisted.waitFor();
      expect(await unlisted.textContent()).toContain('Not listed');
      await unlisted.getByRole('link', { name: 'https://zebrapay.example' }).waitFor();
      expect(await page.locator('.request').count()).toBe(2);
      await shot(page, 'requests-list');

      // Withdraw, after confirming.
      await unlisted.getByRole('button', { name: 'Withdraw the request for Zebrapay Unlisted' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Withdraw request' }).click();
      await page.getByRole('status').getByText('Request for Zebrapay Unlisted withdrawn.').waitFor();
      await expect.poll(() => page.locator('.request').count()).toBe(1);
    });
  });

  it('lets a platform admin set a status that the merchants who asked see', async () => {
    await journey(browser, 'request-status', DESKTOP, async (page) => {
      await page.goto('/login');
      await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
      await page.goto('/directory?status=not-ready');
      const card = page.locator('.provider-card').first().getByRole('link');
      await card.waitFor();
      const name = (await card.locator('h2').textContent()) ?? '';
      await card.click();
      await page.getByRole('link', { name: 'Request a connection' }).click();
      await page.getByRole('button', { name: 'Send request' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connection requests' }).waitFor();

      await page.getByRole('link', { name: 'All requests' }).click();
      await page.getByRole('heading', { level: 1, name: 'All requests' }).waitFor();
      await page.getByLabel(`Status for ${name}`).selectOption('planned');
      await page.getByLabel(`Note for ${name}`).fill('Due in March');
      const row = page.getByRole('listitem').filter({ hasText: name });
      await row.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').getByText(`${name}: planned for`).waitFor();
      await shot(page, 'requests-admin');

      await page.getByRole('link', { name: 'Requests', exact: true }).click();
      const mine = page.getByRole('listitem').filter({ hasText: name });
      await mine.getByText('Planned').waitFor();
      await mine.getByText(/Due in March/).waitFor();
      await shot(page, 'requests-status-seen');
    });
  });
});
