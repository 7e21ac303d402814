import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkConnectorPackage, type Connector } from '@paycore/core';
import { createSandbox, type Sandbox, type SandboxConnector } from '@paycore/sandbox';
import { afterAll } from 'vitest';

/**
 * The connector as the host's sandbox runs it: the package found from the test's working folder
 * (vitest runs in the package), its built module, and the manifest of the connector object under
 * test (so a test may change what the manifest declares).
 */
export function sandboxConnector(connector: Connector, from = process.cwd()): SandboxConnector {
  // An explicit package folder is searched first; the working folder's ancestors otherwise.
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) {
      const check = checkConnectorPackage(dir);
      if (check.id === connector.manifest.id) {
        if (check.entry === undefined)
          throw new Error(
            `The ${connector.manifest.name} connector has no built module in ${dir}: build it first (pnpm build); its tests run it in the host's sandbox`,
          );
        return {
          id: connector.manifest.id,
          manifest: connector.manifest,
          packageDir: dir,
          file: check.entry,
        };
      }
    }
    if (dirname(dir) === dir)
      throw new Error(`No package of the ${connector.manifest.id} connector above ${from}`);
  }
}

/** A sandbox for the tests of the current file, stopped after them. */
export function useTestSandbox(): () => Sandbox {
  let sandbox: Sandbox | undefined;
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => {
    // Each file's hooks run in one worker; no circuit breaker, since tests fail hooks on purpose.
    sandbox ??= createSandbox({ maxWorkers: 1, breaker: { threshold: 1_000_000 } });
    return sandbox;
  };
}
