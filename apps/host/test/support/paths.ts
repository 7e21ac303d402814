import { fileURLToPath } from 'node:url';

/** The host package folder. */
export const HOST_DIR = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the global setup builds the host for process tests. Inside node_modules so no tool
 * (biome, git, turbo's dist/ outputs) sees it, and so it never races turbo's own build of dist/.
 */
export const TEST_BUILD_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/paycore-host-test', import.meta.url),
);

/** The built main module for child processes. */
export const TEST_MAIN = `${TEST_BUILD_DIR}/main.js`;
