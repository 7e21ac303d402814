import {
  type Connector,
  type Credentials,
  createCredentialValidator,
  type DiscoverResult,
  type Environment,
  secretValues,
  validateManifest,
  type VerifiedAccount,
  type VerifyInput,
  type VerifyOutcome,
  type Vocabulary,
} from '@paycore/core';
import { vocabulary as openfintechVocabulary } from '@paycore/openfintech';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createMockProvider,
  type MockHandler,
  type MockProvider,
  type MockResponse,
} from './mock-provider.js';
import { sandboxConnector, useTestSandbox } from './sandboxed.js';

/** A credential sample that must fail validation on `field` (a field name or JSON pointer). */
export interface InvalidSample {
  credentials: Credentials;
  /** Field name (`secretKey`) or pointer (`/secretKey`) that must be reported. */
  field: string;
  environment?: Environment;
  /** Why this sample is invalid, for the test name. */
  because?: string;
}

/** One verify scenario: the input and how the mock provider answers it. */
export interface VerifyScenario {
  input: VerifyInput;
  /** How the mock answers every request of this scenario. */
  respond: MockHandler | MockResponse;
}

/** What a connector's conformance suite needs from its author. */
export interface ConnectorFixtures {
  /** Credential samples: each valid one passes the form, each invalid one fails on its field. */
  credentials: { valid: VerifyInput[]; invalid: InvalidSample[] };
  /** The provider accepts these credentials; `account` lists details the result must include. */
  valid: VerifyScenario & { account?: Partial<VerifiedAccount> };
  /** The provider rejects these credentials as documented. */
  invalid: VerifyScenario;
  /**
   * Credentials that visibly belong to the other environment (e.g. `sk_live_` in sandbox): the hook
   * must answer `wrong_environment` before sending anything. Omit only when the provider's
   * credentials carry no such mark.
   */
  wrongEnvironment?: VerifyInput;
  /** Codes to validate the manifest against; the OpenFinTech vocabulary by default. */
  vocabulary?: Vocabulary;
  /** Limit used for the hanging-provider case (default 500 ms). */
  timeoutMs?: number;
  /** The connector's package folder, whose built module the sandbox runs (default: found from the working folder). */
  packageDir?: string;
  /**
   * Required when the connector has a discover hook: the provider's documented answer for an
   * account (every route the hook reads), and what the hook must make of it.
   */
  discover?: {
    input: VerifyInput;
    respond: MockHandler | MockResponse;
    /** The result the hook must return for that answer. */
    expected: DiscoverResult;
  };
}

/**
 * Registers the conformance suite for a connector: manifest and contract, credential samples,
 * and verify against a mock provider (valid, invalid, wrong environment, 5xx, hanging provider,
 * undeclared host), checking that no secret appears in any result. Every verify runs the built
 * package in the host's sandbox (a worker process with no ambient network), as a host runs it.
 */
export function describeConnector(connector: Connector, fixtures: ConnectorFixtures): void {
  const { manifest } = connector;
  const vocabulary = fixtures.vocabulary ?? openfintechVocabulary;
  const timeoutMs = fixtures.timeoutMs ?? 500;
  const results: { input: VerifyInput; result: VerifyOutcome }[] = [];
  const sandbox = useTestSandbox();

  describe(`${manifest.name} connector (${manifest.id}) conformance`, () => {
    let mock: MockProvider;
    beforeAll(async () => {
      mock = await createMockProvider();
    });
    afterAll(async () => {
      await mock.close();
    });
    beforeEach(() => mock.reset());

    const verify = async (
      input: VerifyInput,
      options: { timeoutMs?: number } = {},
      target: Connector = connector,
    ) => {
      const result = await sandbox().verify(sandboxConnector(target, fixtures.packageDir), input, {
        timeoutMs: 2000,
        egressOverrides: overridesFor(connector, input, mock),
        ...options,
      });
      results.push({ input, result });
      return result;
    };

    it('has a valid manifest that keeps the contract', () => {
      const validation = validateManifest(manifest, {
        vocabulary,
        hasVerify: typeof connector.verify === 'function',
      });
      expect(validation.problems).toEqual([]);
      expect(manifest.status).toBe('ready');
    });

    it('accepts every valid credential sample', () => {
      const validate = createCredentialValidator(manifest);
      expect(fixtures.credentials.valid.length).toBeGreaterThan(0);
      for (const sample of fixtures.credentials.valid) expect(validate(sample.credentials)).toEqual([]);
    });

    for (const sample of fixtures.credentials.invalid) {
      const field = sample.field.startsWith('/') ? sample.field : `/${sample.field}`;
      it(`refuses credentials with a bad ${field.slice(1)}${sample.because ? ` (${sample.because})` : ''}`, () => {
        const problems = createCredentialValidator(manifest)(sample.credentials);
        expect(problems.map((p) => p.pointer)).toContain(field);
        for (const problem of problems) expect(problem.message.length).toBeGreaterThan(3);
      });
    }

    it('confirms valid credentials with the provider', async () => {
      mock.fallback(fixtures.valid.respond);
      const result = await verify(fixtures.valid.input);
      expect(result).toMatchObject({
        ok: true,
        ...(fixtures.valid.account ? { account: fixtures.valid.account } : {}),
      });
      expect(mock.requests.length).toBeGreaterThan(0);
    });

    it('reports rejected credentials as invalid_credentials, not retryable', async () => {
      mock.fallback(fixtures.invalid.respond);
      const result = await verify(fixtures.invalid.input);
      expect(result).toMatchObject({ ok: false, reason: 'invalid_credentials', retryable: false });
    });

    if (fixtures.wrongEnvironment) {
      const input = fixtures.wrongEnvironment;
      it('refuses credentials from the other environment before sending any request', async () => {
        mock.fallback(fixtures.valid.respond);
        const result = await verify(input);
        expect(result).toMatchObject({ ok: false, reason: 'wrong_environment', retryable: false });
        expect(mock.requests).toHaveLength(0);
      });
    }

    it('reports a provider 5xx as provider_unavailable, retryable', async () => {
      mock.fallback({ status: 503, body: { error: 'Service Unavailable' } });
      const result = await verify(fixtures.valid.input);
      expect(result).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
    });

    it('reports a provider that never answers as timeout within the limit', async () => {
      mock.fallback({ status: 200, hang: true });
      const started = performance.now();
      const result = await verify(fixtures.valid.input, { timeoutMs });
      expect(result).toMatchObject({ ok: false, reason: 'timeout', retryable: true });
      // Within the limit, give or take a busy machine: not the 10 s a hanging provider would take.
      expect(performance.now() - started).toBeLessThan(timeoutMs + 1_000);
    });

    it('sends every request through the host fetch, so undeclared hosts are refused', async () => {
      mock.fallback(fixtures.valid.respond);
      const fenced: Connector = {
        ...connector,
        manifest: {
          ...manifest,
          environments: Object.fromEntries(
            Object.entries(manifest.environments).map(([name, env]) => [
              name,
              { ...env, hosts: ['declared-elsewhere.invalid'] },
            ]),
          ),
        },
      };
      const result = await verify(fixtures.valid.input, {}, fenced);
      expect(result).toMatchObject({ ok: false, reason: 'connector_failed', fault: 'undeclared_host' });
      expect(mock.requests).toHaveLength(0);
    });

    if (typeof connector.discover === 'function') {
      it('reads what the account has enabled, in the vocabulary\u2019s codes', async () => {
        expect(
          fixtures.discover,
          'a connector with a discover hook needs a `discover` fixture',
        ).toBeDefined();
        if (!fixtures.discover) return;
        mock.fallback(fixtures.discover.respond);
        const outcome = await sandbox().discover(
          sandboxConnector(connector, fixtures.packageDir),
          fixtures.discover.input,
          {
            timeoutMs: 2000,
            egressOverrides: overridesFor(connector, fixtures.discover.input, mock),
          },
        );
        expect(outcome).toEqual({ ok: true, discovered: fixtures.discover.expected });
        if (!outcome.ok) return;
        const { discovered } = outcome;
        const payment = discovered.paymentMethods ?? [];
        const payout = discovered.payoutMethods ?? [];
        for (const { method } of payment) expect(vocabulary.paymentMethods).toContain(method);
        for (const { method } of payout) expect(vocabulary.payoutMethods).toContain(method);
        const currencies = [
          ...(discovered.currencies ?? []),
          ...[...payment, ...payout].flatMap((m) => m.currencies ?? []),
        ];
        for (const currency of currencies) expect(vocabulary.currencies).toContain(currency);
      });

      it('reports a provider error while discovering as a failure, not a throw', async () => {
        const input = fixtures.discover?.input ?? fixtures.valid.input;
        mock.fallback({ status: 503, body: { error: 'Service Unavailable' } });
        const outcome = await sandbox().discover(sandboxConnector(connector, fixtures.packageDir), input, {
          timeoutMs: 2000,
          egressOverrides: overridesFor(connector, input, mock),
        });
        expect(outcome).toMatchObject({ ok: false, reason: 'provider_unavailable', retryable: true });
      });
    }

    it('lets no secret value appear in any result', () => {
      expect(results.length).toBeGreaterThan(0);
      for (const { input, result } of results) {
        const text = JSON.stringify(result);
        for (const secret of secretValues(manifest.credentials.schema, input.credentials)) {
          expect(text).not.toContain(secret);
        }
      }
    });
  });
}

/** Maps every host of the input's environment (placeholders filled) to the mock provider. */
export function overridesFor(
  connector: Connector,
  input: VerifyInput,
  mock: MockProvider,
): Record<string, string> {
  const env = connector.manifest.environments[input.environment];
  if (!env) return {};
  const hosts = env.hosts.map((host) =>
    host.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_, name: string) =>
      String(input.credentials[name] ?? '').toLowerCase(),
    ),
  );
  return mock.overridesFor(hosts);
}
