import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ADMIN_EMAIL, PASSWORD } from './paths';
import type { TestProject } from 'vitest/node';
// The host's own Stripe simulator: the journeys and the host's tests check against the same one.
import { startStripeSimulator } from '@paycore/host/test/support/stripe-simulator';
// Connectors written to a temporary folder, as a merchant's own would be: `discovers` reads the
// account's methods, `good` cannot (its services come from its manifest).
import { fixtureOrigin, writeFixtureConnectors } from '@paycore/host/test/support/fixture-connectors';
import { startAccountSimulator } from './account-simulator';
import { browserSuiteUnavailable, DASHBOARD_DIR } from './paths';
import { startHost } from './start-host';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The host serving the dashboard, e.g. http://127.0.0.1:41234; empty when the suite is skipped. */
    hostUrl: string;
    /** Why the browser journeys are skipped, or empty. */
    skipReason: string;
    /** The dashboard build, for a journey that starts a host of its own. */
    dashboardDir: string;
  }
}

/**
 * Builds the dashboard into a temporary folder (so turbo's own `build` of dist/ is never raced),
 * then starts a Stripe simulator, an account simulator for two fixture connectors, and the real
 * host serving that build, once for every journey.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const skipReason = browserSuiteUnavailable();
  if (skipReason) {
    project.provide('hostUrl', '');
    project.provide('skipReason', skipReason);
    project.provide('dashboardDir', '');
    return async () => {};
  }
  const outDir = mkdtempSync(join(tmpdir(), 'paycore-dashboard-build-'));
  // vitest sets NODE_ENV=test, which would make React's development build: build what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: DASHBOARD_DIR, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const stripe = await startStripeSimulator();
  const connectorsDir = mkdtempSync(join(tmpdir(), 'paycore-dashboard-connectors-'));
  writeFixtureConnectors(connectorsDir, ['discovers', 'good']);
  const accounts = await startAccountSimulator();
  const host = await startHost({
    dashboardDir: outDir,
    // The platform admin a journey logs in as (see ADMIN_EMAIL in paths.ts).
    env: { PAYCORE_ADMIN_EMAILS: ADMIN_EMAIL },
    connectorPaths: [connectorsDir],
    egressOverrides: {
      'https://api.stripe.com': stripe.origin,
      [fixtureOrigin('discovers')]: accounts.origin,
      [fixtureOrigin('good')]: accounts.origin,
    },
  });
  // The platform admin: PAYCORE_ADMIN_EMAILS counts only once the address is verified, so the
  // account is made here and granted by the host's own command, as an operator would.
  const signup = await fetch(`${host.url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: PASSWORD, organisationName: 'PayCore Ops' }),
  });
  if (signup.status !== 201) throw new Error(`admin sign-up: ${signup.status} ${await signup.text()}`);
  await host.admin('grant', ADMIN_EMAIL);
  project.provide('hostUrl', host.url);
  project.provide('skipReason', '');
  project.provide('dashboardDir', outDir);
  return async () => {
    await host.stop();
    await stripe.close();
    await accounts.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(connectorsDir, { recursive: true, force: true });
  };
}
