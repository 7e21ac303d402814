import { totpCode } from '@paycore/host/test/support/totp-code';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, journey, launchBrowser, newEmail, PASSWORD, SKIP_REASON, signUp } from './support/browser';

describe.skipIf(SKIP_REASON !== '')('two-factor sign-in in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('turns two-factor sign-in on in the account page, then signs in with a code', async () => {
    await journey(browser, 'two-factor', DESKTOP, async (page) => {
      const email = newEmail('two-factor');
      await signUp(page, email, 'Two Factor Ltd');
      await page.getByRole('link', { name: 'Your account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

      const setUp = page.getByRole('form', { name: 'Set up two-factor sign-in' });
      await setUp.getByLabel('Your password').fill(PASSWORD);
      await setUp.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
      const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
      expect(secret.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{16,}$/);
      await page.getByLabel('Code from the app').fill('000000');
      await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
      await page.getByText('is not the code the app shows now').waitFor();
      await page.getByLabel('Code from the app').fill(await totpCode(secret));
      await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
      const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
      await codes.first().waitFor();
      expect(await codes.count()).toBe(10);

      // Sign in again: the password is not enough any more.
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' }).waitFor();
      expect((await page.context().cookies()).some((cookie) => cookie.name === 'paycore_session')).toBe(
        false,
      );
      await page.getByLabel('Code').fill('123456');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('The code is not correct').waitFor();
      // The next step's code: the one that turned it on was accepted already and is not again.
      await page.getByLabel('Code').fill(await totpCode(secret, 1));
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
    });
  });
});
