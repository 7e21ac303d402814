import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, journey, launchBrowser, PHONE, SKIP_REASON, shot } from './support/browser';

/** The visible choices of the combobox named `list`, without their check marks. */
const optionNames = async (page: Page, list: string): Promise<string[]> =>
  (await page.getByRole('listbox', { name: list }).getByRole('option').allTextContents()).map((text) =>
    text.replace(/^✓/, '').trim(),
  );

describe.skipIf(SKIP_REASON !== '')('directory search and filters', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds by a misspelt name, filters by several values with the keyboard, and lists compactly', async () => {
    await journey(browser, 'directory-filters', DESKTOP, async (page) => {
      await page.goto('/directory');
      await page.getByRole('heading', { level: 1, name: 'Payment providers' }).waitFor();

      // A typo still finds the provider, first.
      await page.getByLabel('Search providers').fill('strpe');
      await page.waitForURL(/q=strpe/);
      await page.getByText(/matching “strpe”/).waitFor();
      await expect.poll(() => page.locator('.provider-card h2').first().textContent()).toBe('Stripe');
      await page.getByLabel('Search providers').fill('');
      await page.waitForURL((url) => !url.search.includes('q='));

      // Payout methods: each name once, no "Test"; the most offered first, under a heading.
      const payouts = page.getByRole('combobox', { name: 'Payout methods' });
      await payouts.click();
      await expect.poll(() => payouts.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('listbox', { name: 'Payout methods' }).getByText('Most offered').waitFor();
      await shot(page, 'filters-payout-open');
      const all = await optionNames(page, 'Payout methods');
      expect(all.length).toBeGreaterThan(8);
      expect(new Set(all.map((name) => name.toLowerCase())).size).toBe(all.length);
      expect(all.filter((name) => name === 'Card')).toHaveLength(1);
      await payouts.fill('test');
      await page.getByText('Nothing matches “test”').waitFor();

      // Keyboard only: type, arrow, Enter; a second value; Escape closes.
      await payouts.fill('card');
      await expect.poll(() => optionNames(page, 'Payout methods').then((names) => names[0])).toBe('Card');
      // The first match is active as you type; arrows move, Enter switches the active one.
      await payouts.press('ArrowDown');
      await payouts.press('ArrowUp');
      await payouts.press('Enter');
      await page.waitForURL(/payoutMethod=/);
      await expect
        .poll(() =>
          page
            .getByRole('listbox', { name: 'Payout methods' })
            .getByRole('option', { name: 'Card', exact: true })
            .getAttribute('aria-selected'),
        )
        .toBe('true');
      await payouts.press('Escape');
      await expect.poll(() => payouts.getAttribute('aria-expanded')).toBe('false');
      await page.getByRole('button', { name: 'Remove Card' }).waitFor();

      const currencies = page.getByRole('combobox', { name: 'Currencies' });
      for (const code of ['uah', 'pln']) {
        await currencies.fill(code);
        await expect
          .poll(() =>
            page.getByRole('listbox', { name: 'Currencies' }).getByRole('option').first().textContent(),
          )
          .toContain(code.toUpperCase());
        await currencies.press('Enter');
      }
      await page.waitForURL((url) => url.searchParams.get('currency') === 'UAH,PLN');
      await currencies.press('Escape');
      await page.getByLabel('Direction').selectOption('payout');
      await page.waitForURL(/direction=payout/);
      // The same question asked of the API gives the same count (once the page has its answer).
      const api = await page.evaluate(async () => {
        const res = await fetch(`/api/providers${location.search}`);
        return (await res.json()).total as number;
      });
      expect(api).toBeGreaterThan(0);
      await page.getByText(`${api} ${api === 1 ? 'provider' : 'providers'}`, { exact: true }).waitFor();
      await shot(page, 'filters-chosen');

      // Backspace in the empty box removes the last choice.
      await currencies.click();
      await currencies.press('Backspace');
      await page.waitForURL((url) => url.searchParams.get('currency') === 'UAH');
      await currencies.press('Escape');

      // The compact list beside the cards, remembered after a reload.
      await page.getByRole('button', { name: 'List' }).click();
      await page.locator('.provider-list .provider-row').first().waitFor();
      await shot(page, 'filters-list-view');
      await page.reload();
      await page.locator('.provider-list .provider-row').first().waitFor();
      expect(await page.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe('true');

      await page.getByRole('button', { name: /^Clear filters/ }).click();
      await page.waitForURL((url) => url.search === '');
    });
  });

  it('fits the filters on a phone', async () => {
    await journey(browser, 'directory-filters-phone', PHONE, async (page) => {
      await page.goto('/directory?country=UA&currency=UAH');
      await page.getByRole('button', { name: 'Filters (2)' }).click();
      await page.getByRole('button', { name: 'Remove Ukraine' }).waitFor();
      await page.getByRole('combobox', { name: 'Payment methods' }).click();
      await page.getByRole('listbox', { name: 'Payment methods' }).getByText('Most offered').waitFor();
      await shot(page, 'filters-phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
