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
import { GOOD_TEST_KEY as GOOD_KEY } from '@paycore/host/test/support/stripe-simulator';

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe.skipIf(SKIP_REASON !== '')('Ukrainian in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches to Українська, connects Stripe in Ukrainian, writes dates the Ukrainian way and keeps the choice', async () => {
    await journey(browser, 'i18n', DESKTOP, async (page) => {
      // An English browser (en-GB) gets English, with <html lang> saying so.
      await signUp(page, newEmail('uk'), 'Київська кава');
      expect(await htmlLang(page)).toBe('en');

      // The switch beside the theme switch: the app changes language at once, without a reload.
      await page.getByLabel('Language').selectOption('uk');
      await page.getByRole('heading', { level: 1, name: 'Підключення' }).waitFor();
      expect(await htmlLang(page)).toBe('uk');
      expect(await page.evaluate(() => localStorage.getItem('paycore.language'))).toBe('uk');
      await page
        .getByRole('navigation', { name: 'Головне меню' })
        .getByRole('link', { name: 'Нове підключення' })
        .click();

      // The directory: heading, search, filters and a count with the right plural form.
      await page.getByRole('heading', { level: 1, name: 'Нове підключення' }).waitFor();
      await page.getByLabel('Пошук провайдерів').fill('stripe');
      await page.getByText(/^\d+ провайдер(и|ів)? за запитом «stripe»$/).waitFor();
      await page.getByRole('combobox', { name: 'Валюти' }).waitFor();
      expect(await page.title()).toBe('Нове підключення · PayCore');
      await shot(page, 'directory-uk', { folder: 'i18n' });

      // The overview: PayCore's words in Ukrainian, the provider's own (name, manual) as written.
      await page.getByRole('link', { name: /^Stripe Готовий/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Stripe' }).waitFor();
      await page.getByRole('heading', { name: 'Посібник з інтеграції' }).waitFor();
      await page.getByRole('heading', { name: 'Методи оплати' }).waitFor();
      await shot(page, 'provider-overview-uk', { folder: 'i18n' });

      // The connect form, its validation and its outcome in Ukrainian.
      await page.getByRole('link', { name: 'Підключити Stripe' }).click();
      await page.getByRole('heading', { level: 1, name: 'Підключити Stripe' }).waitFor();
      await page.getByRole('group', { name: 'Середовище' }).waitFor();
      const secretKey = page.getByLabel(/^Secret key/);
      await secretKey.fill('sk_test_tooshort');
      await page.getByRole('button', { name: 'Перевірити облікові дані' }).click();
      await page.getByText('Значення поля «Secret key» має неправильний вигляд.', { exact: false }).waitFor();
      await page.getByRole('alert').filter({ hasText: '1 поле потребує уваги' }).waitFor();
      await shot(page, 'connect-form-uk', { folder: 'i18n', fullPage: true });
      await secretKey.fill(GOOD_KEY);
      await page.getByRole('button', { name: /^Перевірити/ }).click();
      await page.getByRole('heading', { name: /^Обліковий запис Stripe знайдено/ }).waitFor();
      await page.getByRole('button', { name: 'Підтвердити й підключити' }).click();
      await page.waitForURL(/\/connections\/[^/]+$/);

      // The list: a date in Ukrainian (day, Ukrainian month, year), numbers and words to match.
      await page
        .getByRole('navigation', { name: 'Головне меню' })
        .getByRole('link', { name: 'Підключення', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Підключення' }).waitFor();
      const checked = page.getByRole('row', { name: /Stripe/ }).locator('time');
      const fullDate = await checked.getAttribute('title');
      // e.g. "5 груд. 2026 р., 02:20": day first, the month in Ukrainian, "р." after the year.
      expect(fullDate).toMatch(/^\d{1,2} [а-яіїєґ]+\.? \d{4} р\., \d{2}:\d{2}$/);
      expect(await checked.textContent()).toMatch(/[а-яіїєґ]/);
      await page.getByRole('columnheader', { name: 'Остання перевірка' }).waitFor();
      await shot(page, 'connections-uk', { folder: 'i18n' });

      // The choice survives a reload: the first render is already Ukrainian.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Підключення' }).waitFor();
      expect(await htmlLang(page)).toBe('uk');
      expect(await page.getByLabel('Мова').inputValue()).toBe('uk');

      // And back to English, at once.
      await page.getByLabel('Мова').selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
      expect(await htmlLang(page)).toBe('en');
    });
  });

  it('follows a Ukrainian browser by itself, and offers the switch on the signed-out pages', async () => {
    await journey(browser, 'i18n-signed-out', DESKTOP, async (page) => {
      // A browser whose first language is Ukrainian, with no choice stored.
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'languages', { get: () => ['uk-UA', 'uk', 'en'] });
      });
      await page.goto('/directory');
      await page.getByRole('heading', { level: 1, name: 'Платіжні провайдери' }).waitFor();
      expect(await htmlLang(page)).toBe('uk');
      await page.getByRole('link', { name: 'Увійти' }).waitFor();
      await shot(page, 'directory-signed-out-uk', { folder: 'i18n' });
      // On a phone the top bar still fits the switch, the theme button, log-in and sign-up.
      await page.setViewportSize(PHONE);
      await page.getByRole('link', { name: 'Зареєструватися' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      // There the language switch is behind the theme button, beside the theme choices.
      await page.getByRole('button', { name: /Тема/ }).click();
      await page.locator('.theme-menu__panel').getByRole('combobox', { name: 'Мова' }).waitFor();
      await shot(page, 'directory-signed-out-uk-phone', { folder: 'i18n' });
      await page.keyboard.press('Escape');
      await page.setViewportSize(DESKTOP);

      // The log-in page has the switch under its card; English is chosen and remembered.
      await page.goto('/login');
      await page.getByLabel('Мова').selectOption('en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.goto('/directory');
      await page.getByRole('heading', { level: 1, name: 'Payment providers' }).waitFor();
    });
  });
});
