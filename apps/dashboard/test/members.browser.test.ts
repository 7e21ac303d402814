import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GOOD_TEST_KEY,
  type StripeSimulator,
  startStripeSimulator,
} from '@paycore/host/test/support/stripe-simulator';
import {
  DASHBOARD_BUILD,
  DESKTOP,
  journey,
  launchBrowser,
  newEmail,
  PASSWORD,
  PHONE,
  SKIP_REASON,
  signUp,
  callApi,
  shot,
} from './support/browser';
import { mailedLink, type RunningHost, startHost } from './support/start-host';

// The invitation e-mail is read from the host's log (its development mailer), so this journey
// runs on a host of its own that logs at info.
describe.skipIf(SKIP_REASON !== '')('members, roles and the audit log in a real browser', () => {
  let browser: Browser;
  let stripe: StripeSimulator;
  let host: RunningHost;
  beforeAll(async () => {
    stripe = await startStripeSimulator();
    host = await startHost({
      dashboardDir: DASHBOARD_BUILD,
      egressOverrides: { 'https://api.stripe.com': stripe.origin },
      env: { LOG_LEVEL: 'info' },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await stripe?.close();
  });

  it('invites a viewer who signs up through the link, sees what a viewer may do, and the owner reads the audit log', async () => {
    const viewerEmail = newEmail('viewer');
    await journey(
      browser,
      'members-owner',
      DESKTOP,
      async (owner) => {
        await signUp(owner, newEmail('owner'), 'Team Ltd');
        const me = (await callApi(owner, 'GET', '/api/me')).json as { currentOrgId: string };
        const orgId = me.currentOrgId;
        const made = await callApi(owner, 'POST', `/api/orgs/${orgId}/connections`, {
          providerId: 'stripe',
          environment: 'sandbox',
          credentials: { secretKey: GOOD_TEST_KEY },
          label: 'Team store',
        });
        expect(made.status).toBe(201);
        const connectionId = (made.json as { id: string }).id;

        // The owner invites a viewer from the members page.
        await owner.getByRole('link', { name: 'Members' }).click();
        await owner.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
        await owner.getByLabel('E-mail to invite').fill(viewerEmail);
        await owner.getByLabel('Role', { exact: true }).selectOption('viewer');
        await owner.getByRole('button', { name: 'Send invitation' }).click();
        await owner.getByText(`Invitation sent to ${viewerEmail}`).waitFor();
        await owner.getByRole('row', { name: new RegExp(viewerEmail) }).waitFor();
        await shot(owner, '1-owner-invites', { folder: 'team', fullPage: true });

        // The invited person opens the link, signs up with the invited address, and accepts.
        const link = await mailedLink(host, viewerEmail, '/invitation');
        await journey(
          browser,
          'members-viewer',
          DESKTOP,
          async (viewer) => {
            await viewer.goto(link);
            await viewer.getByRole('heading', { level: 1, name: 'Join Team Ltd' }).waitFor();
            await viewer.getByText(/invited as Viewer/).waitFor();
            await shot(viewer, '2-invitation-page', { folder: 'team', fullPage: true });
            await viewer.getByRole('link', { name: 'Create an account' }).click();
            await viewer.getByLabel('Work e-mail').fill(viewerEmail);
            await viewer.getByLabel('Password').fill(PASSWORD);
            await viewer.getByLabel('Organisation name').fill('My own');
            await viewer.getByRole('button', { name: 'Create account' }).click();
            await viewer.getByRole('button', { name: 'Accept invitation' }).click();
            await viewer.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
            await viewer.getByRole('row', { name: /Team store/ }).waitFor();

            // What a viewer sees: connections, no keys, webhooks, audit or "new connection".
            const nav = viewer.getByRole('navigation', { name: 'Main' });
            for (const hidden of ['API keys', 'Webhooks', 'Audit log', 'New connection'])
              expect(await nav.getByRole('link', { name: hidden }).count()).toBe(0);
            for (const shown of ['Connections', 'Members', 'Settings'])
              expect(await nav.getByRole('link', { name: shown }).count()).toBe(1);
            expect(await viewer.getByRole('link', { name: '+ New connection' }).count()).toBe(0);
            await shot(viewer, '3-viewer-connections', { folder: 'team', fullPage: true });

            await viewer
              .getByRole('row', { name: /Team store/ })
              .getByRole('link')
              .first()
              .click();
            await viewer.getByRole('button', { name: 'Re-verify' }).waitFor();
            expect(await viewer.getByRole('button', { name: 'Re-verify' }).isDisabled()).toBe(true);
            expect(await viewer.getByRole('button', { name: 'Disconnect' }).isDisabled()).toBe(true);
            expect(await viewer.getByRole('button', { name: 'Replace credentials' }).count()).toBe(0);
            await shot(viewer, '4-viewer-connection', { folder: 'team', fullPage: true });

            await viewer.goto('/settings');
            await viewer.getByText('Only the owner and admins can change these settings.').waitFor();
            expect(await viewer.getByRole('button', { name: 'Save settings' }).isDisabled()).toBe(true);

            await viewer.goto('/members');
            await viewer.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
            await viewer.getByText('Your role: Viewer').waitFor();
            expect(await viewer.getByRole('button', { name: 'Send invitation' }).count()).toBe(0);
            expect(await viewer.getByRole('main').getByRole('combobox').count()).toBe(0);
            await viewer.getByRole('button', { name: 'Leave organisation' }).waitFor();
            await shot(viewer, '5-viewer-members', { folder: 'team', fullPage: true });

            // What the UI hides, the host refuses.
            const check = await callApi(viewer, 'POST', `/api/orgs/${orgId}/connections/check`, {
              providerId: 'stripe',
              environment: 'sandbox',
              credentials: { secretKey: GOOD_TEST_KEY },
            });
            expect(check.status).toBe(403);
            const remove = await callApi(viewer, 'DELETE', `/api/orgs/${orgId}/connections/${connectionId}`);
            expect(remove.status).toBe(403);
          },
          host.url,
        );

        // The owner sees the new member, then the audit log with filters and older pages.
        await owner.reload();
        await owner.getByRole('row', { name: new RegExp(`${viewerEmail}.*Viewer`) }).waitFor();
        for (let i = 0; i < 26; i++)
          await callApi(owner, 'PATCH', `/api/orgs/${orgId}/connections/${connectionId}`, {
            label: `Team store ${i}`,
          });
        await owner.getByRole('link', { name: 'Audit log' }).click();
        await owner.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
        const rows = owner.locator('tbody tr');
        await owner.getByRole('button', { name: 'Load older entries' }).waitFor();
        expect(await rows.count()).toBe(25);
        await shot(owner, '6-audit-page', { folder: 'team', fullPage: true });
        await owner.getByRole('button', { name: 'Load older entries' }).click();
        await owner.getByRole('rowheader', { name: /Member joined/ }).waitFor();
        await owner.getByRole('rowheader', { name: /Connection created/ }).waitFor();
        expect(await rows.count()).toBeGreaterThan(25);

        await owner.getByLabel('Action').selectOption({ label: 'Member joined' });
        await owner.getByRole('button', { name: 'Apply filters' }).click();
        await owner.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
        await owner.getByRole('row', { name: new RegExp(viewerEmail) }).waitFor();
        await shot(owner, '7-audit-filtered', { folder: 'team', fullPage: true });
        // On a phone the tables become cards and the filters stack.
        await owner.setViewportSize(PHONE);
        await shot(owner, '8-audit-phone', { folder: 'team', fullPage: true });
        await owner.goto('/members');
        await owner.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
        await shot(owner, '9-members-phone', { folder: 'team', fullPage: true });
      },
      host.url,
    );
  });
});
