import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';

/** What the demo platform needs to talk to PayCore. */
export interface DemoConfig {
  /** The PayCore host, e.g. `http://localhost:3000`. */
  paycoreUrl: string;
  /** The organisation's API key: it stays on this server and never reaches a browser. */
  apiKey: string;
  orgId: string;
  /** This platform's own origin as browsers see it: the only origin the flow may talk to. */
  origin: string;
  /** The signed-in user of this demo (a real platform takes it from its own session). */
  endUser: { id: string; email?: string; displayName?: string };
  /** Providers to offer; every ready provider when absent. */
  allowedProviders?: string[];
}

const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
// The SDK's build, served as the platform's own script (it is small and has no dependencies).
const SDK_DIR = dirname(fileURLToPath(import.meta.resolve('@paycore/connect')));

/** Calls PayCore's API with the organisation's key; its errors pass through with their status. */
async function paycore(config: DemoConfig, method: string, path: string, body?: unknown) {
  const response = await fetch(new URL(path, config.paycoreUrl), {
    method,
    headers: {
      authorization: `Bearer ${config.apiKey}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * The demo platform: one page (`public/`), the SDK at `/sdk/`, and two routes of its own API —
 * `POST /api/connect-session` creates a PayCore connect session for the signed-in user, and
 * `GET /api/connections` lists that user's connections.
 */
export function createDemoApp(config: DemoConfig): Express {
  const app = express();
  const org = `/api/orgs/${encodeURIComponent(config.orgId)}`;

  app.post('/api/connect-session', async (_req, res, next) => {
    try {
      const created = await paycore(config, 'POST', `${org}/connect-sessions`, {
        endUser: config.endUser,
        ...(config.allowedProviders ? { allowedProviders: config.allowedProviders } : {}),
        allowedOrigins: [config.origin],
        returnUrl: `${config.origin}/`,
      });
      // Only the url goes to the browser; the API key never does.
      res.status(created.status).json(created.status === 201 ? { url: created.body.url } : created.body);
    } catch (error) {
      next(error);
    }
  });

  app.get('/api/connections', async (_req, res, next) => {
    try {
      const query = new URLSearchParams({ endUserId: config.endUser.id });
      const listed = await paycore(config, 'GET', `${org}/connections?${query}`);
      res.status(listed.status).json(listed.body);
    } catch (error) {
      next(error);
    }
  });

  app.use('/sdk', express.static(SDK_DIR));
  app.use(express.static(PUBLIC_DIR));
  return app;
}
