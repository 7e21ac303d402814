import type { Connector, DiscoverOutcome, Environment, VerifyOutcome } from '@paycore/core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { overridesFor } from './describe-connector.js';
import { createMockProvider, type MockProvider } from './mock-provider.js';
import { sandboxConnector, useTestSandbox } from './sandboxed.js';

/** A mock provider bound to one connector, for the per-response tests of a connector. */
export interface ConnectorMock extends MockProvider {
  /**
   * Runs the connector's built module in the host's sandbox, with every host of the environment
   * mapped to the mock.
   */
  verify(
    credentials: Record<string, unknown>,
    environment?: Environment,
    options?: { timeoutMs?: number },
  ): Promise<VerifyOutcome>;
  /** Runs the connector's discover hook the same way. */
  discover(
    credentials: Record<string, unknown>,
    environment?: Environment,
    options?: { timeoutMs?: number },
  ): Promise<DiscoverOutcome>;
}

/**
 * Registers, in the current `describe`, a mock provider started before the tests, reset before
 * each and closed after them. `settings.packageDir` is the connector's package folder (default:
 * found from the working folder). The returned object stands for that mock (every member forwards
 * to it) and adds a `verify` that sends the connector's requests to it.
 */
export function useMockProvider(connector: Connector, settings: { packageDir?: string } = {}): ConnectorMock {
  let running: MockProvider | undefined;
  const sandbox = useTestSandbox();
  beforeAll(async () => {
    running = await createMockProvider();
  });
  afterAll(() => running?.close());
  beforeEach(() => running?.reset());
  const current = (): MockProvider => {
    if (!running)
      throw new Error('useMockProvider: the mock runs only inside the tests of its describe block');
    return running;
  };
  const mock: ConnectorMock = {
    get origin() {
      return current().origin;
    },
    get requests() {
      return current().requests;
    },
    on(method, path, handler) {
      current().on(method, path, handler);
      return mock;
    },
    fallback(handler) {
      current().fallback(handler);
      return mock;
    },
    reset: () => current().reset(),
    overridesFor: (hosts) => current().overridesFor(hosts),
    close: () => current().close(),
    verify(credentials, environment = 'sandbox', options = {}) {
      const input = { environment, credentials };
      return sandbox().verify(sandboxConnector(connector, settings.packageDir), input, {
        egressOverrides: overridesFor(connector, input, current()),
        ...options,
      });
    },
    discover(credentials, environment = 'sandbox', options = {}) {
      const input = { environment, credentials };
      return sandbox().discover(sandboxConnector(connector, settings.packageDir), input, {
        egressOverrides: overridesFor(connector, input, current()),
        ...options,
      });
    },
  };
  return mock;
}
