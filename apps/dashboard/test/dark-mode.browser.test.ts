import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  journey,
  launchBrowser,
  newEmail,
  PHONE,
  SKIP_REASON,
  signUp,
  shot,
} from './support/browser';
import {
  GOOD_TEST_KEY as GOOD_KEY,
  WRONG_TEST_KEY as WRONG_KEY,
} from '@paycore/host/test/support/stripe-simulator';

/** Dark-mode pages are saved here for a person to look at (git-ignored). */
// The page background of each palette (--bg in styles/base.css).
const LIGHT_BG = 'rgb(245, 246, 250)';
const DARK_BG = 'rgb(14, 17, 24)';

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeAttribute = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-theme'));

/**
 * The browser's own Canvas colour, which native controls and scrollbars are drawn with: white
 * under a light color-scheme, near-black under a dark one.
 */
const canvasColour = (page: Page) =>
  page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('div'));
    probe.style.backgroundColor = 'Canvas';
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  });
const WHITE = 'rgb(255, 255, 255)';

/** Waits until the page shows `background` (the palette switches without a reload). */
async function expectBackground(page: Page, background: string): Promise<void> {
  await page.waitForFunction((want) => getComputedStyle(document.body).backgroundColor === want, background);
}

/** What the merchant sees without scrolling, saved as <name>.png. */
describe.skipIf(SKIP_REASON !== '')('dark mode in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("follows the system, then the merchant's choice, which survives a reload", async () => {
    await journey(browser, 'dark-mode', DESKTOP, async (page) => {
      // Records the palette on <html> when the app first renders into #root: the stored choice
      // must already be there, so the app never shows in the other palette.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.getElementById('root')?.firstChild) return;
          (window as { themeAtFirstRender?: string }).themeAtFirstRender =
            document.documentElement.getAttribute('data-theme') ?? 'system';
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const themeAtFirstRender = () =>
        page.evaluate(() => (window as { themeAtFirstRender?: string }).themeAtFirstRender);

      // A dark system: the dark palette applies by CSS alone, with nothing stored.
      await page.emulateMedia({ colorScheme: 'dark' });
      await signUp(page, newEmail('dark'), 'Night Owl Ltd');
      expect(await pageBackground(page)).toBe(DARK_BG);
      expect(await canvasColour(page)).not.toBe(WHITE);
      expect(await themeAttribute(page)).toBeNull();
      const theme = page.getByRole('group', { name: 'Theme' });
      expect(await theme.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);

      // Light, chosen with the keyboard under a dark system, stays light after a reload.
      await theme.getByRole('radio', { name: 'System' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await theme.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);
      await expectBackground(page, LIGHT_BG);
      expect(await page.evaluate(() => localStorage.getItem('paycore.theme'))).toBe('light');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
      expect(await themeAtFirstRender()).toBe('light');
      expect(await pageBackground(page)).toBe(LIGHT_BG);
      expect(await canvasColour(page)).toBe(WHITE);
      expect(await theme.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);

      // Dark, chosen under a light system, wins over it and survives a reload.
      await page.emulateMedia({ colorScheme: 'light' });
      await theme.getByRole('radio', { name: 'Dark' }).click();
      await expectBackground(page, DARK_BG);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
      expect(await themeAtFirstRender()).toBe('dark');
      expect(await pageBackground(page)).toBe(DARK_BG);
      // Native controls and scrollbars follow the palette, not the system.
      expect(await canvasColour(page)).not.toBe(WHITE);

      // Back to System: nothing stored, and the page follows the system as it changes.
      await theme.getByRole('radio', { name: 'System' }).click();
      expect(await page.evaluate(() => localStorage.getItem('paycore.theme'))).toBeNull();
      await expectBackground(page, LIGHT_BG);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectBackground(page, DARK_BG);

      // The pages a merchant sees most, in the dark palette, saved for review.
      await page.getByRole('link', { name: 'New connection' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'New connection' }).waitFor();
      await page.locator('.provider-card').first().waitFor();
      await shot(page, 'directory', { folder: 'dark-mode' });

      await page.getByLabel('Search providers').fill('stripe');
      await page.getByText('1 provider matching “stripe”').waitFor();
      await page.getByRole('link', { name: /^Stripe Ready/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Stripe' }).waitFor();
      await page.getByRole('heading', { name: 'Integration manual' }).waitFor();
      // Provider logos keep a light tile, so dark logos stay visible.
      const logo = page.locator('.logo img').first();
      if ((await logo.count()) > 0)
        expect(await logo.evaluate((img) => getComputedStyle(img).backgroundColor)).toBe(
          'rgb(241, 243, 248)',
        );
      await shot(page, 'provider-overview', { folder: 'dark-mode' });
      await page.getByRole('heading', { name: 'Integration manual' }).scrollIntoViewIfNeeded();
      await shot(page, 'provider-manual', { folder: 'dark-mode' });

      await page.getByRole('link', { name: 'Connect Stripe' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connect Stripe' }).waitFor();
      await shot(page, 'connect-form', { folder: 'dark-mode' });
      const secretKey = page.getByLabel(/^Secret key/);
      await secretKey.fill('sk_test_tooshort');
      await page.getByRole('button', { name: /Check/ }).click();
      await page.getByText("This doesn't look like a valid secret key").waitFor();
      await shot(page, 'connect-form-field-error', { folder: 'dark-mode' });
      await secretKey.fill(WRONG_KEY);
      await page.getByRole('button', { name: /Check/ }).click();
      await page.getByRole('alert').filter({ hasText: 'Stripe did not accept these credentials' }).waitFor();
      await shot(page, 'connect-form-rejected', { folder: 'dark-mode' });
      await secretKey.fill(GOOD_KEY);
      await page.getByRole('button', { name: 'Check credentials' }).click();
      await page.getByRole('heading', { name: 'Stripe account found' }).waitFor();
      await shot(page, 'connect-form-confirm', { folder: 'dark-mode' });
      await page.getByRole('button', { name: 'Confirm and connect' }).click();
      await page.waitForURL(/\/connections\/[^/]+$/);
      await shot(page, 'connection', { folder: 'dark-mode' });

      await page.getByRole('link', { name: 'Connections' }).first().click();
      await page.getByRole('row', { name: /Stripe/ }).waitFor();
      await shot(page, 'connections', { folder: 'dark-mode' });
    });
  });

  it('offers the choice in the top bar before signing in, on a phone', async () => {
    await journey(browser, 'dark-mode-phone', PHONE, async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto('/directory');
      await page.getByRole('heading', { level: 1, name: 'Payment providers' }).waitFor();
      expect(await pageBackground(page)).toBe(DARK_BG);
      await page.locator('.provider-card').first().waitFor();
      await shot(page, 'directory-phone', { folder: 'dark-mode' });
      // The theme button fits beside "Log in" and "Sign up": nothing runs off the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );

      // In the top bar the choices sit behind one button, reached and used with the keyboard.
      const menu = page.getByRole('button', { name: 'Theme: System' });
      await menu.focus();
      await page.keyboard.press('Enter');
      const theme = page.getByRole('group', { name: 'Theme' });
      await theme.waitFor();
      await shot(page, 'directory-phone-theme-menu', { folder: 'dark-mode' });
      await page.keyboard.press('Tab');
      expect(
        await theme
          .getByRole('radio', { name: 'System' })
          .evaluate((radio) => radio === document.activeElement),
      ).toBe(true);
      await page.keyboard.press('ArrowRight');
      await expectBackground(page, LIGHT_BG);
      await page.keyboard.press('Escape');
      await theme.waitFor({ state: 'hidden' });
      const focused = (name: string) =>
        page.getByRole('button', { name }).evaluate((button) => button === document.activeElement);
      expect(await focused('Theme: Light')).toBe(true);
      await page.goto('/login');
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
      expect(await pageBackground(page)).toBe(LIGHT_BG);

      await page.goto('/directory');
      await page.getByRole('button', { name: 'Theme: Light' }).click();
      await theme.getByRole('radio', { name: 'Dark' }).click();
      await page.goto('/login');
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
      expect(await pageBackground(page)).toBe(DARK_BG);
      await shot(page, 'login-phone', { folder: 'dark-mode' });
    });
  });
});
