import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_PATH, PASSWORD, RESULTS_DIR } from './paths';

import { CHROMIUM_FLAGS } from './chromium-flags';

export { CHROMIUM_FLAGS };

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

/** Launches Chromium for one test file. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** The host under test; journeys are skipped (with the reason printed) when it is empty. */
export const HOST_URL = inject('hostUrl');
export const SKIP_REASON = inject('skipReason');
/** The dashboard build, for journeys that start a host of their own. */
export const DASHBOARD_BUILD = inject('dashboardDir');
if (SKIP_REASON) console.warn(`Browser journeys skipped: ${SKIP_REASON}`);

/**
 * Runs a journey in a fresh browser context (own cookies) on `baseURL` (the shared host unless a
 * journey starts its own) and saves a full-page screenshot to test-results/<name>.png when it
 * fails, so the failure can be seen, not just read.
 */
export async function journey(
  browser: Browser,
  name: string,
  viewport: { width: number; height: number },
  run: (page: Page) => Promise<void>,
  baseURL: string = HOST_URL,
): Promise<void> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  // A wait for a condition, not a sleep: generous, because a loaded two-core machine is slow.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The host's Content-Security-Policy must block nothing the dashboard itself does.
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  try {
    await run(page);
    if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
    if (blocked.length > 0) throw new Error(`The Content-Security-Policy blocked: ${blocked.join('; ')}`);
  } catch (error) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

/**
 * Saves a screenshot meant to be looked at as `<folder>/<name>.png`: the folder is `SHOTS_DIR`, or
 * `test-results/<folder>` (default `shots`). Waits for the fonts and for the images on screen
 * (logos load lazily) so what is saved is what a person sees.
 */
export async function shot(
  page: Page,
  name: string,
  { folder = 'shots', fullPage = false }: { folder?: string; fullPage?: boolean } = {},
): Promise<void> {
  const dir = process.env.SHOTS_DIR ?? join(RESULTS_DIR, folder);
  mkdirSync(dir, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() =>
    [...document.images].every((img) => img.complete || img.getBoundingClientRect().top > innerHeight),
  );
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

let counter = 0;
/** A unique e-mail address per sign-up, so journeys never collide. */
export function newEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.com`;
}

/** The password every journey signs up with. */
export { PASSWORD };

/** Signs up through the form and waits for the connections page. */
export async function signUp(page: Page, email: string, organisationName: string): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel('Organisation name').fill(organisationName);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
}

/** A call to the API from inside the page: the same cookie and origin as the UI. */
export function callApi(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : undefined };
    },
    { method, path, body },
  );
}
