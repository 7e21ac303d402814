import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from '@paycore/dashboard/test/support/chromium-flags';
import { browserSuiteUnavailable, CHROMIUM_PATH } from '@paycore/dashboard/test/support/paths';
import { type RunningHost, startHost } from '@paycore/dashboard/test/support/start-host';
import {
  GOOD_TEST_KEY,
  type StripeSimulator,
  startStripeSimulator,
} from '@paycore/host/test/support/stripe-simulator';
import { type Browser, chromium, type Frame, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApp } from '../src/server.js';

const DASHBOARD_BUILD = resolve(fileURLToPath(import.meta.url), '../../../../apps/dashboard/dist');
const SHOTS = process.env.SHOTS_DIR;
const END_USER = { id: 'demo-user-1', displayName: 'Demo user' };
const PASSWORD = 'correct horse battery';
const skip = browserSuiteUnavailable();
if (skip) console.warn(`Platform demo journeys skipped: ${skip}`);

function listen(server: Server): Promise<number> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );
}

async function shot(target: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Signs a merchant up on the host, brands the organisation and makes an API key for its server. */
async function merchant(host: string): Promise<{ orgId: string; apiKey: string; email: string }> {
  const headers = { 'content-type': 'application/json', origin: host };
  const email = `platform-${Date.now()}@example.com`;
  const signup = await fetch(`${host}/api/auth/signup`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { organisation } = (await signup.json()) as { organisation: { id: string } };
  const cookie = signup.headers.getSetCookie()[0]!.split(';')[0]!;
  const call = (method: string, path: string, body: unknown) =>
    fetch(`${host}${path}`, { method, headers: { ...headers, cookie }, body: JSON.stringify(body) });
  await call('PATCH', `/api/orgs/${organisation.id}`, {
    brand: { name: 'Acme Marketplace', primaryColor: '#0f766e', theme: 'dark' },
  });
  const key = (await (
    await call('POST', `/api/orgs/${organisation.id}/api-keys`, { name: 'platform', role: 'admin' })
  ).json()) as {
    key: string;
  };
  return { orgId: organisation.id, apiKey: key.key, email };
}

/** Goes through the hosted flow, wherever it is shown: Stripe → overview → credentials → check → confirm. */
async function connectStripe(flow: Page | FrameLocator, shots?: Page): Promise<void> {
  await flow.getByRole('button', { name: /^Stripe/ }).click();
  await flow.getByRole('button', { name: 'Continue to credentials' }).click();
  // A key in the wrong format is caught in the page itself, under its policy without eval.
  await flow.getByLabel(/^Secret key/).fill('sk_test_short');
  await flow.getByRole('button', { name: 'Check credentials' }).click();
  await flow.getByText("This doesn't look like a valid secret key").waitFor();
  await flow.getByLabel(/^Secret key/).fill(GOOD_TEST_KEY);
  await flow.getByRole('button', { name: 'Check credentials' }).click();
  await flow.getByRole('heading', { name: 'Stripe account found' }).waitFor();
  if (shots) await shot(shots, 'popup-confirm');
  await flow.getByRole('button', { name: 'Confirm and connect' }).click();
}

describe.skipIf(skip)('the demo platform connects a provider through the hosted flow', () => {
  let stripe: StripeSimulator;
  let host: RunningHost;
  let demo: Server;
  let foreign: Server;
  let demoOrigin: string;
  let foreignOrigin: string;
  let browser: Browser;
  let account: { orgId: string; apiKey: string; email: string };

  const connectionsOf = async (endUserId: string) => {
    const response = await fetch(`${host.url}/api/orgs/${account.orgId}/connections?endUserId=${endUserId}`, {
      headers: { authorization: `Bearer ${account.apiKey}` },
    });
    return ((await response.json()) as { items: { id: string; endUser: unknown }[] }).items;
  };
  const events = async (page: Page) =>
    (await page.locator('#events li').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, string>,
    );
  const waitForEvent = async (page: Page, type: string) =>
    expect
      .poll(async () => (await events(page)).some((event) => event.type === type), { timeout: 30_000 })
      .toBe(true);

  beforeAll(async () => {
    stripe = await startStripeSimulator();
    host = await startHost({ dashboardDir: DASHBOARD_BUILD, egressOverrides: stripe.overrides });
    account = await merchant(host.url);
    let app: ReturnType<typeof createDemoApp> | undefined;
    demo = createServer((req, res) => app!(req, res));
    const port = await listen(demo);
    demoOrigin = `http://127.0.0.1:${port}`;
    app = createDemoApp({
      paycoreUrl: host.url,
      apiKey: account.apiKey,
      orgId: account.orgId,
      origin: demoOrigin,
      endUser: END_USER,
      allowedProviders: ['stripe', 'paypal'],
    });
    // Another site: it tries to pass itself off as the connect page.
    foreign = createServer((req, res) => {
      const sessionId = new URL(req.url ?? '/', 'http://x').searchParams.get('session') ?? '';
      const fake = {
        source: 'paycore-connect',
        sessionId,
        event: { type: 'connected', connectionId: 'conn_forged', providerId: 'stripe', environment: 'live' },
      };
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><script>parent.postMessage(${JSON.stringify(fake)}, '*')</script>`);
    });
    foreignOrigin = `http://127.0.0.1:${await listen(foreign)}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    demo?.closeAllConnections();
    foreign?.closeAllConnections();
    await new Promise((done) => demo?.close(done));
    await new Promise((done) => foreign?.close(done));
    await host?.stop();
    await stripe?.close();
  });

  const newPage = async (origin = demoOrigin): Promise<Page> => {
    const context = await browser.newContext({ baseURL: origin, viewport: { width: 1100, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('#connections li').first().waitFor();
    return page;
  };

  it('in a popup: the platform page receives connected with the id, and the connection lists the end user', async () => {
    const page = await newPage();
    const opened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Connect in a popup' }).click();
    const popup = await opened;
    await popup.getByRole('heading', { name: 'Choose your payment provider' }).waitFor();
    // The token left the address bar at once.
    expect(popup.url()).toMatch(/\/connect\/cs_[\w-]+$/);
    await shot(popup, 'popup-directory');
    await waitForEvent(page, 'ready');
    const closed = popup.waitForEvent('close');
    await connectStripe(popup, popup);
    await closed;
    await waitForEvent(page, 'connected');
    const connected = (await events(page)).find((event) => event.type === 'connected')!;
    expect(connected).toMatchObject({ providerId: 'stripe', environment: 'sandbox' });
    expect(connected.connectionId).toMatch(/^conn_/);
    await waitForEvent(page, 'closed');
    await page.getByText(`Connected: ${connected.connectionId}`).waitFor();
    await page
      .locator('#connections')
      .getByText(`${connected.connectionId} · end user demo-user-1`)
      .waitFor();
    await shot(page, 'platform-after-popup');
    const listed = await connectionsOf('demo-user-1');
    expect(listed.find((c) => c.id === connected.connectionId)?.endUser).toEqual(END_USER);
    await page.context().close();

    // The merchant sees the end user in the dashboard, and filters by them.
    const dashboard = await (await browser.newContext({ baseURL: host.url })).newPage();
    await dashboard.goto('/login');
    await dashboard.getByLabel('E-mail').fill(account.email);
    await dashboard.getByLabel('Password').fill(PASSWORD);
    await dashboard.getByRole('button', { name: 'Log in' }).click();
    await dashboard.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
    await dashboard.getByRole('link', { name: 'End user: Demo user' }).first().click();
    await dashboard.getByText('Showing the connections of end user demo-user-1').waitFor();
    await shot(dashboard, 'dashboard-end-user');
    await dashboard.getByRole('link', { name: 'Stripe' }).first().click();
    await dashboard.getByRole('term').filter({ hasText: 'End user' }).waitFor();
    // The brand the platform set is what the settings page offers to change.
    await dashboard.goto('/settings');
    await expect.poll(() => dashboard.getByLabel('Primary colour').inputValue()).toBe('#0f766e');
    const connectPageLook = dashboard.getByRole('form', { name: 'Connect page' });
    expect(await connectPageLook.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    await shot(dashboard, 'dashboard-brand-settings');
    await dashboard.context().close();
  });

  it('in an iframe: connected arrives, and a forged message from another origin is ignored', async () => {
    const page = await newPage();
    await page.getByRole('button', { name: 'Connect in this page' }).click();
    const flow = page.frameLocator('#frame iframe');
    await flow.getByRole('heading', { name: 'Choose your payment provider' }).waitFor();
    await waitForEvent(page, 'ready');
    await shot(page, 'iframe-directory');

    const src = (await page.locator('#frame iframe').getAttribute('src'))!;
    const sessionId = /\/connect\/([^#]+)/.exec(src)![1]!;
    await page.evaluate(() => {
      (window as unknown as { seen: string[] }).seen = [];
      window.addEventListener('message', (event) =>
        (window as unknown as { seen: string[] }).seen.push(event.origin),
      );
    });
    // From a frame of another origin, and from the platform's own window: neither is the flow.
    await page.evaluate(
      ({ url }) => {
        const frame = document.createElement('iframe');
        frame.src = url;
        document.body.append(frame);
      },
      { url: `${foreignOrigin}/?session=${encodeURIComponent(sessionId)}` },
    );
    await page.evaluate((id) => {
      window.postMessage(
        {
          source: 'paycore-connect',
          sessionId: id,
          event: { type: 'connected', connectionId: 'conn_self', providerId: 'stripe', environment: 'live' },
        },
        '*',
      );
    }, sessionId);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([foreignOrigin, new URL(page.url()).origin]));
    expect((await events(page)).filter((event) => event.type === 'connected')).toEqual([]);

    await connectStripe(flow);
    await flow.getByRole('heading', { name: 'Stripe is connected' }).waitFor();
    await waitForEvent(page, 'connected');
    await shot(page, 'iframe-connected');
    const connected = (await events(page)).filter((event) => event.type === 'connected');
    expect(connected).toHaveLength(1);
    expect(connected[0]!.connectionId).toMatch(/^conn_/);
    expect((await connectionsOf('demo-user-1')).map((c) => c.id)).toContain(connected[0]!.connectionId);
    await page.context().close();
  });

  it('reports error when the session is revoked while the flow is open', async () => {
    const page = await newPage();
    await page.getByRole('button', { name: 'Connect in this page' }).click();
    const flow = page.frameLocator('#frame iframe');
    await flow.getByRole('heading', { name: 'Choose your payment provider' }).waitFor();
    const src = (await page.locator('#frame iframe').getAttribute('src'))!;
    const sessionId = /\/connect\/([^#]+)/.exec(src)![1]!;
    const revoked = await fetch(`${host.url}/api/orgs/${account.orgId}/connect-sessions/${sessionId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${account.apiKey}` },
    });
    expect(revoked.status).toBe(204);
    await flow.getByRole('button', { name: /^Stripe/ }).click();
    await flow.getByRole('button', { name: 'Continue to credentials' }).click();
    await flow.getByLabel(/^Secret key/).fill(GOOD_TEST_KEY);
    await flow.getByRole('button', { name: 'Check credentials' }).click();
    await flow.getByText('This connect session has been revoked').waitFor();
    await waitForEvent(page, 'error');
    expect((await events(page)).find((event) => event.type === 'error')).toMatchObject({
      code: 'session_unusable',
    });
    await page.context().close();
  });

  it('as a full page: back at the returnUrl with ?connectionId=, and the token never in the history', async () => {
    const page = await newPage();
    await page.getByRole('button', { name: 'Connect (full page)' }).click();
    await page.getByRole('heading', { name: 'Choose your payment provider' }).waitFor();
    expect(page.url()).toMatch(/\/connect\/cs_[\w-]+$/);
    const connectPage = page.url();
    await connectStripe(page);
    await page.waitForURL(`${demoOrigin}/`);
    const notice = (await page.locator('#notice').textContent()) ?? '';
    const connectionId = /conn_[\w-]+/.exec(notice)?.[0];
    expect(connectionId).toBeDefined();
    expect((await connectionsOf('demo-user-1')).map((c) => c.id)).toContain(connectionId);
    // The connect page replaced its own history entry on the way back: one step back is the
    // platform page the flow started from, and no entry held the token.
    await page.goBack();
    expect(page.url()).toBe(`${demoOrigin}/`);
    // The page's own address, opened again, holds no token: the flow cannot go on.
    await page.goto(connectPage);
    await page.getByText('This connect link cannot be used').waitFor();
    await page.context().close();
  });

  it('reconnects a connection: straight to its form, and the connection keeps its id', async () => {
    const auth = { authorization: `Bearer ${account.apiKey}`, 'content-type': 'application/json' };
    // Made by the platform with its key, so no end user yet: the reconnect gives it one.
    const made = await fetch(`${host.url}/api/orgs/${account.orgId}/connections`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        providerId: 'stripe',
        environment: 'sandbox',
        credentials: { secretKey: GOOD_TEST_KEY },
      }),
    });
    const existing = (await made.json()) as { id: string };
    const before = await connectionsOf('demo-user-1');
    const created = await fetch(`${host.url}/api/orgs/${account.orgId}/connect-sessions`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ endUser: END_USER, reconnect: { connectionId: existing.id } }),
    });
    const { url } = (await created.json()) as { url: string };
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'Reconnect Stripe' }).waitFor();
    await shot(page, 'reconnect-form');
    await page.getByLabel(/^Secret key/).fill(GOOD_TEST_KEY);
    await page.getByRole('button', { name: 'Check credentials' }).click();
    await page.getByRole('button', { name: 'Confirm and reconnect' }).click();
    await page.getByRole('heading', { name: 'Stripe is connected' }).waitFor();
    const after = await connectionsOf('demo-user-1');
    // The reconnected connection kept its id, now belongs to the end user, and none was added.
    expect(after.map((c) => c.id).sort()).toEqual([...before.map((c) => c.id), existing.id].sort());
    expect(after.find((c) => c.id === existing.id)?.endUser).toEqual(END_USER);
    await page.context().close();
  });

  it('cannot be framed by a page on an origin outside allowedOrigins', async () => {
    // The same demo, reached as localhost: a different origin from the 127.0.0.1 it allows.
    const outside = demoOrigin.replace('127.0.0.1', 'localhost');
    const page = await newPage(outside);
    const refusals: string[] = [];
    page.on('console', (message) => refusals.push(message.text()));
    await page.getByRole('button', { name: 'Connect in this page' }).click();
    await page.locator('#frame iframe').waitFor();
    await expect
      .poll(() => refusals.some((text) => text.includes('frame-ancestors')), { timeout: 15_000 })
      .toBe(true);
    const child = page.frames().find((frame: Frame) => frame.parentFrame() === page.mainFrame());
    expect(
      await child
        ?.locator('.connect-page')
        .count()
        .catch(() => 0),
    ).toBe(0);
    expect((await events(page)).map((event) => event.type)).not.toContain('ready');
    await page.context().close();
  });
});
