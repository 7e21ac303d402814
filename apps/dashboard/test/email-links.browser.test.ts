import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DASHBOARD_BUILD,
  DESKTOP,
  journey,
  launchBrowser,
  newEmail,
  shot,
  SKIP_REASON,
  signUp,
} from './support/browser';
import { mailedLink, type RunningHost, startHost } from './support/start-host';

const NEW_PASSWORD = 'a-new-password-for-the-journey';

// The e-mails are read from the host's log (its development mailer), so this journey runs on a
// host of its own that logs at info.
describe.skipIf(SKIP_REASON !== '')('links e-mailed to a merchant, in a real browser', () => {
  let browser: Browser;
  let host: RunningHost;
  beforeAll(async () => {
    host = await startHost({
      dashboardDir: DASHBOARD_BUILD,
      egressOverrides: {},
      env: { LOG_LEVEL: 'info' },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('confirms the address and resets the password from links whose token never stays in the address bar, and says when a new password is too short', async () => {
    const email = newEmail('links');
    await journey(
      browser,
      'email-links',
      DESKTOP,
      async (page) => {
        await signUp(page, email, 'Links Ltd');

        // The verification link carries its token in the fragment, which no server or proxy sees.
        const verify = new URL(await mailedLink(host, email, '/verify-email'));
        expect(verify.search).toBe('');
        expect(verify.hash).toMatch(/^#token=[\w-]{20,}$/);
        await page.goto(verify.href);
        await page.getByText(`${email} is confirmed.`).waitFor();
        // Read, then gone from the address bar and from the tab's history.
        expect(new URL(page.url()).hash).toBe('');
        await shot(page, 'verify-email');

        // Forgot the password: a reset link, the token again only in the fragment.
        await page.context().clearCookies();
        await page.goto('/forgot-password');
        await page.getByLabel('E-mail').fill(email);
        await page.getByRole('button', { name: 'Send the link' }).click();
        await page.getByText('a link is on its way', { exact: false }).waitFor();
        const reset = new URL(await mailedLink(host, email, '/reset-password'));
        expect(reset.search).toBe('');
        await page.goto(reset.href);
        await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
        expect(new URL(page.url()).hash).toBe('');
        await page.getByLabel('New password').fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Set the new password' }).click();
        await page.getByText('Your password is changed.').waitFor();

        // The new password signs in.
        await page.getByRole('link', { name: 'Log in with it.' }).click();
        await page.getByLabel('E-mail').fill(email);
        await page.getByLabel('Password').fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();

        // Changing it to one too short says why, at the field, instead of doing nothing.
        await page.goto('/account');
        const form = page.getByRole('form', { name: 'Change password' });
        await form.getByLabel('Current password').fill(NEW_PASSWORD);
        await form.getByLabel('New password').fill('short');
        await form.getByRole('button', { name: 'Change password' }).click();
        await form.getByText('Use at least 10 characters.').waitFor();
      },
      host.url,
    );
  });
});
