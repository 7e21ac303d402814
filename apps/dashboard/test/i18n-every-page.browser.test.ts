import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_TEST_KEY } from '@paycore/host/test/support/stripe-simulator';
import {
  callApi,
  DESKTOP,
  journey,
  launchBrowser,
  newEmail,
  PASSWORD,
  SKIP_REASON,
  signUp,
  shot,
} from './support/browser';
import { ADMIN_EMAIL } from './support/paths';

/**
 * Words in Latin letters that are right on a Ukrainian page: names (of PayCore, of the provider and
 * its products, of the languages in the switch), and abbreviations Ukrainian writes in Latin too.
 */
const NAMES = new Set([
  'PayCore',
  'OpenFinTech',
  'WebP',
  'Stripe',
  'English',
  'API',
  'URL',
  'HTTPS',
  'HTTP',
  'ID',
  'JSON',
  'SDK',
  'TOTP',
  'UTC',
]);

/**
 * Words of the data the pages show, which are not PayCore's to translate: the names of providers,
 * methods, currencies and countries in the catalogue, and what Stripe's connector declares (its
 * environments, credential fields, limits) — but not its manual or description, which the pages
 * mark as English with `lang="en"`.
 */
async function dataWords(page: Page): Promise<Set<string>> {
  const answers = await page.evaluate(() =>
    Promise.all(
      ['/api/providers', '/api/methods', '/api/currencies', '/api/countries', '/api/providers/stripe'].map(
        async (path) => (await fetch(path)).json() as Promise<unknown>,
      ),
    ),
  );
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) words.add(word.toLowerCase());
  };
  const names = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(names);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'name' && typeof inner === 'string') add(inner);
        else names(inner);
      }
  };
  const everything = (value: unknown): void => {
    if (typeof value === 'string') add(value);
    else if (Array.isArray(value)) value.forEach(everything);
    else if (value && typeof value === 'object') Object.values(value).forEach(everything);
  };
  const [providers, methods, currencies, countries, stripe] = answers;
  for (const list of [providers, methods, currencies, countries]) names(list);
  const { manual: _manual, description: _description, ...declared } = stripe as Record<string, unknown>;
  everything(declared);
  return words;
}

/**
 * The Latin words a person can read or hear on the page, each with where it stands. Skipped: code
 * (`code`, `kbd`, `pre`), e-mail addresses, web addresses, dotted codes (`connection.created`),
 * identifiers (`sk_test_…`), the end of a masked secret (`••••wsHo`),
 * any element that says it is in another language (`lang="en"` on a provider's own text), and
 * any marked `translate="no"` (a user agent, the host's recorded field names).
 */
function latinWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const own = document.documentElement.lang;
    const skipped = (element: Element | null) =>
      !element ||
      element.closest('code, kbd, pre, samp, script, style, noscript, template, [translate="no"]') !== null ||
      (element.closest('[lang]')?.getAttribute('lang') ?? own) !== own;
    const words = (text: string) =>
      text
        .replace(/\S+@\S+/g, ' ')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/[\w-]+(\.[\w-]+)+/g, ' ')
        .replace(/\S*_\S*/g, ' ')
        .replace(/•+\S*/g, ' ')
        .match(/[A-Za-z]{2,}/g) ?? [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (skipped(parent) || !parent?.checkVisibility()) continue;
      const text = node.textContent ?? '';
      for (const word of words(text)) found.push(`${word} in "${text.trim().slice(0, 80)}"`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (skipped(element)) continue;
      for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
        const text = element.getAttribute(attribute) ?? '';
        for (const word of words(text)) found.push(`${word} in ${attribute}="${text.slice(0, 80)}"`);
      }
    }
    for (const word of words(document.title)) found.push(`${word} in the title "${document.title}"`);
    return found;
  });
}

async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => document.querySelector('.loading, [aria-busy="true"]') === null);
  await page.evaluate(() => document.fonts.ready);
}

describe.skipIf(SKIP_REASON !== '')('every page in Ukrainian, in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leaves no English word of PayCore on any page a merchant or a platform admin opens', async () => {
    const english: string[] = [];
    let data: Set<string> | undefined;
    const visit = async (page: Page, path: string, name: string) => {
      await page.goto(path);
      await settled(page);
      data ??= await dataWords(page);
      for (const found of await latinWords(page)) {
        const word = found.split(' ')[0] ?? '';
        // Names, the data's words, and codes in capitals (currencies, HTTP statuses' names).
        if (!NAMES.has(word) && !data.has(word.toLowerCase()) && !/^[A-Z]{2,4}$/.test(word))
          english.push(`${path}: ${found}`);
      }
      await shot(page, `page-${name}`, { folder: 'i18n', fullPage: true });
    };

    await journey(browser, 'i18n-every-page', DESKTOP, async (page) => {
      await signUp(page, newEmail('kyiv'), 'Київська кава');
      const me = (await callApi(page, 'GET', '/api/me')).json as { currentOrgId: string };
      const org = `/api/orgs/${me.currentOrgId}`;
      // Something on every page: a connection, a webhook, a key, a request and an invitation.
      const connection = await callApi(page, 'POST', `${org}/connections`, {
        providerId: 'stripe',
        environment: 'sandbox',
        credentials: { secretKey: GOOD_TEST_KEY },
        label: 'Крамниця',
      });
      expect(connection.status).toBe(201);
      const connectionId = (connection.json as { id: string }).id;
      const webhook = await callApi(page, 'POST', `${org}/webhooks`, {
        url: 'https://hooks.example.com/paycore',
        events: ['connection.created', 'connection.degraded'],
      });
      expect(webhook.status).toBe(201);
      const webhookId = (webhook.json as { webhook: { id: string } }).webhook.id;
      expect((await callApi(page, 'POST', `${org}/api-keys`, { name: 'Сайт', role: 'viewer' })).status).toBe(
        201,
      );
      expect(
        (
          await callApi(page, 'POST', `${org}/connection-requests`, {
            name: 'Приват Еквайринг',
            website: 'https://privat.example',
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await callApi(page, 'POST', `${org}/invitations`, {
            email: newEmail('colleague'),
            role: 'developer',
          })
        ).status,
      ).toBe(201);

      await page.getByLabel('Language').selectOption('uk');
      await page.getByRole('heading', { level: 1, name: 'Підключення' }).waitFor();
      const pages: [string, string][] = [
        ['/connections', 'connections'],
        [`/connections/${connectionId}`, 'connection'],
        [`/connections/${connectionId}/services`, 'connection-services'],
        ['/directory', 'directory'],
        ['/providers/stripe', 'provider'],
        ['/providers/stripe/connect', 'connect'],
        ['/services', 'where'],
        ['/requests', 'requests'],
        ['/requests/new', 'request-form'],
        ['/webhooks', 'webhooks'],
        [`/webhooks/${webhookId}`, 'webhook-deliveries'],
        ['/api-keys', 'api-keys'],
        ['/members', 'members'],
        ['/audit', 'audit'],
        ['/settings', 'settings'],
        ['/account', 'account'],
        ['/organisations/new', 'new-organisation'],
        ['/no-such-page', 'not-found'],
      ];
      for (const [path, name] of pages) await visit(page, path, name);
    });

    // A platform admin's page.
    await journey(browser, 'i18n-every-page-admin', DESKTOP, async (page) => {
      await page.addInitScript(() => localStorage.setItem('paycore.language', 'uk'));
      await page.goto('/login');
      await page.getByLabel('Електронна пошта').fill(ADMIN_EMAIL);
      await page.getByLabel('Пароль').fill(PASSWORD);
      await page.getByRole('button', { name: 'Увійти' }).click();
      await page.getByRole('heading', { level: 1, name: 'Підключення' }).waitFor();
      await visit(page, '/admin/requests', 'admin-requests');
    });

    expect(english).toEqual([]);
  });
});
