import { randomBytes } from 'node:crypto';
import { delimiter } from 'node:path';
import { connectorPathsFromEnv } from '@paycore/registry';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const context = { hostDir: '/repo/apps/host', workspaceRoot: '/repo', cwd: '/somewhere' };
const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('configuration', () => {
  it('has working defaults: port 3000, SQLite in ./data, the dashboard build next to the host', () => {
    const result = loadConfig({}, context);
    expect(result).toMatchObject({
      ok: true,
      config: {
        port: 3000,
        dataDir: '/somewhere/data',
        database: { kind: 'sqlite', file: '/somewhere/data/paycore.sqlite' },
        verifyTimeoutMs: 10_000,
        egressOverrides: {},
        masterKeys: [],
        logLevel: 'info',
        dashboardDir: '/repo/apps/dashboard/dist',
      },
    });
  });

  it('resolves relative paths against the repository root when started by a pnpm script', () => {
    const result = loadConfig(
      { npm_lifecycle_event: 'start', PAYCORE_CONNECTOR_PATHS: `./extra${delimiter}/abs` },
      context,
    );
    expect(result.ok && result.config.dataDir).toBe('/repo/data');
    expect(result.ok && result.config.connectorPaths).toEqual(['/repo/extra', '/abs']);
  });

  it('reads every setting', () => {
    const result = loadConfig(
      {
        PORT: '8080',
        DATABASE_URL: 'postgres://u@db:5432/paycore',
        PAYCORE_MASTER_KEYS: `${key('new')},${key('old')}`,
        PAYCORE_EGRESS_OVERRIDES: '{"https://api.stripe.com/":"http://127.0.0.1:4010"}',
        PAYCORE_VERIFY_TIMEOUT_MS: '2500',
        PAYCORE_ADMIN_EMAILS: 'Ops@Example.com, boss@example.com',
        LOG_LEVEL: 'warn',
        PAYCORE_TRUST_PROXY: 'loopback',
        PAYCORE_RATE_LIMITS: 'login_account=10/30m, check_org=100/1m',
        SMTP_URL: 'smtp://mailer:secret@mail.example:587',
        MAIL_FROM: 'PayCore <no-reply@paycore.example>',
        PAYCORE_PUBLIC_URL: 'https://paycore.example/',
      },
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      port: 8080,
      database: { kind: 'postgres', url: 'postgres://u@db:5432/paycore' },
      egressOverrides: { 'https://api.stripe.com': 'http://127.0.0.1:4010' },
      verifyTimeoutMs: 2500,
      adminEmails: ['ops@example.com', 'boss@example.com'],
      logLevel: 'warn',
      trustProxy: 'loopback',
      rateLimits: {
        login_account: { points: 10, durationMs: 1_800_000 },
        check_org: { points: 100, durationMs: 60_000 },
      },
      mail: { smtpUrl: 'smtp://mailer:secret@mail.example:587', from: 'PayCore <no-reply@paycore.example>' },
      publicUrl: 'https://paycore.example',
    });
    expect(result.config.masterKeys.map((k) => k.id)).toEqual(['new', 'old']);
  });

  it('reports every bad value at once, each naming its variable', () => {
    const result = loadConfig(
      {
        PORT: 'eighty',
        DATABASE_URL: 'mysql://nope',
        PAYCORE_MASTER_KEYS: 'k1:c2hvcnQ=',
        PAYCORE_EGRESS_OVERRIDES: '{"stripe":42}',
        PAYCORE_VERIFY_TIMEOUT_MS: '-1',
        PAYCORE_ADMIN_EMAILS: 'not-an-email',
        LOG_LEVEL: 'loud',
        PAYCORE_TRUST_PROXY: 'true',
        PAYCORE_RATE_LIMITS: 'login_account=0/1m,nonsense=5/1m',
        SMTP_URL: 'http://mail.example',
        MAIL_FROM: 'nobody',
        PAYCORE_PUBLIC_URL: 'paycore.example/path',
      },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const named = result.errors.map((e) => e.split(':')[0]);
    expect(named).toEqual([
      'PORT',
      'DATABASE_URL',
      'PAYCORE_MASTER_KEYS',
      'PAYCORE_EGRESS_OVERRIDES',
      'PAYCORE_VERIFY_TIMEOUT_MS',
      'PAYCORE_ADMIN_EMAILS',
      'LOG_LEVEL',
      'PAYCORE_TRUST_PROXY',
      'PAYCORE_RATE_LIMITS',
      'PAYCORE_RATE_LIMITS',
      'SMTP_URL',
      'MAIL_FROM',
      'PAYCORE_PUBLIC_URL',
    ]);
    expect(result.errors[2]).toContain('32 bytes');
    expect(result.errors[7]).toContain('X-Forwarded-For');
  });

  it('checks every 24 h with 8 workers by default; durations read like 15m or 2s', () => {
    const defaults = loadConfig({}, context);
    expect(defaults.ok && defaults.config.jobs).toEqual({
      workers: 8,
      checkIntervalMs: 86_400_000,
      webhookTimeoutMs: 10_000,
      webhookRetryBaseMs: 30_000,
      webhookRetryForMs: 86_400_000,
      webhooksAllowPrivate: false,
    });
    const set = loadConfig(
      {
        PAYCORE_WORKERS: '0',
        PAYCORE_CHECK_INTERVAL: '2s',
        PAYCORE_WEBHOOK_RETRY_BASE: '500ms',
        PAYCORE_WEBHOOK_RETRY_FOR: '15m',
        PAYCORE_WEBHOOKS_ALLOW_PRIVATE: '1',
      },
      context,
    );
    expect(set.ok && set.config.jobs).toMatchObject({
      workers: 0,
      checkIntervalMs: 2_000,
      webhookRetryBaseMs: 500,
      webhookRetryForMs: 900_000,
      webhooksAllowPrivate: true,
    });
    const bad = loadConfig(
      { PAYCORE_CHECK_INTERVAL: '1 day', PAYCORE_WORKERS: '-2', PAYCORE_WEBHOOKS_ALLOW_PRIVATE: 'maybe' },
      context,
    );
    expect(!bad.ok && bad.errors.map((e) => e.split(':')[0])).toEqual([
      'PAYCORE_WORKERS',
      'PAYCORE_CHECK_INTERVAL',
      'PAYCORE_WEBHOOKS_ALLOW_PRIVATE',
    ]);
  });

  it('accepts sqlite: URLs and splits connector paths as the registry does', () => {
    const result = loadConfig(
      { DATABASE_URL: 'sqlite:./db/x.sqlite', PAYCORE_CONNECTOR_PATHS: `/a${delimiter}${delimiter}/b ` },
      context,
    );
    expect(result.ok && result.config.database).toEqual({ kind: 'sqlite', file: '/somewhere/db/x.sqlite' });
    expect(result.ok && result.config.connectorPaths).toEqual(
      connectorPathsFromEnv(`/a${delimiter}${delimiter}/b `),
    );
  });
});
