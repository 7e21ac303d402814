import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, journey, launchBrowser, newEmail, PASSWORD, SKIP_REASON, signUp } from './support/browser';
import { GOOD_TEST_KEY as GOOD_KEY } from '@paycore/host/test/support/stripe-simulator';

/** Connects Stripe through the API from inside the page (same cookies and origin as the UI). */
async function connectStripe(page: Page, orgName: string, label: string): Promise<string> {
  return page.evaluate(
    async ({ orgName, label, key }) => {
      const me = await (await fetch('/api/me')).json();
      const org = me.organisations.find((o: { name: string }) => o.name === orgName);
      const response = await fetch(`/api/orgs/${org.id}/connections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          providerId: 'stripe',
          environment: 'sandbox',
          credentials: { secretKey: key },
          label,
        }),
      });
      if (response.status !== 201)
        throw new Error(`connect answered ${response.status}: ${await response.text()}`);
      return (await response.json()).id as string;
    },
    { orgName, label, key: GOOD_KEY },
  );
}

describe.skipIf(SKIP_REASON !== '')('organisations in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows only the current organisation's connections, before and after switching", async () => {
    await journey(browser, 'switch-organisation', DESKTOP, async (page) => {
      const email = newEmail('orgs');
      await signUp(page, email, 'Alpha Ltd');
      await connectStripe(page, 'Alpha Ltd', 'Alpha store');
      await page.reload();
      await page.getByRole('row', { name: /Alpha store/ }).waitFor();

      // A second organisation: created from the switcher, and switched to at once.
      await page.getByRole('link', { name: '+ New organisation' }).click();
      await page.getByLabel('Organisation name').fill('Beta GmbH');
      await page.getByRole('button', { name: 'Create organisation' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
      expect(await page.getByLabel('Organisation').inputValue()).not.toBe('');
      await page.getByText('No connections yet').waitFor();
      const betaId = await connectStripe(page, 'Beta GmbH', 'Beta store');
      await page.reload();
      await page.getByRole('row', { name: /Beta store/ }).waitFor();
      expect(await page.getByRole('row', { name: /Alpha store/ }).count()).toBe(0);

      // Switch back: only Alpha's connection is listed.
      await page.getByLabel('Organisation').selectOption({ label: 'Alpha Ltd' });
      await page.getByRole('row', { name: /Alpha store/ }).waitFor();
      expect(await page.getByRole('row', { name: /Beta store/ }).count()).toBe(0);
      // The choice survives a reload (the host keeps the session's current organisation).
      await page.reload();
      await page.getByRole('row', { name: /Alpha store/ }).waitFor();

      // A Beta connection's link opened while in Alpha is not shown.
      await page.goto(`/connections/${betaId}`);
      await page.getByRole('heading', { level: 1, name: 'Connection not found' }).waitFor();

      // Log out and back in: the organisation last worked in is the one shown.
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
      const focused = (label: string) =>
        page.getByLabel(label).evaluate((input) => input === document.activeElement);
      // Nothing filled in: the form says what is missing and puts the cursor there, sending nothing.
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByText('Enter your e-mail address.').waitFor();
      expect(await focused('E-mail')).toBe(true);
      await page.getByLabel('E-mail').fill(email);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByText('Enter your password.').waitFor();
      expect(await focused('Password')).toBe(true);
      // A wrong password: the host's answer, above the form.
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('alert').getByText('The e-mail address or password is not correct').waitFor();
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
      await page.getByRole('row', { name: /Alpha store/ }).waitFor();
    });
  });
});
